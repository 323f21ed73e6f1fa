//! The fitting tool for section 9: paste or pick a CSV (it never leaves the browser), fit both
//! models in slices with progress shown, see where you stand, and hand the fit back to the
//! explorer through `oncarry`. It is built into its own small module (`src/bin/fit_tool.rs`),
//! loaded only when a reader opens it, so the page does not carry the CSV reader, the fitting
//! code and this interface for readers who never use them.

use crate::app::fit_job::{CountKind, FitJob, FitReply, FitRequest, FitResult};
use crate::app::standing::{synthetic, to_csv, to_params};
use crate::browser::fit_worker::FitWorker;
use crate::components::axes::{x_labels, y_grid};
use crate::components::hooks::{use_id_prefix, use_width};
use crate::io::csv::TimeUnit;
use crate::io::number::{fixed, significant};
use crate::model::{bass, Field, Params};
use crate::view::chart::{coord, line_path, ticks, Frame, Linear};
use crate::view::format::{percent, trim_number};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Files larger than this are refused before reading (the parser's own limit is similar).
const MAX_FILE_BYTES: f64 = 8.0 * 1024.0 * 1024.0;

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Problem(String),
    Fitting { done: usize, of: usize },
    Done(Rc<FitResult>),
}

impl Status {
    /// The status a reply from the job leads to.
    fn after(reply: FitReply) -> Status {
        match reply {
            FitReply::Progress { done, of, .. } => Status::Fitting { done, of },
            FitReply::Done { result, .. } => Status::Done(Rc::new(*result)),
            FitReply::Failed { message, .. } => Status::Problem(message),
        }
    }
}

/// A file the reader opened: used instead of the text box until they type in it.
#[derive(Clone, PartialEq)]
struct OpenedFile {
    name: String,
    text: Rc<String>,
    lines: usize,
}

fn sample(which: &str) -> String {
    let (params, noise) = match which {
        "chasm" => (Params::default(), 0.05),
        _ => (
            Params::default()
                .with(Field::Abstraction, 5.0)
                .0
                .with(Field::Brand, 0.7)
                .0,
            0.05,
        ),
    };
    format!(
        "# SYNTHETIC sample made by this app's own model, with 5 % noise\n{}",
        to_csv(&synthetic(&params, 96, 200_000.0, noise, 42))
    )
}

#[derive(Properties, PartialEq)]
pub struct FitToolProps {
    /// Called with the settings the fit corresponds to (innovator share, abstraction and brand
    /// from the fit; the rest at their defaults, which the explorer keeps its own values for).
    pub oncarry: Callback<Params>,
}

