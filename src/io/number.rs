//! Writing and reading decimal numbers with integer arithmetic. Everything the page writes
//! (text, SVG attributes, links) and reads (links, slider values) goes through here instead of
//! `format!("{:.1}")`, `f64::to_string` and `str::parse::<f64>`: core's float formatting and
//! parsing bring about 15 KB (brotli) of code and lookup tables into the bundle, for precision
//! a reader never sees, and per number they are several times slower than this.
//!
//! Rounding is half away from zero on the scaled value, which is what a reader expects
//! ("2.25" → "2.3"); it can differ from core's exact round-half-even only on ties.

/// Powers of ten that an f64 holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Most decimals [`push_fixed`] writes.
pub const MAX_DECIMALS: usize = 9;

fn pow10(e: i32) -> f64 {
    match usize::try_from(e.unsigned_abs()) {
        Ok(i) if i < POW10.len() => {
            if e >= 0 {
                POW10[i]
            } else {
                1.0 / POW10[i]
            }
        }
        _ => 10f64.powi(e),
    }
}

fn push_digits(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(d as char);
    }
}

/// Append `v` with exactly `decimals` decimals (at most [`MAX_DECIMALS`]): "12.30", "-0.5", "3".
/// Not-a-number and infinities are written as zero, so an SVG attribute stays valid; text for
/// readers checks `is_finite` first and says "–". Magnitudes beyond what the page ever shows
/// (≥ 1e15) are written as "1.23e21".
pub fn push_fixed(out: &mut String, v: f64, decimals: usize) {
    let decimals = decimals.min(MAX_DECIMALS);
    if !v.is_finite() {
        return push_fixed(out, 0.0, decimals);
    }
    if v.abs() >= 1e15 {
        let exponent = v.abs().log10().floor() as i32;
        push_fixed(out, v / pow10(exponent), 2);
        out.push('e');
        push_digits(out, exponent as u64);
        return;
    }
    // Keep the scaled value below 2^53, where every whole number is exact; decimals beyond
    // that precision are zeros anyway.
    let mut kept = decimals;
    while kept > 0 && v.abs() * POW10[kept] >= 9e15 {
        kept -= 1;
    }
    let scaled = (v.abs() * POW10[kept]).round() as u64;
    let unit = 10u64.pow(kept as u32);
    if v < 0.0 && scaled > 0 {
        out.push('-');
    }
    push_digits(out, scaled / unit);
    if decimals > 0 {
        out.push('.');
        let mut rest = [b'0'; MAX_DECIMALS];
        let mut f = scaled % unit;
        for i in (0..kept).rev() {
            rest[i] = b'0' + (f % 10) as u8;
            f /= 10;
        }
        for &d in &rest[..decimals] {
            out.push(d as char);
        }
    }
}

/// [`push_fixed`] into a new string: `fixed(2.345, 1) == "2.3"`.
pub fn fixed(v: f64, decimals: usize) -> String {
    let mut s = String::with_capacity(12);
    push_fixed(&mut s, v, decimals);
    s
}

/// At most `decimals` decimals, trailing zeros dropped: `trimmed(0.250, 3) == "0.25"`,
/// `trimmed(24.0, 6) == "24"`.
pub fn trimmed(v: f64, decimals: usize) -> String {
    let mut s = fixed(v, decimals);
    if s.contains('.') && !s.contains('e') {
        let keep = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(keep);
    }
    s
}

/// A number as the page writes it into links, slider attributes and messages: at most six
/// decimals, trailing zeros dropped (`0.025`, `24`). A millionth is far below what any slider
/// can set or a figure can show.
pub fn plain(v: f64) -> String {
    trimmed(v, 6)
}

/// Three significant digits for a fitted parameter: `0.0312`, `1.25`, `381`, and scientific
/// notation below 0.001 or from 10 million (`2.31e-4`, `1.20e7`).
pub fn significant(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let a = v.abs();
    if v != 0.0 && !(0.001..1e7).contains(&a) {
        let mut exp = a.log10().floor() as i32;
        let mut mantissa = v / 10f64.powi(exp);
        // Rounding to two decimals can carry into a new digit (9.996 -> 10.00).
        if fixed(mantissa.abs(), 2).starts_with("10") {
            exp += 1;
            mantissa = v / 10f64.powi(exp);
        }
        return format!("{}e{exp}", fixed(mantissa, 2));
    }
    if a >= 100.0 {
        return trimmed(v.round(), 0);
    }
    let digits = if a == 0.0 {
        2
    } else {
        (2 - a.log10().floor() as i32).clamp(0, 6) as usize
    };
    fixed(v, digits)
}

/// Read a decimal number: optional sign, digits with an optional point, optional exponent
/// (`-12.5`, `.5`, `3.`, `2e-3`). No `inf`, `NaN`, spaces or hex. The result is within an ulp
/// or two of the exact value (exact for up to 15 significant digits and small exponents, which
/// is everything the page writes). Returns `None` for anything else or a non-finite result.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let negative = match b.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut mantissa: u64 = 0;
    let mut significant = 0; // digits kept in `mantissa`
    let mut exponent: i32 = 0; // decimal exponent to apply to `mantissa`
    let mut any_digit = false;
    let mut after_point = false;
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' => {
                any_digit = true;
                if significant < 19 {
                    if mantissa > 0 || c != b'0' {
                        significant += 1;
                    }
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                    if after_point {
                        exponent -= 1;
                    }
                } else if !after_point {
                    exponent += 1; // digits beyond 19 only scale the number
                }
            }
            b'.' if !after_point => after_point = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        let sign = match b.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        let mut e: i32 = 0;
        while let Some(&c @ b'0'..=b'9') = b.get(i) {
            e = (e * 10 + i32::from(c - b'0')).min(10_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent = exponent.saturating_add(sign * e);
    }
    if i != b.len() {
        return None;
    }
    let m = mantissa as f64;
    // One correctly rounded multiplication or division by an exact power of ten where possible.
    let v = if m == 0.0 {
        0.0
    } else if exponent >= 0 {
        m * pow10(exponent.min(400))
    } else if exponent >= -22 {
        m / POW10[(-exponent) as usize]
    } else {
        m / 1e22 / pow10((-exponent - 22).min(400))
    };
    let v = if negative { -v } else { v };
    v.is_finite().then_some(v)
}
