//! How the model works: the equations (MathML, which browsers render natively: no JS maths
//! library), the slider -> parameter table, what the opening scene matches in the evidence, what
//! is literature and what is this app's own synthesis, and the sources. This body lives in the
//! on-demand module (few readers open it; `how_it_works_section` is what the page carries).

use crate::components::prose::prose;
use crate::view::mapping_table;
use yew::prelude::*;

fn mi(s: &'static str) -> Html {
    html! { <mi>{ s }</mi> }
}
fn mo(s: &'static str) -> Html {
    html! { <mo>{ s }</mo> }
}
fn mn(s: &'static str) -> Html {
    html! { <mn>{ s }</mn> }
}
fn sub(base: &'static str, index: &'static str) -> Html {
    html! { <msub><mi>{ base }</mi><mi>{ index }</mi></msub> }
}
fn deriv(var: &'static str) -> Html {
    html! { <mfrac><mrow><mi>{ "d" }</mi><mi>{ var }</mi></mrow><mrow><mi>{ "d" }</mi><mi>{ "t" }</mi></mrow></mfrac> }
}
/// One displayed equation with its plain-text reading for assistive technology.
fn equation(label: &'static str, parts: Vec<Html>) -> Html {
    html! { <math display="block" aria-label={label}><mrow>{ for parts }</mrow></math> }
}

const MOAT: &str = "Your lead is whole until copycats ship, after the copy lag τ. Then the part that can \
erode decays. Users differ in loyalty, so the decay rate is itself spread out (a gamma mixture), which \
gives a Lindy-like long tail with shape α; a floor L∞ never erodes. The **half-life** is the time until \
the lead itself is at one half: τ + (α/κ)(r^(−1/α) − 1) with r = (1/2 − L∞)/(1 − L∞); none if L∞ is 1/2 \
or more. **Value captured** adds up users × lead × a price falling at the price-decline rate over 10 \
years, in years of the whole market at the launch price. The moat and value models and every constant \
in them are this page's illustration of the essays, not measurements [illustrative].";