#[function_component(FitTool)]
pub fn fit_tool(props: &FitToolProps) -> Html {
    let prefix = use_id_prefix();
    let host = use_node_ref();
    let chart_width = use_width(&host, 640.0);
    let text = use_state(String::new);
    let file = use_state(|| None::<OpenedFile>);
    let unit = use_state(|| TimeUnit::Years);
    let kind = use_state(|| CountKind::Auto);
    let status = use_state(|| Status::Idle);
    let id = |s: &str| format!("{prefix}-fit-{s}");
    // The request being answered: replies to any other (a cancelled fit) are dropped.
    let pending = use_mut_ref(|| None::<FitRequest>);
    let worker = use_mut_ref(|| None::<FitWorker>);
    // Set when the worker cannot run (blocked, offline, no module workers): fits then run here.
    let broken = use_mut_ref(|| false);

    let run = {
        let (text, file, unit, kind, status) = (
            text.clone(),
            file.clone(),
            unit.clone(),
            kind.clone(),
            status.clone(),
        );
        let (pending, worker, broken) = (pending.clone(), worker.clone(), broken.clone());
        Callback::from(move |_: ()| {
            let csv = match &*file {
                Some(f) => (*f.text).clone(),
                None => (*text).clone(),
            };
            let id = pending
                .borrow()
                .as_ref()
                .map_or(1, |r| r.id.wrapping_add(1).max(1));
            let request = FitRequest {
                id,
                csv,
                unit: *unit,
                kind: *kind,
            };
            let was_running = matches!(*status, Status::Fitting { .. });
            *pending.borrow_mut() = Some(request.clone());
            status.set(Status::Fitting { done: 0, of: 0 });
            // A fit still running is cancelled by ending its worker; a fresh one takes this.
            if was_running || *broken.borrow() {
                *worker.borrow_mut() = None;
            }
            if *broken.borrow() {
                return run_here(request, status.clone(), pending.clone());
            }
            if worker.borrow().is_none() {
                let (status, pending, broken) = (status.clone(), pending.clone(), broken.clone());
                let on_reply = Callback::from(move |reply: FitReply| {
                    let in_hand = pending.borrow().clone();
                    match in_hand {
                        // Id 0 speaks for the worker itself: it could not load or it crashed.
                        Some(request) if reply.id() == 0 => {
                            *broken.borrow_mut() = true;
                            run_here(request, status.clone(), pending.clone());
                        }
                        Some(request) if request.id == reply.id() => {
                            status.set(Status::after(reply))
                        }
                        _ => {} // a reply to a fit that was cancelled
                    }
                });
                *worker.borrow_mut() = FitWorker::start(on_reply).ok();
            }
            let sent = worker.borrow().as_ref().map(|w| w.send(&request));
            if !matches!(sent, Some(Ok(()))) {
                *broken.borrow_mut() = true;
                run_here(request, status.clone(), pending.clone());
            }
        })
    };
    let onfit = run.reform(|_: MouseEvent| ());
    let ontext = {
        let (text, file) = (text.clone(), file.clone());
        Callback::from(move |e: InputEvent| {
            // Typing takes over from an opened file.
            file.set(None);
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let onfile = {
        let (opened, status) = (file.clone(), status.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let name = file.name();
            if file.size() > MAX_FILE_BYTES {
                return status.set(Status::Problem(format!(
                    "That file is {} MB; the limit is {} MB.",
                    fixed(file.size() / 1048576.0, 1),
                    fixed(MAX_FILE_BYTES / 1048576.0, 0)
                )));
            }
            let (opened, status) = (opened.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    // Kept out of the text box: a 100,000-row file would make it a long task.
                    Ok(v) => {
                        let text = v.as_string().unwrap_or_default();
                        opened.set(Some(OpenedFile {
                            name,
                            lines: text.lines().count(),
                            text: Rc::new(text),
                        }));
                        status.set(Status::Idle);
                    }
                    Err(_) => status.set(Status::Problem(
                        "The file could not be read as text.".into(),
                    )),
                }
            });
        })
    };
    let onsample = |which: &'static str| {
        let (text, file, status) = (text.clone(), file.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            file.set(None);
            text.set(sample(which));
            status.set(Status::Idle);
        })
    };
    let onunit = {
        let unit = unit.clone();
        Callback::from(move |e: Event| {
            unit.set(
                match e
                    .target_unchecked_into::<HtmlSelectElement>()
                    .value()
                    .as_str()
                {
                    "months" => TimeUnit::Months,
                    "weeks" => TimeUnit::Weeks,
                    "days" => TimeUnit::Days,
                    _ => TimeUnit::Years,
                },
            )
        })
    };
    let onkind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            kind.set(
                match e
                    .target_unchecked_into::<HtmlSelectElement>()
                    .value()
                    .as_str()
                {
                    "period" => CountKind::PerPeriod,
                    "cumulative" => CountKind::Cumulative,
                    _ => CountKind::Auto,
                },
            )
        })
    };
    let result = match &*status {
        Status::Idle => {
            html! { <p class="muted" data-testid="fit-status">{ "Paste data or load a sample, then press Fit." }</p> }
        }
        Status::Problem(m) => {
            html! { <p class="notice" role="alert" data-testid="fit-error">{ m.clone() }</p> }
        }
        Status::Fitting { done, of } => html! {
            <p data-testid="fit-status" aria-live="polite"><progress max={of.to_string()} value={done.to_string()}></progress>{ format!(" Fitting… {done} of {of}") }</p>
        },
        Status::Done(r) => {
            let (cumulative, s) = (r.cumulative, &r.standing);
            let oncarry = props.oncarry.clone();
            let fit = s.two;
            let carry = Callback::from(move |_: MouseEvent| {
                oncarry.emit(to_params(&fit, &Params::default()))
            });
            html! {
                <div class="fit-result" data-testid="fit-result">
                    <p class="verdict" aria-live="polite" data-testid="fit-verdict">{ s.verdict.sentence() }</p>
                    { fit_chart(r, chart_width) }
                    <table class="mapping">
                        <caption data-testid="fit-caption">{ format!("Fits to {} points ({})", r.points, if cumulative { "running totals" } else { "counts per period" }) }</caption>
                        <thead><tr><th scope="col">{ "Model" }</th><th scope="col">{ "Parameters" }</th><th scope="col">{ "RMSE" }</th><th scope="col">{ "R²" }</th></tr></thead>
                        <tbody>
                            <tr class={classes!((!s.two_segment_preferred).then_some("preferred"))}><th scope="row">{ "Bass" }</th>
                                <td>{ format!("p = {}, q = {} per year, m = {}", significant(s.bass.p), significant(s.bass.q), significant(s.bass.m)) }</td>
                                <td>{ trim_number(s.bass.rmse) }</td><td data-testid="r2-bass">{ fixed(s.bass.r_squared, 3) }</td></tr>
                            <tr class={classes!(s.two_segment_preferred.then_some("preferred"))}><th scope="row">{ "Two markets" }</th>
                                <td>{ format!("θ = {}, early p/q = {}/{}, main p/q = {}/{}, c = {}, m = {}",
                                    percent(s.two.market.theta), significant(s.two.market.p_early), significant(s.two.market.q_early), significant(s.two.market.p_main),
                                    significant(s.two.market.q_main), significant(s.two.market.cross), significant(s.two.m)) }</td>
                                <td>{ trim_number(s.two.rmse) }</td><td>{ fixed(s.two.r_squared, 3) }</td></tr>
                        </tbody>
                    </table>
                    <p>{ format!("The data support {} better (Akaike's criterion, which charges for the extra parameters). \
                        Projected running total: {} now, {} in 12 months, {} in 24 months.",
                        if s.two_segment_preferred { "the two-market model" } else { "the plain Bass curve" },
                        trim_number(s.fitted_now.round()), trim_number(s.projected_12.round()), trim_number(s.projected_24.round())) }</p>
                    <button type="button" onclick={carry} data-testid="fit-carry">{ "Carry this fit into the explorer" }</button>
                </div>
            }
        }
    };
    html! {
        <div class="fit-tool" data-testid="fit-tool" ref={host}>
            <div class="fit-inputs">
                <label for={id("csv")}>{ "Your data (CSV: comma, semicolon or tab; header optional; dates like 2024-03-01 or plain numbers)" }</label>
                <textarea id={id("csv")} rows="7" value={(*text).clone()} oninput={ontext} data-testid="fit-csv"
                    placeholder={"month,new users\n2023-01-01,120\n2023-02-01,180\n..."} />
                if let Some(f) = &*file {
                    <p class="muted" data-testid="fit-file">{ format!("Fitting the opened file {} ({} lines); type in the box to use it instead.", f.name, f.lines) }</p>
                }
                <div class="row">
                    <label class="inline" for={id("file")}>{ "or open a file" }</label>
                    <input type="file" id={id("file")} accept=".csv,.tsv,.txt,text/csv,text/plain" onchange={onfile} />
                </div>
                <div class="row">
                    <label class="inline" for={id("kind")}>{ "Counts are" }</label>
                    <select id={id("kind")} onchange={onkind} data-testid="fit-kind">
                        <option value="auto" selected={*kind == CountKind::Auto}>{ "detected (totals if they never fall)" }</option>
                        <option value="period" selected={*kind == CountKind::PerPeriod}>{ "new in each period" }</option>
                        <option value="cumulative" selected={*kind == CountKind::Cumulative}>{ "running totals" }</option>
                    </select>
                    <label class="inline" for={id("unit")}>{ "Plain-number times are in" }</label>
                    <select id={id("unit")} onchange={onunit} data-testid="fit-unit">
                        <option value="years" selected={*unit == TimeUnit::Years}>{ "years" }</option>
                        <option value="months" selected={*unit == TimeUnit::Months}>{ "months" }</option>
                        <option value="weeks" selected={*unit == TimeUnit::Weeks}>{ "weeks" }</option>
                        <option value="days" selected={*unit == TimeUnit::Days}>{ "days" }</option>
                    </select>
                </div>
                <div class="row">
                    <button type="button" onclick={onfit} data-testid="fit-run">{ "Fit" }</button>
                    <button type="button" onclick={onsample("chasm")} data-testid="fit-sample-chasm">{ "Sample: a product with a chasm (synthetic)" }</button>
                    <button type="button" onclick={onsample("smooth")} data-testid="fit-sample-smooth">{ "Sample: smooth growth (synthetic)" }</button>
                </div>
            </div>
            { result }
        </div>
    }
}

