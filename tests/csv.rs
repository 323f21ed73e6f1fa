//! The CSV reader of the fitting tool: quoted fields as spreadsheets export them (RFC 4180),
//! thousands separators inside quotes, impossible calendar dates, and no panic on any input.

// Native only: the browser tests live in tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use chasm_explorer::io::csv::{parse, TimeUnit};
use proptest::prelude::*;

fn counts(text: &str) -> Vec<f64> {
    parse(text, TimeUnit::Years)
        .unwrap_or_else(|e| panic!("{text:?}: {e}"))
        .points
        .iter()
        .map(|p| p.1)
        .collect()
}

fn error(text: &str) -> String {
    match parse(text, TimeUnit::Years) {
        Ok(s) => panic!("{text:?} was read: {s:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn quoted_counts_with_thousands_separators_are_one_cell() {
    // A spreadsheet's export: the comma inside quotes groups thousands.
    assert_eq!(
        counts("month,new users\n2024-01-01,\"1,234\"\n2024-02-01,\"12,000.5\"\n2024-03-01,\"1,234,567\"\n"),
        vec![1234.0, 12000.5, 1_234_567.0]
    );
    // Space before an opening quote (typed by hand) and quoted times.
    assert_eq!(
        counts("\"2024-01-01\", \"1,234\"\r\n\"2024-02-01\" , \"2,000\"\r\n"),
        vec![1234.0, 2000.0]
    );
    // Tab-separated: a comma in a count also groups thousands.
    assert_eq!(counts("1\t\"1,234\"\n2\t2,345\n"), vec![1234.0, 2345.0]);
    // Semicolon-separated: the comma is the decimal mark, quoted or not.
    assert_eq!(counts("1;\"1,5\"\n2;2,25\n"), vec![1.5, 2.25]);
}

#[test]
fn a_comma_that_cannot_group_thousands_is_not_a_number() {
    for bad in [
        "\"1,5\"",
        "\"12,34\"",
        "\"1234,567\"",
        "\",123\"",
        "\"1,234.5,6\"",
    ] {
        let text = format!("t,n\n1,10\n2,{bad}\n");
        let e = parse(&text, TimeUnit::Years).unwrap_err();
        assert_eq!((e.line, e.column), (3, 2), "{bad}: {e}");
        assert!(e.message.contains("is not a number"), "{bad}: {e}");
        assert!(e.message.contains("thousands"), "{bad}: {e}");
    }
}

#[test]
fn quoted_headers_and_escaped_quotes() {
    let s = parse(
        "\"month\",\"new users, total\"\n2024-01-01,5\n2024-02-01,6\n",
        TimeUnit::Years,
    )
    .unwrap();
    assert_eq!(s.header, Some(("month".into(), "new users, total".into())));
    assert_eq!(s.delimiter, ',');
    assert_eq!(s.points.len(), 2);
    let s = parse(
        "\"the \"\"month\"\"\",\"n\"\n2024-01-01,5\n2024-02-01,6\n",
        TimeUnit::Years,
    )
    .unwrap();
    assert_eq!(s.header, Some(("the \"month\"".into(), "n".into())));
    // The delimiter is found outside quotes: the semicolon here is part of a name.
    let s = parse(
        "\"month; start\",\"n\"\n2024-01-01,5\n2024-02-01,6\n",
        TimeUnit::Years,
    )
    .unwrap();
    assert_eq!(s.delimiter, ',');
    assert_eq!(s.header, Some(("month; start".into(), "n".into())));
    // A byte-order mark, as spreadsheets write before UTF-8, is not part of the first cell.
    let s = parse(
        "\u{feff}\"month\",\"n\"\n2024-01-01,5\n2024-02-01,6\n",
        TimeUnit::Years,
    )
    .unwrap();
    assert_eq!(s.header, Some(("month".into(), "n".into())));
}

#[test]
fn line_breaks_inside_quotes() {
    // In a header name they are read as a space, and the lines after it keep their numbers.
    let s = parse(
        "month,\"new\nusers\"\n2024-01-01,5\n2024-02-01,6\n",
        TimeUnit::Years,
    )
    .unwrap();
    assert_eq!(s.header, Some(("month".into(), "new users".into())));
    assert_eq!(s.lines, vec![3, 4]);
    // A time or a count never spans lines: the cell is named.
    let e = error("t,n\n1,5\n2,\"6\n7\"\n3,8\n");
    assert_eq!(
        e,
        "Line 3, column 2: this quoted cell runs onto line 4; a time or a count fits on one line (is a closing quote missing?)"
    );
    // A quote never closed.
    let e = error("t,n\n1,5\n2,\"6\n3,7\n");
    assert_eq!(
        e,
        "Line 3, column 2: the quote that opens this cell is never closed"
    );
    // Text after a closing quote.
    let e = error("t,n\n1,5\n2,\"6\"7\n");
    assert!(
        e.starts_with("Line 3, column 2: text after the closing quote"),
        "{e}"
    );
}

#[test]
fn impossible_dates_are_named() {
    let e = error("month,n\n2024-01-31,1\n2024-02-29,2\n2024-02-31,3\n");
    assert_eq!(
        e,
        "Line 4, column 1: 2024-02-31 is not a real date (February 2024 has 29 days)."
    );
    assert_eq!(
        error("2023-01-01,1\n2023-02-29,2\n"),
        "Line 2, column 1: 2023-02-29 is not a real date (February 2023 has 28 days)."
    );
    assert_eq!(
        error("2024-03-31,1\n2024-04-31,2\n"),
        "Line 2, column 1: 2024-04-31 is not a real date (April 2024 has 30 days)."
    );
    assert_eq!(
        error("2024-12-01,1\n2024-13-01,2\n"),
        "Line 2, column 1: 2024-13-01 is not a real date (months run from 01 to 12)."
    );
    assert_eq!(
        error("2024-12,1\n2024-13,2\n"),
        "Line 2, column 1: 2024-13 is not a real date (months run from 01 to 12)."
    );
    assert_eq!(
        error("2024-01-00,1\n2024-01-02,2\n"),
        "Line 1, column 1: 2024-01-00 is not a real date (days are counted from 1)."
    );
    assert_eq!(
        error("1900-02-28,1\n1900/02/29,2\n"),
        "Line 2, column 1: 1900/02/29 is not a real date (February 1900 has 28 days)."
    );
    // Leap years: 2000 and 2024 are, 1900 and 2023 are not.
    let s = parse(
        "2000-02-28,1\n2000-02-29,2\n2000-03-01,3\n",
        TimeUnit::Years,
    )
    .unwrap();
    assert!((s.points[1].0 - 1.0 / 365.25).abs() < 1e-12);
    assert!((s.points[2].0 - 2.0 / 365.25).abs() < 1e-12);
    assert!(parse("2024-02-29,1\n2024-03-01,2\n", TimeUnit::Years).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Text made of the characters that matter to quoting never panics the reader, and every
    /// problem it reports points inside the input.
    #[test]
    fn quote_heavy_text_never_panics(
        picks in proptest::collection::vec(any::<u8>(), 0..300)
    ) {
        const ALPHABET: [char; 17] = [
            '"', ',', ';', '\t', '\n', '\r', ' ', '#', '-', '/', '.', 'é', '\u{feff}', '0', '1', '2', '9',
        ];
        let text: String = picks.into_iter().map(|i| ALPHABET[usize::from(i) % ALPHABET.len()]).collect();
        match parse(&text, TimeUnit::Months) {
            Ok(s) => {
                prop_assert!(s.points.iter().all(|p| p.0.is_finite() && p.1.is_finite() && p.1 >= 0.0));
                prop_assert!(s.points.windows(2).all(|w| w[1].0 > w[0].0));
                prop_assert_eq!(s.points.len(), s.lines.len());
            }
            Err(e) => {
                let lines = text.matches('\n').count() + text.matches('\r').count() + 1;
                prop_assert!(e.line <= lines, "{} (of {} lines)", e, lines);
                prop_assert!(!e.message.is_empty());
            }
        }
    }

    /// Any count written with thousands separators and quoted, as a spreadsheet does, reads back.
    #[test]
    fn grouped_quoted_counts_read_back(values in proptest::collection::vec(0u64..10_000_000_000, 2..20)) {
        let group = |v: u64| {
            let digits = v.to_string();
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push(',');
                }
                out.push(c);
            }
            out
        };
        let text: String = values
            .iter()
            .enumerate()
            .map(|(i, &v)| format!("\"{}\",\"{}\"\n", i + 1, group(v)))
            .collect();
        let s = parse(&text, TimeUnit::Months).unwrap();
        let read: Vec<u64> = s.points.iter().map(|p| p.1 as u64).collect();
        prop_assert_eq!(read, values);
    }
}
