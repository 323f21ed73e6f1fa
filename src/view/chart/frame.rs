//! Chart geometry: the viewBox and the plot area inside it. A chart's viewBox is as wide as the
//! chart is drawn (measured, see `components::hooks::use_width`), so text written in viewBox
//! units is the same size in CSS pixels in every figure; phones get a taller, compact frame.

/// Narrowest drawing width (CSS px); narrower containers scale the chart down.
pub const MIN_WIDTH: f64 = 260.0;

/// A viewBox of `w` x `h` with the plot area `[left, right] x [top, bottom]`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub w: f64,
    pub h: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    /// The adoption chart's frame; `compact` for narrow screens.
    pub fn adoption(compact: bool) -> Frame {
        if compact {
            Frame {
                w: 400.0,
                h: 270.0,
                left: 38.0,
                right: 356.0,
                top: 26.0,
                bottom: 236.0,
            }
        } else {
            Frame {
                w: 640.0,
                h: 300.0,
                left: 46.0,
                right: 594.0,
                top: 26.0,
                bottom: 262.0,
            }
        }
    }

    /// A section figure's frame (the explainer's small line charts).
    pub fn mini() -> Frame {
        Frame {
            w: 360.0,
            h: 190.0,
            left: 40.0,
            right: 350.0,
            top: 12.0,
            bottom: 158.0,
        }
    }

    /// The moat chart's frame; `compact` for narrow screens.
    pub fn moat(compact: bool) -> Frame {
        if compact {
            Frame {
                w: 400.0,
                h: 220.0,
                left: 38.0,
                right: 388.0,
                top: 18.0,
                bottom: 186.0,
            }
        } else {
            Frame {
                w: 640.0,
                h: 240.0,
                left: 46.0,
                right: 610.0,
                top: 18.0,
                bottom: 204.0,
            }
        }
    }

    /// The same frame stretched (or narrowed) to `width` viewBox units, keeping the margins.
    /// Charts draw at their rendered CSS width, so one viewBox unit is one CSS pixel and text
    /// is the same size in every figure at every width (never below [`MIN_WIDTH`]).
    pub fn with_width(self, width: f64) -> Frame {
        let w = if width.is_finite() {
            width.max(MIN_WIDTH)
        } else {
            self.w
        };
        Frame {
            w,
            right: self.right + (w - self.w),
            ..self
        }
    }

    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", super::coord(self.w), super::coord(self.h))
    }

    pub fn plot_height(&self) -> f64 {
        self.bottom - self.top
    }
}