/// Fit on this thread, one step per task so the page stays responsive and the progress shows;
/// used only where the worker cannot run. A newer request (a second press of Fit) stops it.
fn run_here(
    request: FitRequest,
    status: UseStateHandle<Status>,
    pending: Rc<std::cell::RefCell<Option<FitRequest>>>,
) {
    let still_wanted = move |id: u32| pending.borrow().as_ref().map(|r| r.id) == Some(id);
    wasm_bindgen_futures::spawn_local(async move {
        let id = request.id;
        let mut job = match FitJob::new(&request) {
            Ok(job) => job,
            Err(message) => return status.set(Status::Problem(message)),
        };
        loop {
            let (done, of) = job.progress();
            status.set(Status::Fitting { done, of });
            gloo::timers::future::TimeoutFuture::new(0).await;
            if !still_wanted(id) {
                return;
            }
            if !job.step() {
                break;
            }
        }
        status.set(match job.finish() {
            Ok(result) => Status::Done(Rc::new(result)),
            Err(message) => Status::Problem(message),
        });
    });
}

/// Data as dots, the two fitted curves (as counts per period or running totals, like the data)
/// and the next 24 months projected, dashed.
fn fit_chart(r: &FitResult, width: f64) -> Html {
    let (cumulative, s) = (r.cumulative, &r.standing);
    // Drawn at its CSS width (see `Frame::with_width`), so its text matches every other figure.
    let f = Frame {
        w: 640.0,
        h: 240.0,
        left: 56.0,
        right: 620.0,
        top: 12.0,
        bottom: 206.0,
    }
    .with_width(width);
    let (h, left, right, top, bottom) = (f.h, f.left, f.right, f.top, f.bottom);
    // Project up to 24 months, but not much longer than the data itself, so weeks of data are
    // not squashed into a corner of a two-year axis (the text reports 12 and 24 months anyway).
    let end = s.last_time + 2.0f64.min((0.75 * s.last_time).max(0.1));
    let period = s.period;
    let tr = s.two.market.simulate(end, 600);
    let n = 240;
    let ts: Vec<f64> = (0..=n).map(|i| i as f64 * end / n as f64).collect();
    let value = |share: &dyn Fn(f64) -> f64, m: f64, t: f64| {
        if cumulative {
            m * share(t)
        } else {
            m * (share(t) - share(t - period))
        }
    };
    let two: Vec<f64> = ts
        .iter()
        .map(|&t| value(&|x| tr.cumulative_at(x), s.two.m, t))
        .collect();
    let bass_curve: Vec<f64> = ts
        .iter()
        .map(|&t| value(&|x| bass::cumulative(s.bass.p, s.bass.q, x), s.bass.m, t))
        .collect();
    let top_value = std::iter::once(r.max_count)
        .chain(two.iter().copied())
        .chain(bass_curve.iter().copied())
        .fold(1e-9, f64::max)
        * 1.1;
    let x = Linear::new((0.0, end), (left, right));
    let y = Linear::new((0.0, top_value), (bottom, top));
    let split = ts.iter().position(|&t| t > s.last_time).unwrap_or(ts.len());
    let dots = r.dots.iter().map(|&(t, v)| {
        html! { <circle class="data-dot" cx={coord(x.at(t - s.origin))} cy={coord(y.at(v))} r="2.2" /> }
    });
    html! {
        <svg class="chart fit-chart" viewBox={f.view_box()} role="img" data-testid="fit-chart"
             aria-label={format!("Your data with both fitted curves and a 24-month projection. {}", s.verdict.sentence())}>
            { y_grid(&ticks(0.0, top_value, 4), y, left, right, trim_number) }
            { x_labels(&ticks(0.0, end, 8), x, bottom, trim_number) }
            <text class="axis-title" x={coord((left + right) / 2.0)} y={coord(h - 3.0)} text-anchor="middle">{ "years since launch (as fitted)" }</text>
            <line class="axis" x1={coord(left)} x2={coord(right)} y1={coord(bottom)} y2={coord(bottom)} />
            <line class="you-are-here" x1={coord(x.at(s.last_time))} x2={coord(x.at(s.last_time))} y1={coord(top)} y2={coord(bottom)} />
            { for dots }
            <path class="curve ghost-rate" d={line_path(&ts, &bass_curve, x, y)} />
            <path class="curve rate" d={line_path(&ts[..split.min(ts.len())], &two[..split.min(two.len())], x, y)} />
            <path class="curve rate projection" d={line_path(&ts[split.saturating_sub(1)..], &two[split.saturating_sub(1)..], x, y)} />
        </svg>
    }
}
