//! Browser tests (wasm-bindgen-test in headless Chromium): mount the real app into a fresh
//! element, move real sliders (set the value and dispatch `input`, as a drag does), flush yew's
//! scheduler, then check the DOM moved the right way.

#![cfg(target_arch = "wasm32")]

use chasm_explorer::browser::mount;
use chasm_explorer::model::Params;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `<div>` on `<body>` with the app mounted in it (never the runner's `#output`).
async fn mount_fresh() -> Element {
    mount_query("").await
}

/// The same, configured by a query string as a link would.
async fn mount_query(query: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    std::mem::forget(mount::mount_with(host.clone(), query, false));
    yew::scheduler::flush().await;
    // The page renders its explainer only after the explorer's first paint; wait for it.
    if !query.contains("embed=1") {
        for _ in 0..200 {
            if host.query_selector(".explainer").unwrap().is_some() {
                break;
            }
            gloo_timers::future::TimeoutFuture::new(5).await;
            yew::scheduler::flush().await;
        }
    }
    host
}

fn exists(root: &Element, testid: &str) -> bool {
    root.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .unwrap()
        .is_some()
}

/// Wait for the explainer's figures, which follow the settings once they stop changing.
async fn settle() {
    gloo_timers::future::TimeoutFuture::new(300).await;
    yew::scheduler::flush().await;
}

async fn click(root: &Element, testid: &str) {
    let el: web_sys::HtmlElement = find(root, testid).dyn_into().unwrap();
    el.click();
    yew::scheduler::flush().await;
}

fn find(root: &Element, testid: &str) -> Element {
    root.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
}

fn text(root: &Element, testid: &str) -> String {
    find(root, testid).text_content().unwrap_or_default()
}

fn attr(root: &Element, testid: &str, name: &str) -> String {
    find(root, testid).get_attribute(name).unwrap_or_default()
}

/// Move a slider the way a drag does: new value, then an `input` event that bubbles.
async fn drag(root: &Element, key: &str, value: &str) {
    let input: HtmlInputElement = find(root, &format!("slider-{key}")).dyn_into().unwrap();
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn percent_value(s: &str) -> f64 {
    s.trim()
        .trim_end_matches('%')
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("not a percentage: {s:?}"))
}

/// "10 months" or "1.5 years" in years.
fn years_value(s: &str) -> f64 {
    let mut parts = s.split_whitespace();
    let n: f64 = parts.next().unwrap().parse().unwrap();
    match parts.next().unwrap() {
        u if u.starts_with("month") => n / 12.0,
        _ => n,
    }
}

#[wasm_bindgen_test]
async fn opening_scene_shows_a_chasm_bands_and_a_half_life() {
    let root = mount_fresh().await;
    let depth = percent_value(&text(&root, "chasm-depth"));
    assert!((20.0..=40.0).contains(&depth), "depth {depth}");
    assert!(!attr(&root, "rate-path", "d").is_empty());
    for i in 0..5 {
        find(&root, &format!("band-{i}"));
    }
    find(&root, "chasm-marker");
    find(&root, "half-life-marker");
    let shares: f64 = (0..5)
        .map(|i| percent_value(&text(&root, &format!("share-{i}"))))
        .sum();
    assert!((shares - 100.0).abs() < 2.5, "shares sum to {shares}");
}

#[wasm_bindgen_test]
async fn stronger_brand_gives_a_shallower_chasm_and_a_longer_half_life() {
    let root = mount_fresh().await;
    let depth_before = percent_value(&text(&root, "chasm-depth"));
    let half_before = years_value(&text(&root, "half-life"));
    let path_before = attr(&root, "rate-path", "d");
    drag(&root, "brand", "0.35").await;
    let depth_after = percent_value(&text(&root, "chasm-depth"));
    assert!(
        depth_after < depth_before,
        "{depth_after} !< {depth_before}"
    );
    assert!(years_value(&text(&root, "half-life")) > half_before);
    assert_ne!(
        attr(&root, "rate-path", "d"),
        path_before,
        "the chart redraws"
    );
    assert_eq!(text(&root, "value-brand"), "35 %");
    // Far enough, the trough fills in completely.
    drag(&root, "brand", "0.8").await;
    assert_eq!(text(&root, "chasm-depth"), "no chasm");
    assert!(root
        .query_selector("[data-testid=chasm-marker]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn climbing_the_abstraction_ladder_removes_the_chasm() {
    let root = mount_fresh().await;
    let half_before = text(&root, "half-adoption");
    drag(&root, "abstraction", "5").await;
    assert_eq!(text(&root, "chasm-depth"), "no chasm");
    assert!(text(&root, "value-abstraction").contains("Plain English"));
    assert_ne!(text(&root, "half-adoption"), half_before);
    assert!(text(&root, "adoption-summary").starts_with("No chasm"));
}

#[wasm_bindgen_test]
async fn group_bands_move_with_the_sliders() {
    let root = mount_fresh().await;
    let start = attr(&root, "band-2", "data-start").parse::<f64>().unwrap();
    drag(&root, "abstraction", "4").await;
    let moved = attr(&root, "band-2", "data-start").parse::<f64>().unwrap();
    assert!(
        moved < start,
        "faster adoption pulls the early majority earlier: {moved} !< {start}"
    );
}

#[wasm_bindgen_test]
async fn composability_shortens_the_lead_and_copy_lag_delays_it() {
    let root = mount_fresh().await;
    let half = years_value(&text(&root, "half-life"));
    drag(&root, "switching", "0").await;
    let composable = years_value(&text(&root, "half-life"));
    assert!(composable < half, "{composable} !< {half}");
    drag(&root, "lag", "12").await;
    assert!(years_value(&text(&root, "half-life")) > composable + 0.5);
}

#[wasm_bindgen_test]
async fn reset_restores_the_opening_scene() {
    let root = mount_fresh().await;
    let depth = text(&root, "chasm-depth");
    drag(&root, "brand", "0.9").await;
    drag(&root, "innovators", "0.4").await;
    assert_eq!(text(&root, "chasm-depth"), "no chasm");
    let reset: web_sys::HtmlElement = find(&root, "reset").dyn_into().unwrap();
    reset.click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "value-brand"), "25 %");
    assert_eq!(text(&root, "value-innovators"), "16 %");
    assert_eq!(text(&root, "chasm-depth"), depth);
    let input: HtmlInputElement = find(&root, "slider-brand").dyn_into().unwrap();
    assert_eq!(
        input.value_as_number(),
        0.25,
        "the input itself moved back too"
    );
}

#[wasm_bindgen_test]
async fn every_slider_has_a_real_label_and_value_text() {
    let root = mount_fresh().await;
    let inputs = root.query_selector_all("input[type=range]").unwrap();
    assert_eq!(
        inputs.length() as usize,
        chasm_explorer::model::Field::ALL.len() + 4,
        "the explorer's controls, section 2's brand, section 6's two and section 8's runway"
    );
    for i in 0..inputs.length() {
        let input: Element = inputs.item(i).unwrap().dyn_into().unwrap();
        let id = input.id();
        let label = root
            .query_selector(&format!("label[for=\"{id}\"]"))
            .unwrap();
        assert!(
            label.is_some_and(|l| !l.text_content().unwrap_or_default().is_empty()),
            "label for {id}"
        );
        assert!(!input
            .get_attribute("aria-valuetext")
            .unwrap_or_default()
            .is_empty());
    }
}

#[wasm_bindgen_test]
async fn a_link_sets_the_sliders_and_names_what_it_corrected() {
    let root = mount_query("?brand=0.6&innovators=9&lag=abc&utm_source=x").await;
    assert_eq!(text(&root, "value-brand"), "60 %");
    assert_eq!(
        text(&root, "value-innovators"),
        "50 %",
        "clamped to the maximum"
    );
    assert_eq!(
        text(&root, "value-lag"),
        "2 months",
        "garbage falls back to the default"
    );
    let notice = text(&root, "notice");
    assert!(
        notice.contains("Innovator share 9 is above the maximum 0.5"),
        "{notice}"
    );
    assert!(
        notice.contains("Copy lag “abc” is not a number"),
        "{notice}"
    );
    assert!(
        !notice.contains("utm_source"),
        "unknown keys are ignored silently"
    );
    click(&root, "dismiss-notice").await;
    assert!(!exists(&root, "notice"));
}

#[wasm_bindgen_test]
async fn hostile_link_values_render_as_text_not_markup() {
    let root =
        mount_query("?brand=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&fig=%3Cb%3Ebold%3C%2Fb%3E")
            .await;
    let notice = find(&root, "notice");
    assert!(
        notice.query_selector("img, b").unwrap().is_none(),
        "no element was created from the link"
    );
    assert!(notice.text_content().unwrap().contains("<img src=x"));
}

#[wasm_bindgen_test]
async fn embed_mode_shows_only_the_chosen_figure_without_chrome() {
    let root = mount_query("?embed=1&fig=moat&controls=0&brand=0.9").await;
    assert!(exists(&root, "embed"));
    assert!(exists(&root, "moat-chart"));
    assert!(!exists(&root, "adoption-chart"));
    assert!(
        root.query_selector("input[type=range]").unwrap().is_none(),
        "controls hidden"
    );
    assert!(
        root.query_selector("h1").unwrap().is_none(),
        "no page chrome"
    );
    let link = attr(&root, "open-full", "href");
    assert!(
        link.contains("brand=0.9") && !link.contains("embed="),
        "{link}"
    );
    assert_eq!(attr(&root, "open-full", "rel"), "noopener");
}

#[wasm_bindgen_test]
async fn embed_with_controls_still_responds_to_sliders() {
    let root = mount_query("?embed=1&fig=adoption").await;
    assert!(!exists(&root, "moat-chart"));
    let before = text(&root, "chasm-depth");
    drag(&root, "brand", "0.8").await;
    assert_ne!(text(&root, "chasm-depth"), before);
}

#[wasm_bindgen_test]
async fn each_preset_shows_its_defining_outcome() {
    let root = mount_fresh().await;
    let depth = |root: &Element| {
        let t = text(root, "chasm-depth");
        if t == "no chasm" {
            0.0
        } else {
            percent_value(&t)
        }
    };
    click(&root, "preset-mlops").await;
    assert_eq!(attr(&root, "preset-mlops", "aria-pressed"), "true");
    assert!(text(&root, "scenario-reason").contains("specialists"));
    let mlops = depth(&root);
    let mlops_half_life = years_value(&text(&root, "half-life"));
    click(&root, "preset-chatgpt").await;
    let chatgpt = depth(&root);
    assert!(
        mlops > chatgpt,
        "MLOps chasm {mlops} deeper than ChatGPT's {chatgpt}"
    );
    assert_eq!(text(&root, "value-abstraction"), "6 of 6: Plain English");
    click(&root, "preset-spark").await;
    assert_eq!(
        text(&root, "chasm-depth"),
        "no chasm",
        "Spark evolved past the chasm"
    );
    click(&root, "preset-tarpit").await;
    let tarpit = years_value(&text(&root, "half-life"));
    click(&root, "preset-brand-moat").await;
    let brand = years_value(&text(&root, "half-life"));
    assert!(
        tarpit < brand,
        "tarpit half-life {tarpit} shorter than the brand moat's {brand}"
    );
    click(&root, "preset-open-lab").await;
    assert!(years_value(&text(&root, "half-life")) < brand);
    assert!(mlops_half_life < brand);
    // Moving a slider leaves the scenario: no button is pressed any more.
    drag(&root, "brand", "0.5").await;
    assert!(root
        .query_selector("[aria-pressed=true]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn pin_keeps_a_ghost_and_shows_the_differences_until_cleared() {
    let root = mount_fresh().await;
    assert!(!exists(&root, "ghost-adoption"));
    click(&root, "pin").await;
    assert!(exists(&root, "ghost-adoption") && exists(&root, "ghost-moat"));
    drag(&root, "brand", "0.8").await;
    // The ghost keeps the pinned run's figures while the live ones move.
    assert_ne!(
        find(&root, "ghost-adoption").inner_html(),
        attr(&root, "rate-path", "d")
    );
    let row = text(&root, "cmp-depth");
    assert!(row.contains("28 %") && row.contains("no chasm"), "{row}");
    assert!(find(&root, "cmp-half-life")
        .class_list()
        .contains("changed"));
    click(&root, "clear-pin").await;
    assert!(!exists(&root, "ghost-adoption") && !exists(&root, "compare"));
}

#[wasm_bindgen_test]
async fn a_pinned_run_round_trips_through_the_link() {
    let root = mount_query("?brand=0.8&pin=0.16_1_0.25_2_0.2_10").await;
    assert!(exists(&root, "ghost-adoption"));
    assert!(text(&root, "cmp-depth").contains("no chasm"));
}

#[wasm_bindgen_test]
async fn the_explainer_has_every_section_with_mathml_equations() {
    let root = mount_fresh().await;
    for n in 1..=8 {
        let section = find(&root, &format!("lesson-{n}"));
        assert!(section.query_selector("h2").unwrap().is_some());
        assert!(!section.text_content().unwrap().is_empty());
    }
    // The section's page part names what the model leaves out; the body (equations, table) is
    // in the extras module, mounted here on its own.
    assert!(text(&root, "left-out").contains("leaves out"));
    assert!(exists(&root, "how-open"));
    let document = web_sys::window().unwrap().document().unwrap();
    let how = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&how).unwrap();
    mount::mount_how_it_works(how.clone());
    yew::scheduler::flush().await;
    let root = how;
    let math = root.query_selector("math").unwrap().expect("equations");
    assert_eq!(
        math.namespace_uri().as_deref(),
        Some("http://www.w3.org/1998/Math/MathML")
    );
    assert_eq!(
        find(&root, "mapping-table")
            .query_selector_all("tbody tr")
            .unwrap()
            .length() as usize,
        chasm_explorer::view::mapping_table::rows().len()
    );
}

#[wasm_bindgen_test]
async fn section_buttons_drive_the_shared_explorer() {
    let root = mount_fresh().await;
    settle().await;
    // Section 2's button names the lowest brand that fills the trough at these settings.
    let label = text(&root, "try-2");
    click(&root, "try-2").await;
    let brand = text(&root, "value-brand");
    assert!(label.ends_with(&brand), "{label} / {brand}");
    assert_eq!(text(&root, "chasm-depth"), "no chasm");
    click(&root, "try-5").await;
    settle().await;
    assert_eq!(attr(&root, "preset-mlops", "aria-pressed"), "true");
    // Each playbook states its dip, its 50 % year and its value; upselling moves only the value.
    let now = text(&root, "playbooks-summary");
    let upsell = text(&root, "playbook-0");
    let dip_of = |s: &str| s.split(';').next().unwrap_or("").to_string();
    assert!(now.contains(&dip_of(&upsell)), "{now} / {upsell}");
    let evolve = text(&root, "playbook-3");
    let depth = |s: &str| {
        let d = dip_of(s);
        d.rsplit("dip ").next().map_or(0.0, |v| {
            if d.contains("no dip") {
                0.0
            } else {
                percent_value(v)
            }
        })
    };
    assert!(
        depth(&evolve) < depth(&now),
        "evolving shrinks the MLOps dip: {evolve} vs {now}"
    );
}

#[wasm_bindgen_test]
async fn the_novelty_figure_has_its_own_controls() {
    let root = mount_fresh().await;
    assert!(text(&root, "novelty-summary").contains("falls"));
    let brand = text(&root, "value-brand");
    drag(&root, "curious", "0").await;
    assert!(text(&root, "novelty-summary").contains("only grows"));
    assert_eq!(
        text(&root, "value-brand"),
        brand,
        "local controls leave the explorer alone"
    );
}

#[wasm_bindgen_test]
async fn the_runway_decides_whether_you_cross_the_chasm() {
    let root = mount_fresh().await;
    drag(&root, "runway", "3").await;
    assert!(text(&root, "runway-verdict").contains("runs out"));
    drag(&root, "runway", "15").await;
    assert!(text(&root, "runway-verdict").contains("make it across"));
    click(&root, "try-2").await; // brand 65 %: no chasm at all
    settle().await;
    assert!(text(&root, "runway-verdict").starts_with("No chasm"));
}

#[wasm_bindgen_test]
async fn playing_the_climb_runs_time_forward_for_one_product() {
    let root = mount_fresh().await;
    settle().await;
    let explorer_rung = text(&root, "value-abstraction");
    if attr(&root, "play-ladder", "data-reduced-motion") == "true" {
        return; // under reduced motion the button shows the whole climb at once
    }
    click(&root, "play-ladder").await;
    assert_eq!(attr(&root, "play-ladder", "aria-pressed"), "true");
    let first = text(&root, "ladder-now");
    assert!(first.starts_with("Year 0"), "{first}");
    gloo_timers::future::TimeoutFuture::new(1500).await;
    yew::scheduler::flush().await;
    let later = text(&root, "ladder-now");
    assert_ne!(first, later, "time moves on");
    // One product evolving: the explorer's launch rung is not touched.
    assert_eq!(text(&root, "value-abstraction"), explorer_rung);
    click(&root, "play-ladder").await;
    assert_eq!(attr(&root, "play-ladder", "aria-pressed"), "false");
}

#[wasm_bindgen_test]
async fn the_address_bar_follows_the_state_after_a_pause() {
    let window = web_sys::window().unwrap();
    let original = window.location().href().unwrap();
    let document = window.document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = mount::mount_with(host.clone(), "", true);
    yew::scheduler::flush().await;
    drag(&host, "brand", "0.42").await;
    drag(&host, "brand", "0.43").await;
    // Debounced: nothing yet right after the drag, the last value after the pause.
    assert!(!window.location().search().unwrap().contains("brand=0.43"));
    gloo_timers::future::TimeoutFuture::new(400).await;
    let search = window.location().search().unwrap();
    handle.destroy();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&original))
        .unwrap();
    assert!(
        search.starts_with(&format!("?v={}&", chasm_explorer::app::url::MODEL_VERSION)),
        "{search}"
    );
    assert!(search.contains("brand=0.43"), "{search}");
    let decoded = chasm_explorer::app::url::decode(&search);
    assert_eq!(decoded.params.brand(), 0.43);
    assert!(decoded.notices.is_empty());
}

