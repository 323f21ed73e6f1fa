//! How numbers are written for readers: percentages, durations, factors. Pure, tested natively.
//! Digits come from [`crate::io::number`], not core's float formatting (see there why).

use crate::io::number::{fixed, trimmed};

/// A share as a percentage, e.g. `0.163 -> "16 %"`; one decimal below 10 % so small shares
/// are not all shown as 0 % or 1 %.
pub fn percent(share: f64) -> String {
    if !share.is_finite() {
        return "–".into();
    }
    let p = share * 100.0;
    if p.abs() < 9.95 && p.fract().abs() > 0.05 {
        format!("{} %", fixed(p, 1))
    } else {
        format!("{} %", fixed(p, 0))
    }
}

/// A duration given in years, in the unit a reader would use: months under two years, else
/// years with one decimal.
pub fn duration(years: f64) -> String {
    if !years.is_finite() {
        return "–".into();
    }
    let months = years * 12.0;
    if months.abs() < 23.5 {
        let m = months.round();
        if m == 1.0 {
            "1 month".into()
        } else {
            format!("{} months", fixed(m, 0))
        }
    } else {
        format!("{} years", fixed(years, 1))
    }
}

/// A point in time, years after launch: `"year 2.8"`.
pub fn year(years: f64) -> String {
    if !years.is_finite() {
        return "–".into();
    }
    format!("year {}", fixed(years, 1))
}

/// A month count from the copy-lag slider: `"2 months"`, `"0.5 months"`.
pub fn months(m: f64) -> String {
    if !m.is_finite() {
        return "–".into();
    }
    if m == 1.0 {
        "1 month".into()
    } else if m.fract() == 0.0 {
        format!("{} months", fixed(m, 0))
    } else {
        format!("{} months", fixed(m, 1))
    }
}

/// A yearly price-decline factor: `"10× cheaper a year"`.
pub fn decline(factor: f64) -> String {
    if !factor.is_finite() {
        return "–".into();
    }
    if factor <= 1.0 {
        "no price decline".into()
    } else if factor.fract() == 0.0 {
        format!("{}× cheaper a year", fixed(factor, 0))
    } else {
        format!("{}× cheaper a year", fixed(factor, 1))
    }
}

/// A climb pace in rungs per year, as the time between rungs: `0 -> "stays as launched"`,
/// `0.4 -> "a new rung every 2.5 years"`, `1 -> "a new rung every year"`,
/// `2 -> "a new rung every 6 months"`.
pub fn climb_pace(rungs_per_year: f64) -> String {
    if !rungs_per_year.is_finite() {
        return "–".into();
    }
    if rungs_per_year <= 0.0 {
        return "stays as launched".into();
    }
    let years = 1.0 / rungs_per_year;
    let months = (years * 12.0).round();
    if months == 12.0 {
        "a new rung every year".into()
    } else if years * 12.0 < 23.5 {
        format!("a new rung every {} months", fixed(months, 0))
    } else {
        format!("a new rung every {} years", trimmed(years, 1))
    }
}

/// Value captured, in market-years (see `crate::model::value`), with two significant digits:
/// `0.0018 -> "0.0018 market-years"`, `2.34 -> "2.3 market-years"`, `1 -> "1 market-year"`.
pub fn market_years(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let a = v.abs();
    let digits = if a < 1e-6 {
        0
    } else {
        (1 - a.log10().floor() as i32).clamp(0, 6) as usize
    };
    let text = trimmed(v, digits);
    if text == "1" {
        "1 market-year".into()
    } else {
        format!("{text} market-years")
    }
}

/// A tick value without needless decimals: `5`, `0.5`, `12.5`.
pub fn trim_number(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    trimmed(v, 2)
}

/// A whole number of years: `"30 years"`.
pub fn whole_years(years: f64) -> String {
    format!("{} years", fixed(years, 0))
}

/// The adoption chart's horizon in words: `"30 years"`.
pub fn adoption_horizon() -> String {
    whole_years(crate::model::scene::HORIZON_YEARS)
}

/// The moat chart's horizon in words: `"10 years"`.
pub fn moat_horizon() -> String {
    whole_years(crate::model::moat::MOAT_HORIZON_YEARS)
}
