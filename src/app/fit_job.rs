//! The fitting job of section 9 and the typed messages it is run with. The page sends a
//! [`FitRequest`] to a Web Worker (`assets/fit-worker.js` runs the fitting tool's module there);
//! the worker answers with [`FitReply`] messages: progress, then a result or an error. Every
//! message carries the request's id, so a reply to a cancelled request is recognised and
//! dropped. Pure: the same [`FitJob`] runs natively in the tests, in the worker, and on the
//! page's main thread where a browser cannot start the worker.

use super::standing::{try_assess_with, Standing};
use crate::io::csv::{parse, TimeUnit};
use crate::model::fit::{fit_bass, BassFit, FitError, TwoSegmentJob};
use serde::{Deserialize, Serialize};

/// At most this many data points travel back for the chart's dots (a chart has no room for
/// more; a 100,000-row file would otherwise cost the page a long task to receive).
pub const MAX_DOTS: usize = 300;

/// How the counts in the file are meant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CountKind {
    /// Running totals if they never fall, else counts per period.
    #[default]
    Auto,
    PerPeriod,
    Cumulative,
}

/// What the page asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FitRequest {
    /// Increases with every request; replies carry it back.
    pub id: u32,
    /// The CSV text as pasted or read from a file.
    pub csv: String,
    pub unit: TimeUnit,
    pub kind: CountKind,
}

/// What the chart and the tables need from a finished fit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FitResult {
    /// Up to [`MAX_DOTS`] of the data points, evenly spaced through the file.
    pub dots: Vec<(f64, f64)>,
    /// The largest count in the data (the chart's scale must include every point).
    pub max_count: f64,
    /// How many points were read.
    pub points: usize,
    /// Whether the counts were taken as running totals.
    pub cumulative: bool,
    pub standing: Standing,
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FitReply {
    Progress { id: u32, done: usize, of: usize },
    Done { id: u32, result: Box<FitResult> },
    Failed { id: u32, message: String },
}

impl FitReply {
    /// The request this answers.
    pub fn id(&self) -> u32 {
        match self {
            FitReply::Progress { id, .. }
            | FitReply::Done { id, .. }
            | FitReply::Failed { id, .. } => *id,
        }
    }
}

/// A fit in progress: the CSV read and the Bass fit done, the two-market fit in steps.
pub struct FitJob {
    points: Vec<(f64, f64)>,
    cumulative: bool,
    bass: BassFit,
    two: TwoSegmentJob,
}

impl FitJob {
    /// Read the data and fit the Bass curve; the two-market fit is left to [`FitJob::step`].
    /// The error is a sentence for the reader, naming the line where there is one.
    pub fn new(request: &FitRequest) -> Result<FitJob, String> {
        let series = parse(&request.csv, request.unit).map_err(|e| e.to_string())?;
        let cumulative = match request.kind {
            CountKind::Auto => series.looks_cumulative,
            CountKind::PerPeriod => false,
            CountKind::Cumulative => true,
        };
        let say = |e| describe(e, &series.lines);
        let bass = fit_bass(&series.points, cumulative).map_err(say)?;
        let two = TwoSegmentJob::new(&series.points, cumulative).map_err(say)?;
        Ok(FitJob {
            points: series.points,
            cumulative,
            bass,
            two,
        })
    }

    /// Steps the whole fit takes, and those done.
    pub fn progress(&self) -> (usize, usize) {
        (self.two.done(), self.two.steps())
    }

    /// Run one step; `false` when there is nothing left to do.
    pub fn step(&mut self) -> bool {
        self.two.step()
    }

    /// The finished fit.
    pub fn finish(self) -> Result<FitResult, String> {
        let standing = try_assess_with(&self.points, self.cumulative, self.bass, self.two.finish())
            .map_err(|e| format!("{e}."))?;
        let every = self.points.len().div_ceil(MAX_DOTS).max(1);
        Ok(FitResult {
            dots: self.points.iter().copied().step_by(every).collect(),
            max_count: self.points.iter().map(|p| p.1).fold(0.0, f64::max),
            points: self.points.len(),
            cumulative: self.cumulative,
            standing,
        })
    }
}

/// Run a whole request, telling `progress(done, of)` after each step; the replies a worker sends.
pub fn run(request: &FitRequest, mut post: impl FnMut(FitReply)) {
    let id = request.id;
    let failed = |message| FitReply::Failed { id, message };
    let mut job = match FitJob::new(request) {
        Ok(job) => job,
        Err(message) => return post(failed(message)),
    };
    loop {
        let (done, of) = job.progress();
        post(FitReply::Progress { id, done, of });
        if !job.step() {
            break;
        }
    }
    post(match job.finish() {
        Ok(result) => FitReply::Done {
            id,
            result: Box::new(result),
        },
        Err(message) => failed(message),
    });
}

/// A fitting problem as the reader sees their file: point-level problems by line.
fn describe(e: FitError, lines: &[usize]) -> String {
    let line = |i: usize| lines.get(i).copied().unwrap_or(0);
    match e {
        FitError::BadValue { index } => format!("Line {}: a negative or missing value.", line(index)),
        FitError::TimesNotIncreasing { index } => {
            format!("Line {}: not later than the row before.", line(index))
        }
        FitError::CumulativeFell { index } => format!(
            "Line {}: the running total falls here, and running totals can only grow. Are these counts per period?",
            line(index)
        ),
        other => format!("{other}."),
    }
}