#[wasm_bindgen_test]
async fn a_panic_replaces_every_widget_with_a_readable_message_and_reload_button() {
    let first = mount_fresh().await;
    let second = mount_query("?embed=1").await;
    // What the hook does, without aborting the test runner; the message is hostile on purpose.
    mount::report_panic(
        mount::PanicScope::Page,
        "panicked at src/x.rs:1:1: <img src=x onerror=alert(1)>",
    );
    for root in [&first, &second] {
        let crash = find(root, "crash");
        assert_eq!(crash.get_attribute("role").as_deref(), Some("alert"));
        assert!(crash.text_content().unwrap().contains("hit a bug"));
        assert!(
            crash.text_content().unwrap().contains("<img src=x"),
            "the message is shown as text"
        );
        assert!(crash.query_selector("img").unwrap().is_none());
        assert_eq!(
            crash
                .query_selector("button")
                .unwrap()
                .unwrap()
                .text_content()
                .as_deref(),
            Some("Reload")
        );
        assert!(
            !exists(root, "adoption-chart") && !exists(root, "moat-chart"),
            "the dead widget is gone"
        );
    }
}

/// Type into a textarea the way a paste does: new value, then an `input` event.
async fn paste(root: &Element, testid: &str, value: &str) {
    let area: web_sys::HtmlTextAreaElement = find(root, testid).dyn_into().unwrap();
    area.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

/// Wait (in real time, the fit runs in slices) until an element appears.
async fn wait_for(root: &Element, testid: &str) -> Element {
    for _ in 0..200 {
        if exists(root, testid) {
            return find(root, testid);
        }
        gloo_timers::future::TimeoutFuture::new(25).await;
        yew::scheduler::flush().await;
    }
    panic!("{testid} never appeared");
}

/// The fitting tool (its own module on the page) mounted into a fresh element; what it carries
/// into the explorer lands in the returned cell.
async fn mount_fit_tool() -> (Element, Rc<RefCell<Option<Params>>>) {
    use chasm_explorer::components::fit_tool::{FitTool, FitToolProps};
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let carried = Rc::new(RefCell::new(None));
    let sink = carried.clone();
    let oncarry = yew::Callback::from(move |p: Params| *sink.borrow_mut() = Some(p));
    std::mem::forget(
        yew::Renderer::<FitTool>::with_root_and_props(host.clone(), FitToolProps { oncarry })
            .render(),
    );
    yew::scheduler::flush().await;
    (host, carried)
}

#[wasm_bindgen_test]
async fn pasted_data_is_fitted_placed_and_carried_into_the_explorer() {
    let (root, carried) = mount_fit_tool().await;
    let csv = chasm_explorer::app::standing::to_csv(&chasm_explorer::app::standing::synthetic(
        &Params::default(),
        96,
        200_000.0,
        0.05,
        42,
    ));
    paste(&root, "fit-csv", &csv).await;
    click(&root, "fit-run").await;
    let verdict = wait_for(&root, "fit-verdict").await.text_content().unwrap();
    assert!(verdict.contains("chasm"), "{verdict}");
    assert!(exists(&root, "fit-chart"));
    let r2: f64 = text(&root, "r2-bass").parse().unwrap();
    assert!((0.0..=1.0).contains(&r2));
    assert!(
        carried.borrow().is_none(),
        "nothing is carried before the reader asks"
    );
    click(&root, "fit-carry").await;
    let p = carried.borrow().expect("the fit was carried");
    // Data made with a chasm map back to settings that have one: a weak brand, a narrow
    // early market and a low rung, as in the opening scene the sample was made from.
    let scene = chasm_explorer::model::explore(&p);
    assert!(scene.chasm.is_some(), "{p:?}");
    assert!(p.innovator_share() <= 0.5 && p.brand() < 0.6, "{p:?}");
}

#[wasm_bindgen_test]
async fn the_explorer_paints_before_the_explainer_renders() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    std::mem::forget(mount::mount_with(host.clone(), "", false));
    yew::scheduler::flush().await;
    assert!(exists(&host, "adoption-chart") && exists(&host, "moat-chart"));
    assert!(
        host.query_selector(".explainer").unwrap().is_none(),
        "the long explainer waits for the first paint"
    );
    let mut shown = false;
    for _ in 0..200 {
        gloo_timers::future::TimeoutFuture::new(5).await;
        yew::scheduler::flush().await;
        if exists(&host, "lesson-9") {
            shown = true;
            break;
        }
    }
    assert!(shown, "then it follows");
}

