//! A figure's data, for readers who cannot see the chart or want its numbers: a description
//! in three levels (the figure, each series, each point), the table, the CSV, SVG and PNG
//! downloads, and for the adoption figure "Listen". In the extras module: it is opened from a
//! figure's "Table and downloads" button (`figure_tools`), which hands it the figure's CSV,
//! so the table, the description and the sound all read the very file a download saves.

use crate::browser::{export, sound};
use crate::io::number::{fixed, trimmed};
use crate::view::figure_data::FigureData;
use wasm_bindgen::JsCast;
// (JsCast: reading a failed PNG's error message.)
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigurePanelProps {
    /// The figure's CSV, as `FigureData::to_csv` writes it.
    pub csv: AttrValue,
    /// The file name without extension.
    pub stem: AttrValue,
    /// Offer "Listen" (the adoption figure).
    pub sound: bool,
}

/// A value as the table and description write it: as the CSV has it (three decimals), so
/// nothing is rounded twice.
fn cell(v: Option<f64>) -> String {
    v.map_or("–".into(), |v| fixed(v, 3))
}

/// A row's x value.
fn x_cell(row: &[Option<f64>]) -> String {
    row.first()
        .copied()
        .flatten()
        .map_or("–".into(), |x| trimmed(x, 2))
}

/// One series in a sentence: where it starts and ends, its highest and lowest points.
fn series_summary(data: &FigureData, i: usize) -> String {
    let pts = data.series(i);
    let x = &data.columns[0];
    let (Some(first), Some(last)) = (pts.first(), pts.last()) else {
        return format!("{}: no values.", data.columns[i]);
    };
    let max = pts
        .iter()
        .copied()
        .fold(*first, |a, b| if b.1 > a.1 { b } else { a });
    let min = pts
        .iter()
        .copied()
        .fold(*first, |a, b| if b.1 < a.1 { b } else { a });
    format!(
        "{}: {} at {x} {}, {} at {x} {}; highest {} at {x} {}, lowest {} at {x} {}.",
        data.columns[i],
        cell(Some(first.1)),
        trimmed(first.0, 2),
        cell(Some(last.1)),
        trimmed(last.0, 2),
        cell(Some(max.1)),
        trimmed(max.0, 2),
        cell(Some(min.1)),
        trimmed(min.0, 2),
    )
}

#[function_component(FigurePanel)]
pub fn figure_panel(props: &FigurePanelProps) -> Html {
    let root = use_node_ref();
    let playing = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let Some(data) = FigureData::from_csv(&props.csv) else {
        return html! { <p class="notice" role="alert">{ "This figure has no data to show." }</p> };
    };
    let stem = props.stem.to_string();
    let oncsv = {
        let (csv, stem) = (props.csv.clone(), stem.clone());
        Callback::from(move |_: MouseEvent| {
            export::save(
                &format!("{stem}.csv"),
                "text/csv;charset=utf-8",
                &csv.as_str().into(),
            )
        })
    };
    let onsvg = {
        let (root, stem) = (root.clone(), stem.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                let svg = export::svg_text(&el);
                export::save(&format!("{stem}.svg"), "image/svg+xml", &svg.into());
            }
        })
    };
    let onpng = {
        let (root, stem, problem) = (root.clone(), stem.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                let done = export::save_png(&format!("{stem}.png"), &export::svg_text(&el));
                let problem = problem.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = wasm_bindgen_futures::JsFuture::from(done).await {
                        let why = e
                            .dyn_ref::<js_sys::Error>()
                            .map(|e| String::from(e.message()));
                        problem.set(Some(format!(
                            "The PNG could not be made ({}).",
                            why.unwrap_or_default()
                        )));
                    }
                });
            }
        })
    };
    let onlisten = {
        let (playing, problem) = (playing.clone(), problem.clone());
        // The rate, and the pinned run's if pinned: the columns the adoption CSV names so.
        let column = |prefix: &str| {
            data.columns
                .iter()
                .position(|c| c.starts_with(prefix))
                .map(|i| {
                    data.series(i)
                        .into_iter()
                        .map(|p| p.1)
                        .collect::<Vec<f64>>()
                })
                .unwrap_or_default()
        };
        let (live, pinned) = (column("adopting per year"), column("pinned run adopting"));
        Callback::from(move |_: MouseEvent| {
            if *playing {
                return sound::stop(); // its onstop clears `playing`
            }
            let done = playing.clone();
            match sound::play(&live, &pinned, move || done.set(false)) {
                Ok(()) => playing.set(true),
                Err(e) => problem.set(Some(format!("Sound is not available here ({e})."))),
            }
        })
    };
    let series = 1..data.columns.len();
    html! {
        <div class="figure-panel" ref={root} data-testid="figure-panel">
            <div class="figure-actions">
                <button type="button" onclick={oncsv} data-testid="download-csv">{ "Download CSV" }</button>
                <button type="button" onclick={onsvg} data-testid="download-svg">{ "Download SVG" }</button>
                <button type="button" onclick={onpng} data-testid="download-png">{ "Download PNG" }</button>
                if props.sound {
                    <button type="button" onclick={onlisten} aria-pressed={(*playing).to_string()} data-testid="listen">
                        { if *playing { "Stop sound" } else { "Listen" } }
                    </button>
                }
            </div>
            <p class="muted">
                { "Files are made in your browser; nothing is uploaded. The CSV's first lines hold the settings and the link that reproduces them." }
                if props.sound { { format!(" Listen plays the adoption rate as pitch for {} seconds (higher rate, higher note); a pinned run plays in the right ear. Escape stops it.", fixed(sound::SECONDS, 0)) } }
            </p>
            if let Some(p) = &*problem { <p class="notice" role="alert">{ p.clone() }</p> }
            <ul class="describe" data-testid="figure-description" aria-label="Description, in three levels">
                <li>{ format!("{}. {}", data.title, data.summary) }
                    <ul>
                        { for series.clone().map(|i| html! {
                            <li><details>
                                <summary>{ series_summary(&data, i) }</summary>
                                <ul class="points">
                                    { for data.rows.iter().map(|r| html! {
                                        <li>{ format!("{} {}: {}", data.columns[0], x_cell(r), cell(r.get(i).copied().flatten())) }</li>
                                    }) }
                                </ul>
                            </details></li>
                        }) }
                    </ul>
                </li>
            </ul>
            <div class="table-scroll" tabindex="0" role="region" aria-label={format!("Table: {}", data.title)}>
                <table class="data-table" data-testid="figure-table">
                    <caption>{ data.title.clone() }</caption>
                    <thead><tr>{ for data.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr></thead>
                    <tbody>
                        { for data.rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ x_cell(r) }</th>
                                { for series.clone().map(|i| html! { <td>{ cell(r.get(i).copied().flatten()) }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
