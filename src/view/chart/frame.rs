//! Chart geometry: the viewBox and the plot area inside it. Phones get a narrower viewBox so that
//! text, drawn in viewBox units, stays legible when the chart shrinks to the screen.

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

    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", super::coord(self.w), super::coord(self.h))
    }

    pub fn plot_height(&self) -> f64 {
        self.bottom - self.top
    }
}