#[wasm_bindgen_test]
async fn the_page_says_so_when_the_fitting_tool_cannot_load() {
    // The test runner serves no fit-tool.js, like a reader who went offline: a visible
    // message, the button back, and the rest of the page untouched.
    let root = mount_fresh().await;
    click(&root, "fit-open").await;
    let message = wait_for(&root, "fit-load-error")
        .await
        .text_content()
        .unwrap();
    assert!(message.contains("could not be loaded"), "{message}");
    assert!(exists(&root, "fit-open"), "the reader can try again");
    drag(&root, "brand", "0.9").await;
    assert_eq!(text(&root, "value-brand"), "90 %");
}

#[wasm_bindgen_test]
async fn malformed_data_gets_a_message_naming_line_and_column() {
    let (root, _) = mount_fit_tool().await;
    paste(
        &root,
        "fit-csv",
        "date,users\n2024-01-01,5\n2024-02-01,lots\n",
    )
    .await;
    click(&root, "fit-run").await;
    // The file is read by the fitting job (in its worker, or here where none can start).
    assert_eq!(
        wait_for(&root, "fit-error")
            .await
            .text_content()
            .unwrap_or_default(),
        "Line 3, column 2: “lots” is not a number"
    );
    paste(&root, "fit-csv", "1,5\n2,6\n").await;
    click(&root, "fit-run").await;
    let message = wait_text(&root, "fit-error", |t| t.contains("too few")).await;
    assert!(message.contains("too few"), "{message}");
    paste(
        &root,
        "fit-csv",
        "t,n\n1,0\n2,0\n3,0\n4,0\n5,0\n6,0\n7,0\n8,0\n",
    )
    .await;
    click(&root, "fit-run").await;
    let message = wait_text(&root, "fit-error", |t| t.contains("Every count is zero")).await;
    assert!(message.contains("Every count is zero"), "{message}");
}