#[function_component(HowItWorks)]
pub fn how_it_works() -> Html {
    // What the opening scene matches in the evidence, and what it does not, from the live model.
    let opening = crate::model::explore(&crate::model::Params::default());
    let calibration = match opening.chasm {
        Some(c) => format!(
            "The constants are calibrated, not measured. The opening scene's dip is {} deep, close to the average \
             fall of about 29 % that Chandrasekaran & Tellis (2011) report. Its timing does not match theirs: they \
             find saddles starting about 9 years after takeoff, at about 30 % penetration, and lasting about 8 \
             years; the opening scene peaks in {}, with {} adopted, and regains its peak {} [illustrative]. Both \
             strategies from the essays, evolving and skipping, remove the dip.",
            crate::view::format::percent(c.depth),
            crate::view::format::year(c.peak_time),
            crate::view::format::percent(c.peak_cumulative),
            c.recovery_time.map_or("not within the horizon".to_string(), |r| format!("{} later", crate::view::format::duration(r - c.peak_time)))
        ),
        None => "The constants are calibrated, not measured.".to_string(),
    };
    let early = equation(
        "dE/dt = (p_e + q_e E)(1 − E)",
        vec![
            deriv("E"),
            mo("="),
            mo("("),
            sub("p", "e"),
            mo("+"),
            sub("q", "e"),
            mi("E"),
            mo(")"),
            mo("("),
            mn("1"),
            mo("−"),
            mi("E"),
            mo(")"),
        ],
    );
    let main = equation(
        "dM/dt = (p_m + q_m M + c E)(1 − M)",
        vec![
            deriv("M"),
            mo("="),
            mo("("),
            sub("p", "m"),
            mo("+"),
            sub("q", "m"),
            mi("M"),
            mo("+"),
            mi("c"),
            mi("E"),
            mo(")"),
            mo("("),
            mn("1"),
            mo("−"),
            mi("M"),
            mo(")"),
        ],
    );
    let total = equation(
        "F = θ E + (1 − θ) M",
        vec![
            mi("F"),
            mo("="),
            mi("θ"),
            mi("E"),
            mo("+"),
            mo("("),
            mn("1"),
            mo("−"),
            mi("θ"),
            mo(")"),
            mi("M"),
        ],
    );
    let lead = equation(
        "L(t) = L∞ + (1 − L∞)(1 + κ(t − τ)/α)^(−α) after the copy lag τ",
        vec![
            mi("L"),
            mo("("),
            mi("t"),
            mo(")"),
            mo("="),
            sub("L", "∞"),
            mo("+"),
            mo("("),
            mn("1"),
            mo("−"),
            sub("L", "∞"),
            mo(")"),
            html! { <msup><mrow><mo>{ "(" }</mo><mn>{ "1" }</mn><mo>{ "+" }</mo>
            <mfrac><mrow><mi>{ "κ" }</mi><mo>{ "(" }</mo><mi>{ "t" }</mi><mo>{ "−" }</mo><mi>{ "τ" }</mi><mo>{ ")" }</mo></mrow><mi>{ "α" }</mi></mfrac>
            <mo>{ ")" }</mo></mrow><mrow><mo>{ "−" }</mo><mi>{ "α" }</mi></mrow></msup> },
        ],
    );
    html! {
        <div class="how-body" data-testid="how-it-works-body">
            <h3>{ "Adoption: two markets" }</h3>
            <p>{ "Time is in years. Potential adopters are split into an early market (innovators and early adopters, a \
                share θ of everyone) and a main market (everyone else). E and M are the shares of each that have \
                adopted. Each market follows the Bass diffusion law: people adopt on their own (p) or because others \
                in their market have (q). The main market also listens to the early market, with strength c." }</p>
            { early }{ main }{ total }
            { prose(&format!("The adoption rate is the slope of F. When the early market fills up before the main market \
    gets going, the rate rises, falls and rises again: the chasm. With the same p and q in both markets and c = 0, \
    F is exactly Bass's closed-form curve, which the tests use to check the numerical solver (fourth-order \
Runge–Kutta, {} steps over {}).

**Rungs:** the main market's p and q come from the rung in use: the launch rung, plus one for every \
    1/pace years when the product evolves, up to the top [assumption]. **Brand:** c grows with brand to the \
    power 1.5, times the usability of the rung in use, so on the bottom rung even full brand cannot close \
    the chasm [assumption]. **Groups:** cut where the share of everyone who has adopted reaches θ × 2.5/16, \
    θ, θ + (1 − θ) × 34/84 and θ + (1 − θ) × 68/84; at θ = 16 % that is 2.5, 16, 50 and 84 % [assumption]. \
    Rogers' own cuts use standard deviations of adoption time [Rogers 2003].", crate::model::scene::STEPS, crate::view::format::adoption_horizon())) }
            <h3>{ "Moat: how a lead erodes" }</h3>
            { prose(MOAT) }
            { lead }
            <h3>{ "From sliders to parameters" }</h3>
            <table class="mapping" data-testid="mapping-table">
                <thead><tr><th scope="col">{ "Control" }</th><th scope="col">{ "Parameter" }</th><th scope="col">{ "Rule" }</th></tr></thead>
                <tbody>
                    { for mapping_table::rows().into_iter().map(|row| html! {
                        <tr><td>{ row.control }</td><td>{ row.parameter }</td><td>{ row.rule }</td></tr>
                    }) }
                </tbody>
            </table>
            <p data-testid="calibration-note">{ calibration }</p>
            <h3>{ "What comes from the literature, and what is this app's own" }</h3>
            <ul>
                <li><strong>{ "Literature: " }</strong>{ "the Bass model and its typical coefficients; the two-market model \
                    with weak influence from the early market on the main market; Rogers' adopter groups; the size and \
                    length of real saddles in sales." }</li>
                <li><strong>{ "This app's synthesis: " }</strong>{ "the mapping from abstraction and brand to the model's \
                    parameters; the whole moat model; the novelty model; the playbooks and advice as moves on the sliders. \
                    They put the essays' arguments into numbers so you can see their shape, not forecast a real product." }</li>
            </ul>
            <h3>{ "Sources" }</h3>
            <ul class="sources">
                <li>{ "Bass, F. M. (1969). A new product growth model for consumer durables. Management Science 15(5)." }</li>
                <li>{ "Rogers, E. M. Diffusion of Innovations (5th ed., 2003). Free Press." }</li>
                <li>{ "Moore, G. A. Crossing the Chasm (1991; 3rd ed. 2014). HarperBusiness." }</li>
                <li>{ "Goldenberg, J., Libai, B. & Muller, E. (2002). Riding the saddle. Journal of Marketing 66(2)." }</li>
                <li>{ "Van den Bulte, C. & Joshi, Y. V. (2007). New product diffusion with influentials and imitators. Marketing Science 26(3)." }</li>
                <li>{ "Chandrasekaran, D. & Tellis, G. J. (2011). Getting a grip on the saddle. Journal of Marketing 75(4)." }</li>
                <li>{ "Muller, E. & Yogev, G. (2006). When does the majority become a majority? Technological Forecasting and Social Change 73(9)." }</li>
                <li>{ "Sultan, F., Farley, J. U. & Lehmann, D. R. (1990). A meta-analysis of applications of diffusion models. Journal of Marketing Research 27(1)." }</li>
                <li>{ "Kim, Y.-S., Reinecke, K. & Hullman, J. (2017). Explaining the gap: visualizing one's predictions improves recall and comprehension of data. CHI 2017." }</li>
                <li>{ "The essays this explainer follows: “Crossing the AI Chasm”; “A house divided: Lessons amid OpenAI's chaos”; “Open Source AI Business Models & Brand \
                    Moats”; and an essay arguing that AI infrastructure startups are a tarpit idea." }</li>
            </ul>
        </div>
    }
}

const LEFT_OUT: &str = "- **Competition between products:** there is one product; rivals appear only as an eroding lead.
- **Price and adoption:** a falling price does not speed adoption; there is no price elasticity.
- **Network effects beyond word of mouth:** a product does not become more useful as more people use it.
- **Churn and repeat purchase:** adopters stay for good, except in the novelty section.
- **One market per product:** no segments, countries or a market that grows as the product improves.
- **Costs:** value captured is revenue-like; compute, consultants and sales are not subtracted.
- **Illustrative constants:** the moat, value and novelty numbers are chosen, not measured.";

/// What the page itself carries for this section: its heading, what the model leaves out, and
/// a button that loads the rest (the body above) from the on-demand module.
#[function_component(HowItWorksSection)]
pub fn how_it_works_section() -> Html {
    let slot = use_node_ref();
    let state = use_state(|| None::<Result<(), String>>);
    let onopen = {
        let (slot, state) = (slot.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(el) = slot.cast::<web_sys::Element>() else {
                return;
            };
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(Some(crate::browser::lazy::open_how_it_works(&el).await));
            });
        })
    };
    let open = matches!(*state, Some(Ok(())));
    html! {
        <section class="lesson how" id="how-it-works" aria-labelledby="how-it-works-h" data-testid="how-it-works">
            <h2 id="how-it-works-h">{ "How the model works" }</h2>
            <aside class="left-out" data-testid="left-out">
                <h3>{ "What this model leaves out" }</h3>
                { prose(LEFT_OUT) }
            </aside>
            if !open {
                <p><button type="button" onclick={onopen} data-testid="how-open">{ "Show the equations, the parameter table, the evidence and the sources" }</button></p>
            }
            if let Some(Err(e)) = &*state {
                <p class="notice" role="alert">{ format!("That part could not be loaded ({e}). Are you offline?") }</p>
            }
            <div ref={slot}></div>
        </section>
    }
}
