//! How the model works: the equations (MathML, which browsers render natively: no JS maths
//! library), the slider -> parameter table, what is literature and what is this app's own
//! synthesis, the sources, and the model's limits.

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

#[function_component(HowItWorks)]
pub fn how_it_works() -> Html {
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
        <section class="lesson how" id="how-it-works" aria-labelledby="how-it-works-h" data-testid="how-it-works">
            <h2 id="how-it-works-h">{ "How the model works" }</h2>
            <h3>{ "Adoption: two markets" }</h3>
            <p>{ "Time is in years. Potential adopters are split into an early market (innovators and early adopters, a \
                share θ of everyone) and a main market (everyone else). E and M are the shares of each that have \
                adopted. Each market follows the Bass diffusion law: people adopt on their own (p) or because others \
                in their market have (q). The main market also listens to the early market, with strength c." }</p>
            { early }{ main }{ total }
            <p>{ "The adoption rate is the slope of F. When the early market fills up before the main market gets going, \
                the rate rises, falls and rises again: the chasm. With the same p and q in both markets and c = 0, F is \
                exactly Bass's closed-form curve, which the tests use to check the numerical solver (fourth-order \
                Runge–Kutta, 600 steps over 30 years). Rogers' groups are cut at the mean minus two and one standard \
                deviations, the mean, and the mean plus one standard deviation of the model's own adoption times." }</p>
            <h3>{ "Moat: how a lead erodes" }</h3>
            <p>{ "Your lead is whole until copycats ship, after the copy lag τ. Then the part that can erode decays. Users \
                differ in loyalty, so the decay rate is itself spread out (a gamma mixture), which gives a Lindy-like \
                long tail with shape α; a floor L∞ never erodes. The half-life is τ + (α/κ)(2^(1/α) − 1)." }</p>
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
            <p>{ "The constants are calibrated, not measured: the opening scene reproduces a chasm like the empirical one \
                (a fall of about 28 % that lasts four to five years), and both strategies from the essays, more abstraction \
                and a more trusted brand, can remove it." }</p>
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
                <li>{ "The essays this explainer follows: “Crossing the AI Chasm”; “A house divided: Lessons amid OpenAI's chaos”; “Open Source AI Business Models & Brand \
                    Moats”; and an essay arguing that AI infrastructure startups are a tarpit idea." }</li>
            </ul>
            <h3>{ "Limits" }</h3>
            <ul>
                <li>{ "Two markets are a caricature of five groups; real markets have more segments and networks." }</li>
                <li>{ "Market size is fixed; in reality it grows as the product improves, and prices, competitors and \
                    marketing change over time." }</li>
                <li>{ "Nothing here is fitted to a real product's data: the curves show the shape of an argument." }</li>
                <li>{ "The moat treats the lead as one number; real leads differ by customer segment and feature." }</li>
            </ul>
        </section>
    }
}