/// Wait (up to 5 s) until the element exists and its text passes `done`; its last text.
async fn wait_text(root: &Element, testid: &str, done: impl Fn(&str) -> bool) -> String {
    let mut last = String::new();
    for _ in 0..200 {
        if exists(root, testid) {
            last = text(root, testid);
            if done(&last) {
                break;
            }
        }
        gloo_timers::future::TimeoutFuture::new(25).await;
        yew::scheduler::flush().await;
    }
    last
}

#[wasm_bindgen_test]
async fn the_explainer_settles_on_the_last_value_even_after_a_round_trip() {
    let root = mount_fresh().await;
    drag(&root, "brand", "0.3").await;
    drag(&root, "brand", "0.25").await; // back before the settle delay is over
    settle().await;
    settle().await;
    let sweep = find(&root, "lesson-2").text_content().unwrap();
    assert!(
        sweep.contains("with a brand of 25 %"),
        "the section shows the brand you left: {sweep}"
    );
}

#[derive(yew::Properties, PartialEq)]
struct ScenesProbeProps {
    state: chasm_explorer::app::state::AppState,
    seen: Rc<RefCell<Vec<Rc<chasm_explorer::model::diffusion::Trajectory>>>>,
}

/// Records the adoption run each render of `use_scenes` hands out.
#[yew::function_component(ScenesProbe)]
fn scenes_probe(props: &ScenesProbeProps) -> yew::Html {
    let (scene, _) = chasm_explorer::components::hooks::use_scenes(&props.state);
    props.seen.borrow_mut().push(scene.trajectory.clone());
    yew::Html::default()
}

#[wasm_bindgen_test]
async fn a_moat_only_change_reuses_the_adoption_run() {
    use chasm_explorer::app::state::AppState;
    use chasm_explorer::model::Field;
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let at = |f: Field, v: f64| AppState {
        params: Params::default().with(f, v).0,
        ..AppState::default()
    };
    let props = |state| ScenesProbeProps {
        state,
        seen: seen.clone(),
    };
    let mut handle =
        yew::Renderer::<ScenesProbe>::with_root_and_props(host.clone(), props(AppState::default()))
            .render();
    yew::scheduler::flush().await;
    handle.update(props(at(Field::SwitchingCost, 0.9)));
    yew::scheduler::flush().await;
    handle.update(props(at(Field::Brand, 0.9)));
    yew::scheduler::flush().await;
    let runs = seen.borrow();
    assert!(runs.len() >= 3, "{}", runs.len());
    let (first, moat_moved, brand_moved) = (&runs[0], &runs[runs.len() - 2], &runs[runs.len() - 1]);
    assert!(
        Rc::ptr_eq(first, moat_moved),
        "moving switching cost re-ran the diffusion model"
    );
    assert!(
        !Rc::ptr_eq(moat_moved, brand_moved),
        "moving brand must re-run it"
    );
    drop(runs);
    handle.destroy();
}

#[wasm_bindgen_test]
async fn every_registered_section_is_rendered_in_order_and_listed() {
    use chasm_explorer::view::sections::Section;
    let root = mount_fresh().await;
    let rendered: Vec<String> = {
        let list = root.query_selector_all(".explainer > section").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .map(|e| e.id())
            .collect()
    };
    let expected: Vec<String> = Section::ALL.iter().map(|s| s.anchor()).collect();
    assert_eq!(rendered, expected);
    let toc = root.query_selector_all(".toc a").unwrap();
    let hrefs: Vec<String> = (0..toc.length())
        .filter_map(|i| {
            toc.item(i)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("href")
        })
        .collect();
    let anchors: Vec<String> = expected.iter().map(|a| format!("#{a}")).collect();
    assert_eq!(hrefs, anchors);
}

#[wasm_bindgen_test]
async fn a_crash_in_the_fitting_tool_stays_in_the_tool() {
    let page = mount_fresh().await;
    let (tool, _) = mount_fit_tool().await;
    tool.class_list().add_1(mount::TOOL_ROOT_CLASS).unwrap();
    // What the tool module's hook does when it panics (it used to wipe every explorer too).
    mount::report_panic(mount::PanicScope::FitTool, "panicked at src/io/csv.rs:1:1");
    let crash = find(&tool, "crash");
    assert!(crash
        .text_content()
        .unwrap()
        .contains("fitting tool hit a bug"));
    assert!(!exists(&page, "crash"), "the explorer was replaced too");
    assert!(exists(&page, "adoption-chart") && exists(&page, "moat-chart"));
    drag(&page, "brand", "0.6").await;
    assert_eq!(
        text(&page, "value-brand"),
        "60 %",
        "the explorer still works"
    );
}

#[wasm_bindgen_test]
async fn pressing_fit_twice_lets_only_the_second_fit_finish() {
    let (root, _) = mount_fit_tool().await;
    let chasm = chasm_explorer::app::standing::to_csv(&chasm_explorer::app::standing::synthetic(
        &Params::default(),
        96,
        200_000.0,
        0.05,
        42,
    ));
    paste(&root, "fit-csv", &chasm).await;
    click(&root, "fit-run").await;
    // Before the first finishes, different data and Fit again: the result must be the second's.
    paste(
        &root,
        "fit-csv",
        "t,n\n1,10\n2,30\n3,80\n4,150\n5,200\n6,180\n7,120\n8,60\n9,30\n10,10\n",
    )
    .await;
    click(&root, "fit-run").await;
    let caption = wait_text(&root, "fit-caption", |t| !t.is_empty()).await;
    assert!(caption.starts_with("Fits to 10 points"), "{caption}");
    // Let any straggler of the first job run out; the result must not change.
    gloo_timers::future::TimeoutFuture::new(1500).await;
    yew::scheduler::flush().await;
    assert!(
        text(&root, "fit-caption").starts_with("Fits to 10 points"),
        "the first fit overwrote the second"
    );
}

/// The rendered height (CSS px) of the first `<text>` in the element with this test id.
fn text_height(root: &Element, testid: &str) -> f64 {
    find(root, testid)
        .query_selector("text")
        .unwrap()
        .expect("a chart with text")
        .get_bounding_client_rect()
        .height()
}

#[wasm_bindgen_test]
async fn chart_text_is_the_same_size_in_every_figure() {
    let root = mount_fresh().await;
    settle().await;
    settle().await; // charts measure their width after the first paint
    let explorer = text_height(&root, "adoption-chart");
    for testid in [
        "moat-chart",
        "ladder-curve",
        "skip-figure",
        "novelty-figure",
    ] {
        let h = text_height(&root, testid);
        assert!(
            (h - explorer).abs() <= 1.0,
            "{testid}: text {h} px high beside {explorer} px in the explorer"
        );
    }
    // One viewBox unit is one CSS pixel: the drawing is not scaled up or down.
    let svg = find(&root, "ladder-curve");
    let drawn = svg.get_bounding_client_rect().width();
    let view_box = svg.get_attribute("viewBox").unwrap();
    let declared: f64 = view_box.split(' ').nth(2).unwrap().parse().unwrap();
    assert!(
        (drawn - declared).abs() <= 1.0,
        "{drawn} px wide for a viewBox of {declared}"
    );
}

async fn pointer(el: &Element, kind: &str, x: f64, y: f64) {
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_client_x(x as i32);
    init.set_client_y(y as i32);
    init.set_buttons(1);
    init.set_pointer_id(1);
    el.dispatch_event(&web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

async fn key(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key(key);
    el.dispatch_event(
        &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
    )
    .unwrap();
    yew::scheduler::flush().await;
}

/// The percentage at the end of "Year 15: 1.2 % of the market a year".
fn guessed(chart: &Element) -> (String, f64) {
    let text = chart.get_attribute("aria-valuetext").unwrap_or_default();
    let (year, rest) = text.split_once(": ").unwrap_or(("", ""));
    let value = rest
        .split(" %")
        .next()
        .unwrap_or("")
        .trim()
        .parse()
        .unwrap_or(f64::NAN);
    (year.to_string(), value)
}

/// The prediction exercise (which the page loads from its extras module) mounted on its own.
async fn mount_prediction() -> Element {
    use chasm_explorer::components::prediction::{PredictionRoot, PredictionRootProps};
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    std::mem::forget(
        yew::Renderer::<PredictionRoot>::with_root_and_props(
            host.clone(),
            PredictionRootProps {
                params: Params::default(),
            },
        )
        .render(),
    );
    yew::scheduler::flush().await;
    settle().await;
    host
}

#[wasm_bindgen_test]
async fn the_reader_predicts_with_a_pointer_then_sees_the_model_beside_the_guess() {
    let root = mount_prediction().await;
    let chart = find(&root, "prediction-chart");
    assert!(
        !exists(&root, "prediction-model"),
        "the answer is hidden before the guess"
    );
    let rect = chart.get_bounding_client_rect();
    let vb: Vec<f64> = chart
        .get_attribute("viewBox")
        .unwrap()
        .split(' ')
        .map(|v| v.parse().unwrap())
        .collect();
    let scale = rect.width() / vb[2];
    // Frame::mini: plot from x = 40 to w - 10, y from 12 (top) to 158 (bottom); 0 to 30 years.
    let at = |year: f64, share_of_height: f64| {
        let x = 40.0 + year / 30.0 * (vb[2] - 50.0);
        let y = 158.0 - share_of_height * 146.0;
        (rect.left() + x * scale, rect.top() + y * scale)
    };
    let (x, y) = at(15.0, 0.02);
    pointer(&chart, "pointerdown", x, y).await;
    let (year, low) = guessed(&chart);
    assert_eq!(year, "Year 15");
    let (x, y) = at(15.0, 0.9);
    pointer(&chart, "pointermove", x, y).await;
    let (_, high) = guessed(&chart);
    assert!(high > low, "dragging up raised the guess: {low} -> {high}");
    click(&root, "prediction-reveal").await;
    assert!(exists(&root, "prediction-model"));
    let verdict = text(&root, "prediction-verdict");
    // The verdict's depth is the model's, as the explorer's readout writes it.
    let depth = chasm_explorer::view::format::percent(
        chasm_explorer::model::explore(&Params::default())
            .chasm
            .unwrap()
            .depth,
    );
    assert!(verdict.contains(&depth), "{verdict} / readout {depth}");
    assert!(
        verdict.starts_with("You expected new adoption to"),
        "{verdict}"
    );
}

#[wasm_bindgen_test]
async fn the_reader_predicts_with_the_keyboard() {
    let root = mount_prediction().await;
    let chart = find(&root, "prediction-chart");
    assert_eq!(chart.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(chart.get_attribute("role").as_deref(), Some("slider"));
    key(&chart, "End").await;
    let (year, before) = guessed(&chart);
    assert_eq!(year, "Year 30");
    key(&chart, "ArrowDown").await;
    key(&chart, "ArrowDown").await;
    let (_, after) = guessed(&chart);
    assert!(after < before, "{before} -> {after}");
    key(&chart, "ArrowLeft").await;
    assert_eq!(guessed(&chart).0, "Year 27.5");
    key(&chart, "Home").await;
    let (first, _) = guessed(&chart);
    assert_ne!(
        first, "Year 0",
        "the enthusiasts' part is shown, not guessed"
    );
}

#[wasm_bindgen_test]
async fn try_this_keeps_the_reader_where_they_are_and_shows_the_change_there() {
    let root = mount_fresh().await;
    settle().await;
    let window = web_sys::window().unwrap();
    let button = find(&root, "try-2");
    button.scroll_into_view();
    let before = window.scroll_y().unwrap();
    let strip_before = text(&root, "strip-chasm");
    click(&root, "try-2").await;
    settle().await;
    let after = window.scroll_y().unwrap();
    // It used to scroll back up to the explorer (thousands of pixels above).
    assert!(
        (after - before).abs() < 200.0,
        "scrolled from {before} to {after}"
    );
    let strip_after = text(&root, "strip-chasm");
    assert_ne!(
        strip_before, strip_after,
        "the sticky line shows the change"
    );
    assert_eq!(
        strip_after.trim_start_matches("chasm "),
        text(&root, "chasm-depth"),
        "the strip and the explorer's readout agree"
    );
}

/// Every number the page shows for a setting, checked against the model and against the other
/// places that show it: the readouts, the legend, the sticky line, the figure summaries and the
/// section sentences. For the opening scene and every scenario.
#[wasm_bindgen_test]
async fn every_number_on_the_page_agrees_with_the_model_and_with_each_other() {
    use chasm_explorer::app::presets::PRESETS;
    use chasm_explorer::model::{explore, groups::Group};
    use chasm_explorer::view::format::{duration, market_years, percent};
    use chasm_explorer::view::group_times::span;
    for preset in PRESETS {
        let root = mount_query(&format!("preset={}", preset.id)).await;
        settle().await;
        let scene = explore(&preset.params);
        let id = preset.id;
        // Rogers' groups: shares square with the innovator share; none is empty without a reason.
        for (i, _) in Group::ALL.iter().enumerate() {
            let share = text(&root, &format!("share-{i}"));
            assert_eq!(share, percent(scene.groups.shares[i]), "{id}: share {i}");
            assert_ne!(share, "0 %", "{id}: group {i} is empty");
            let when = text(&root, &format!("when-{i}"));
            assert_eq!(
                when,
                format!(", {}", span(&scene.groups, i)),
                "{id}: when {i}"
            );
            assert_eq!(
                text(&root, &format!("groups-when-{i}")),
                span(&scene.groups, i),
                "{id}: section 1, group {i}"
            );
        }
        let innovators_and_early = scene.groups.shares[0] + scene.groups.shares[1];
        assert!(
            (innovators_and_early - preset.params.innovator_share()).abs() < 1e-9,
            "{id}"
        );
        // The chasm: readout, sticky line, summary and section 2 say the same depth.
        let depth = scene.chasm.map(|c| percent(c.depth));
        assert_eq!(
            text(&root, "chasm-depth"),
            depth.clone().unwrap_or_else(|| "no chasm".into()),
            "{id}"
        );
        assert_eq!(
            text(&root, "strip-chasm"),
            depth
                .clone()
                .map_or("no chasm".into(), |d| format!("chasm {d}")),
            "{id}"
        );
        let summary = text(&root, "adoption-summary");
        if let Some(d) = &depth {
            assert!(summary.contains(d.as_str()), "{id}: {summary}");
            assert!(text(&root, "chasm-evidence").contains(d.as_str()), "{id}");
        }
        // Faster overall adoption is never called a stall.
        if scene.half_adoption_time.is_some() {
            assert!(!summary.contains("stall"), "{id}: {summary}");
        }
        // The half-life: one meaning (the lead itself at one half), said the same everywhere.
        match scene.half_life {
            Some(h) => {
                assert!(
                    (scene.moat.lead(h) - 0.5).abs() < 1e-6,
                    "{id}: lead at the half-life"
                );
                let said = duration(h);
                assert_eq!(text(&root, "half-life"), said, "{id}");
                assert!(text(&root, "strip-lead").contains(&said), "{id}");
                assert!(text(&root, "moat-summary").contains(&said), "{id}");
            }
            None => assert_eq!(text(&root, "half-life"), "it never halves", "{id}"),
        }
        // Value captured: the readout is the model's.
        assert_eq!(
            text(&root, "value-captured"),
            market_years(scene.value_captured),
            "{id}"
        );
        // Section 4 says nothing its figure does not show.
        assert!(!text(&root, "lesson-4").contains("weeks"), "{id}");
    }
}

#[wasm_bindgen_test]
async fn the_text_states_rogers_cuts_and_labels_its_sources() {
    let root = mount_fresh().await;
    settle().await;
    let s1 = text(&root, "lesson-1");
    assert!(s1.contains("two and one standard deviations"), "{s1}");
    assert!(!s1.contains("either side"));
    for n in [6, 7, 8] {
        let s = text(&root, &format!("lesson-{n}"));
        assert!(
            s.contains("[illustrative]") || s.contains("[assumption]"),
            "section {n} labels its figure"
        );
    }
    let s7 = text(&root, "lesson-7");
    assert!(
        s7.contains("Friend.tech") && s7.contains("2023"),
        "Friend.tech is dated"
    );
    assert!(s7.contains("tenfold a year") && s7.contains("[assumption]"));
    let page = root.text_content().unwrap();
    assert!(!page.contains("Nothing here is fitted"));
    // "How the model works" says what the opening scene matches in the evidence and what not.
    let document = web_sys::window().unwrap().document().unwrap();
    let how = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&how).unwrap();
    mount::mount_how_it_works(how.clone());
    yew::scheduler::flush().await;
    let note = text(&how, "calibration-note");
    let depth = chasm_explorer::view::format::percent(
        chasm_explorer::model::explore(&Params::default())
            .chasm
            .unwrap()
            .depth,
    );
    assert!(
        note.contains(&depth) && note.contains("does not match"),
        "{note}"
    );
}

#[wasm_bindgen_test]
async fn evolving_and_skipping_draw_different_curves_and_say_so() {
    use chasm_explorer::app::lessons::EVOLVE_PACE;
    use chasm_explorer::model::{explore, Field};
    use chasm_explorer::view::format::year;
    let root = mount_fresh().await;
    settle().await;
    let figure = find(&root, "skip-figure");
    let paths = figure.query_selector_all("path").unwrap();
    let d = |i| {
        paths
            .item(i)
            .unwrap()
            .dyn_into::<Element>()
            .unwrap()
            .get_attribute("d")
            .unwrap()
    };
    assert_eq!(paths.length(), 2);
    assert_ne!(d(0), d(1), "evolve and skip are different curves");
    // The sentence beside the figure is the model's, for both paths.
    let p = Params::default();
    let evolve = explore(
        &p.with(Field::Abstraction, 0.0)
            .0
            .with(Field::ClimbPace, EVOLVE_PACE)
            .0,
    );
    let skip = explore(&p.with(Field::Abstraction, 5.0).0);
    let said = text(&root, "skip-summary");
    assert!(
        said.contains(&year(evolve.half_adoption_time.unwrap())),
        "{said}"
    );
    assert!(
        said.contains(&year(skip.half_adoption_time.unwrap())),
        "{said}"
    );
    assert!(
        skip.half_adoption_time < evolve.half_adoption_time,
        "skipping reaches half the market sooner"
    );
    // Section 3 follows one product: its summary names the rungs it gains and when.
    let s3 = text(&root, "ladder-summary");
    assert!(s3.contains("it gains"), "{s3}");
}

/// The accessible name a landmark gets from `aria-label`, or "" when it has none.
fn label(el: &Element) -> String {
    el.get_attribute("aria-label").unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_page_has_one_main_with_named_regions_and_the_widget_is_its_own_main() {
    let page = mount_fresh().await;
    let mains = page.query_selector_all("main").unwrap();
    assert_eq!(mains.length(), 1, "one <main> on the page");
    let main: Element = mains.item(0).unwrap().dyn_into().unwrap();
    // The banner: named, and outside <main>.
    let header = page.query_selector("header").unwrap().expect("a header");
    assert!(!label(&header).is_empty() && header.closest("main").unwrap().is_none());
    // The explorer and the explainer: named regions inside <main>.
    for selector in ["section.explorer", "section.explainer"] {
        let region = main
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("{selector} inside <main>"));
        assert!(!label(&region).is_empty(), "{selector} has a name");
    }
    assert!(main
        .query_selector("[data-testid=slider-brand]")
        .unwrap()
        .is_some());
    // The widget is the whole of its frame's page: its root is the one <main>.
    let widget = mount_query("embed=1").await;
    let mains = widget.query_selector_all("main").unwrap();
    assert_eq!(mains.length(), 1);
    assert!(exists(&widget, "embed") && find(&widget, "embed").tag_name() == "MAIN");
}

/// Wait past the page's settle delay (a settled state is an undo step).
async fn settle_undo() {
    gloo_timers::future::TimeoutFuture::new(400).await;
    yew::scheduler::flush().await;
}

async fn undo_keys(shift: bool) {
    let body = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap();
    press_with(&body, "z", shift, true).await;
}

#[wasm_bindgen_test]
async fn undo_and_redo_restore_the_exact_settled_states_by_button_and_keyboard() {
    let page = mount_fresh().await;
    let snapshot = |page: &Element| {
        (
            text(page, "value-brand"),
            text(page, "value-innovators"),
            text(page, "chasm-depth"),
            exists(page, "clear-pin"),
        )
    };
    let start = snapshot(&page);
    assert!(
        find(&page, "undo").has_attribute("disabled"),
        "nothing to undo yet"
    );
    drag(&page, "brand", "0.6").await;
    settle_undo().await;
    let branded = snapshot(&page);
    click(&page, "pin").await;
    settle_undo().await;
    drag(&page, "innovators", "0.05").await;
    settle_undo().await;
    let last = snapshot(&page);
    assert!(
        last.3 && last != branded && branded != start,
        "{start:?} {branded:?} {last:?}"
    );
    // Undo: the pinned run and the innovator share go, brand stays.
    click(&page, "undo").await;
    settle_undo().await;
    let once = snapshot(&page);
    assert_eq!(once.0, branded.0);
    assert_eq!(once.1, branded.1);
    assert!(
        once.3,
        "the pin was settled with the brand change: {once:?}"
    );
    click(&page, "undo").await;
    settle_undo().await;
    assert_eq!(snapshot(&page).0, branded.0);
    assert!(!snapshot(&page).3, "pin undone");
    click(&page, "undo").await;
    settle_undo().await;
    assert_eq!(snapshot(&page), start);
    assert!(find(&page, "undo").has_attribute("disabled"));
    // Redo by keyboard, all the way, then undo once by keyboard.
    for _ in 0..3 {
        undo_keys(true).await;
        settle_undo().await;
    }
    assert_eq!(snapshot(&page), last);
    assert!(find(&page, "redo").has_attribute("disabled"));
    undo_keys(false).await;
    settle_undo().await;
    assert_eq!(snapshot(&page).1, branded.1);
    // A new change after an undo drops the redo side.
    drag(&page, "brand", "0.9").await;
    settle_undo().await;
    assert!(find(&page, "redo").has_attribute("disabled"));
}

/// Press `key` on `el` as the keyboard does (a keydown that bubbles and can be cancelled).
async fn press(el: &Element, key: &str, shift: bool) {
    press_with(el, key, shift, false).await;
}

/// The same, with Ctrl held if `ctrl`; whether the page took the key (prevented its default).
async fn press_with(el: &Element, key: &str, shift: bool, ctrl: bool) -> bool {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_ctrl_key(ctrl);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    event.default_prevented()
}

#[wasm_bindgen_test]
async fn the_chart_cursor_reads_the_model_by_keyboard_and_jumps_to_the_landmarks() {
    use chasm_explorer::view::format::percent;
    let root = mount_query("?preset=mlops").await;
    let scene = chasm_explorer::model::explore(
        &chasm_explorer::app::presets::by_id("mlops").unwrap().params,
    );
    let tr = &scene.trajectory;
    let chart = find(&root, "adoption-explore");
    assert_eq!(
        chart.get_attribute("tabindex").as_deref(),
        Some("0"),
        "the chart takes focus"
    );
    assert_eq!(
        text(&root, "adoption-cursor"),
        "",
        "no cursor until a key is pressed"
    );
    for _ in 0..4 {
        press(&chart, "ArrowRight", false).await; // years 0, 1, 2, 3
    }
    // The solver samples every 0.05 years: year 3 is sample 60, read directly here.
    let said = text(&root, "adoption-cursor");
    assert!(said.starts_with("Year 3.0: "), "{said}");
    assert!(
        said.contains(&format!(
            "{} of the market adopting per year",
            percent(tr.rate[60])
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "early market {}, main market {}",
            percent(tr.early_rate[60]),
            percent(tr.main_rate[60])
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!("{} adopted so far", percent(tr.cumulative[60]))),
        "{said}"
    );
    assert_eq!(attr(&root, "crosshair", "data-t"), "3.000");
    assert_eq!(
        text(&root, "adoption-cursor-said"),
        said,
        "a key press is spoken (polite)"
    );
    press(&chart, "ArrowRight", true).await;
    assert!(
        text(&root, "adoption-cursor").starts_with("Year 5.0: "),
        "Shift moves five years"
    );
    // Shortcuts with Ctrl (print, copy, undo) are left to the browser and the page.
    assert!(
        !press_with(&chart, "p", false, true).await,
        "Ctrl+P is not taken"
    );
    assert!(
        text(&root, "adoption-cursor").starts_with("Year 5.0: "),
        "and does not move the cursor"
    );
    assert!(
        press_with(&chart, "ArrowLeft", false, false).await,
        "a plain arrow is taken (no scrolling)"
    );
    // A slider moving under the placed cursor changes the reading, but says nothing new.
    let (spoken, shown) = (
        text(&root, "adoption-cursor-said"),
        text(&root, "adoption-cursor"),
    );
    drag(&root, "brand", "0.6").await;
    assert_ne!(
        text(&root, "adoption-cursor"),
        shown,
        "the reading follows the model"
    );
    assert_eq!(
        text(&root, "adoption-cursor-said"),
        spoken,
        "the live region waits for a key"
    );
    drag(&root, "brand", "0.1").await;
    press(&chart, "End", false).await;
    assert!(text(&root, "adoption-cursor").starts_with("Year 30.0: "));
    // The landmarks land on what the readouts show.
    press(&chart, "p", false).await;
    let peak = text(&root, "adoption-cursor");
    let readout = text(&root, "chasm-start"); // "year 2.6 (8.0 % adopted)"
    let (when, share) = readout.split_once(" (").unwrap();
    assert!(
        peak.starts_with(&format!("First peak. Y{}: ", &when[1..])),
        "{peak} vs {readout}"
    );
    assert!(
        peak.contains(&format!(
            "{} adopted so far",
            share.trim_end_matches(" adopted)")
        )),
        "{peak} vs {readout}"
    );
    press(&chart, "T", false).await;
    let trough = text(&root, "adoption-cursor");
    let c = scene.chasm.unwrap();
    assert!(
        trough.starts_with("Trough. ") && trough.contains(&percent(c.trough_rate)),
        "{trough}"
    );
    press(&chart, "h", false).await;
    let half = text(&root, "adoption-cursor");
    assert!(
        half.starts_with(&format!(
            "Half adopted. Y{}: ",
            &text(&root, "half-adoption")[1..]
        )),
        "{half}"
    );
    press(&chart, "r", false).await;
    assert_eq!(
        text(&root, "adoption-cursor"),
        "No recovery on this chart at these settings.",
        "this scenario never climbs back"
    );
    press(&chart, "Escape", false).await;
    assert_eq!(text(&root, "adoption-cursor"), "");
    assert!(!exists(&root, "crosshair"));
    // The moat chart: the half-life key lands on the half-life marker.
    let moat = find(&root, "moat-explore");
    press(&moat, "l", false).await;
    let years: f64 = attr(&root, "half-life-marker", "data-years")
        .parse()
        .unwrap();
    let at: f64 = attr(&root, "crosshair", "data-t").parse().unwrap();
    assert!((years - at).abs() < 1e-3, "{years} vs {at}");
    assert!(text(&root, "moat-cursor").starts_with("Half-life. "));
    // The help names the keys, and the chart is described by it.
    let help = chart.get_attribute("aria-describedby").unwrap();
    let help = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .get_element_by_id(&help)
        .unwrap();
    assert!(help
        .text_content()
        .unwrap()
        .contains("P first peak, T trough, R recovery, H half adopted"));
}

#[wasm_bindgen_test]
async fn the_figure_table_holds_the_models_numbers() {
    use chasm_explorer::view::figure_data;
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_id("table-test");
    document.body().unwrap().append_child(&host).unwrap();
    let params = chasm_explorer::app::presets::by_id("tarpit")
        .unwrap()
        .params;
    let scene = chasm_explorer::model::explore(&params);
    let csv =
        figure_data::adoption(&scene, None).to_csv(&params, "https://example.org/?preset=tarpit");
    mount::show_figure_panel(host.clone(), &csv, "chasm-explorer-adoption-tarpit", true);
    yew::scheduler::flush().await;
    let rows = host
        .query_selector_all("[data-testid=figure-table] tbody tr")
        .unwrap();
    assert_eq!(rows.length(), 31, "a row per year, 0 to 30");
    let tr = &scene.trajectory;
    for year in 0..31u32 {
        let row: Element = rows.item(year).unwrap().dyn_into().unwrap();
        let cells: Vec<f64> = (0..5)
            .map(|i| {
                row.children()
                    .item(i)
                    .unwrap()
                    .text_content()
                    .unwrap()
                    .parse()
                    .unwrap()
            })
            .collect();
        let i = year as usize * 20;
        assert_eq!(cells[0], year as f64);
        for (col, series) in [
            (1, &tr.rate),
            (2, &tr.early_rate),
            (3, &tr.main_rate),
            (4, &tr.cumulative),
        ] {
            assert!(
                (cells[col] - series[i] * 100.0).abs() <= 0.0005 + 1e-9,
                "year {year} column {col}: {} vs {}",
                cells[col],
                series[i] * 100.0
            );
        }
    }
    let heads = host
        .query_selector_all("[data-testid=figure-table] thead th")
        .unwrap();
    assert_eq!(
        heads.item(1).unwrap().text_content().unwrap(),
        "adopting per year (% of market)",
        "units in the headings"
    );
    // The description's first level is the chart's summary; one branch per series.
    let description = find(&host, "figure-description");
    assert!(description
        .text_content()
        .unwrap()
        .contains(&chasm_explorer::view::summary::adoption(&scene)));
    assert_eq!(
        description.query_selector_all("details").unwrap().length(),
        4
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn listening_to_a_chasm_falls_then_rises_in_pitch() {
    use chasm_explorer::browser::sound::{schedule, HIGH_HZ, LOW_HZ, SECONDS};
    use chasm_explorer::view::figure_data;
    let live = chasm_explorer::model::explore(
        &chasm_explorer::app::presets::by_id("mlops").unwrap().params,
    );
    let pinned = chasm_explorer::model::explore(
        &chasm_explorer::app::presets::by_id("chatgpt")
            .unwrap()
            .params,
    );
    let data = figure_data::adoption(&live, Some(&pinned));
    let column = |i: usize| {
        data.series(i)
            .into_iter()
            .map(|p| p.1)
            .collect::<Vec<f64>>()
    };
    let (rates, ghost) = (column(1), column(5));
    let sample_rate = 22050.0;
    let ctx = web_sys::OfflineAudioContext::new_with_number_of_channels_and_length_and_sample_rate(
        2,
        (sample_rate * (SECONDS + 0.3)) as u32,
        sample_rate as f32,
    )
    .unwrap();
    schedule(&ctx, &rates, &ghost);
    let rendered = wasm_bindgen_futures::JsFuture::from(ctx.start_rendering().unwrap())
        .await
        .unwrap();
    let buffer: web_sys::AudioBuffer = rendered.dyn_into().unwrap();
    // The pitch `years` into the curve: zero crossings in a tenth of a second around it.
    let pitch = |channel: i32, years: f64| {
        let samples = buffer.get_channel_data(channel as u32).unwrap();
        let at = 0.05 + years / 30.0 * SECONDS;
        let (a, b) = (
            ((at - 0.05) * sample_rate) as usize,
            ((at + 0.05) * sample_rate) as usize,
        );
        let crossings = samples[a..b]
            .windows(2)
            .filter(|w| (w[0] < 0.0) != (w[1] < 0.0))
            .count();
        crossings as f64 / 2.0 / 0.1
    };
    let top = rates.iter().chain(&ghost).copied().fold(0.0, f64::max);
    let expected = |v: f64| LOW_HZ * (HIGH_HZ / LOW_HZ).powf(v / top);
    let c = live.chasm.unwrap();
    let (peak, trough) = (c.peak_time.round(), c.trough_time.round());
    // The second hump: the highest rate after the trough.
    let later = (trough as usize..=30)
        .max_by(|&a, &b| rates[a].total_cmp(&rates[b]))
        .unwrap() as f64;
    let (hp, ht, hl) = (pitch(0, peak), pitch(0, trough), pitch(0, later));
    for (year, heard) in [(peak, hp), (trough, ht), (later, hl)] {
        let want = expected(rates[year as usize]);
        assert!(
            (heard - want).abs() < want * 0.06 + 10.0,
            "year {year}: heard {heard} Hz, expected {want} Hz"
        );
    }
    // At least two semitones down into the chasm and back up (the pinned ChatGPT run's higher
    // peak sets the top of the shared scale, so the MLOps curve spans only part of it).
    let tone = 2f64.powf(2.0 / 12.0);
    assert!(
        hp > ht * tone && hl > ht * tone,
        "the pitch falls into the chasm and rises out of it: {hp} -> {ht} -> {hl} Hz"
    );
    // The pinned run plays in the other ear.
    let right = pitch(1, trough);
    let want = expected(ghost[trough as usize]);
    assert!(
        (right - want).abs() < want * 0.06 + 10.0,
        "right ear: heard {right} Hz, expected {want} Hz"
    );
}

/// The next animation frame: resolves from a frame callback, so what runs here runs inside
/// that frame, after the callbacks registered before it.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// An adoption chart mounted alone in a 500 px wide box; its viewBox.
async fn chart_in_500px_box() -> (Element, impl Fn() -> String) {
    use chasm_explorer::components::adoption_chart::{AdoptionChart, ChartProps};
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("style", "width:500px").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let props = ChartProps {
        scene: Rc::new(chasm_explorer::model::explore(&Params::default())),
        ghost: None,
        id_prefix: "sized".into(),
    };
    std::mem::forget(
        yew::Renderer::<AdoptionChart>::with_root_and_props(host.clone(), props).render(),
    );
    yew::scheduler::flush().await;
    let svg = host.query_selector("svg.chart").unwrap().unwrap();
    (host, move || {
        svg.get_attribute("viewBox").unwrap_or_default()
    })
}

/// Plays a page that hydrates its prerendered markup while alive, whatever the test's outcome.
struct Hydrating;

impl Hydrating {
    fn start() -> Hydrating {
        chasm_explorer::browser::prerendered::set_hydrated(true);
        Hydrating
    }
}

impl Drop for Hydrating {
    fn drop(&mut self) {
        chasm_explorer::browser::prerendered::set_hydrated(false);
    }
}

#[wasm_bindgen_test]
async fn a_hydrated_pages_chart_is_redrawn_at_its_size_after_the_frame_not_in_it() {
    // The widget, or anything drawn fresh: drawn at its measured width before its first paint.
    let (fresh, view_box) = chart_in_500px_box().await;
    next_frame().await;
    yew::scheduler::flush().await;
    assert_eq!(
        view_box(),
        "0 0 500.0 300.0",
        "measured within the first frame"
    );
    fresh.remove();
    // A hydrated page keeps the build-time frame through that frame (the page's longest task
    // was that frame redrawing both charts) and redraws in the task its frame queued.
    let hydrating = Hydrating::start();
    let (built, view_box) = chart_in_500px_box().await;
    assert_eq!(
        view_box(),
        "0 0 640.0 300.0",
        "hydration finds the build-time frame"
    );
    next_frame().await;
    yew::scheduler::flush().await;
    assert_eq!(
        view_box(),
        "0 0 640.0 300.0",
        "not redrawn inside the frame"
    );
    // The chart's task was queued in that frame, before this one.
    gloo_timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
    assert_eq!(
        view_box(),
        "0 0 500.0 300.0",
        "redrawn at its width right after"
    );
    drop(hydrating);
    built.remove();
}
