//! Reading a pasted or chosen CSV of adoption data: a time column and a count column, comma,
//! semicolon or tab separated, with or without a header, ISO dates or plain numbers. Every
//! problem is reported with its line and column; nothing here panics on any input. Pure, so it
//! is tested and fuzzed natively.

/// More rows than this is not adoption data anyone types or exports by hand; refuse it clearly.
pub const MAX_ROWS: usize = 200_000;
/// Longest input accepted, in bytes (a 200,000-row export is about 5 MB).
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// How plain-number times are meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum TimeUnit {
    #[default]
    Years,
    Months,
    Weeks,
    Days,
}

impl TimeUnit {
    fn per_year(self) -> f64 {
        match self {
            TimeUnit::Years => 1.0,
            TimeUnit::Months => 12.0,
            TimeUnit::Weeks => 365.25 / 7.0,
            TimeUnit::Days => 365.25,
        }
    }
}

/// A problem with the input, where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvError {
    /// 1-based line number (0 when the problem is the input as a whole).
    pub line: usize,
    /// 1-based column number (0 when it is the whole line).
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (0, _) => write!(f, "{}", self.message),
            (l, 0) => write!(f, "Line {l}: {}", self.message),
            (l, c) => write!(f, "Line {l}, column {c}: {}", self.message),
        }
    }
}

/// The data read from a CSV.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// (years since the first row, count), in file order.
    pub points: Vec<(f64, f64)>,
    /// The line each point came from, for messages about points.
    pub lines: Vec<usize>,
    /// Column names, if the first row was a header.
    pub header: Option<(String, String)>,
    pub delimiter: char,
    /// Counts never fall: probably running totals.
    pub looks_cumulative: bool,
    /// Whether times were calendar dates.
    pub dates: bool,
}

fn err(line: usize, column: usize, message: impl Into<String>) -> CsvError {
    CsvError {
        line,
        column,
        message: message.into(),
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD`, `YYYY-MM`, `YYYY/MM/DD` or `YYYY/MM` as years since 1970.
fn parse_date(s: &str) -> Option<f64> {
    let parts: Vec<&str> = s.split(['-', '/']).collect();
    if !(2..=3).contains(&parts.len())
        || parts[0].len() != 4
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let y: i64 = parts[0].parse().ok()?;
    let m: i64 = parts[1].parse().ok()?;
    let d: i64 = if parts.len() == 3 {
        parts[2].parse().ok()?
    } else {
        1
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d) as f64 / 365.25)
}

/// A count: digits with an optional decimal point (a comma too when `;` separates columns),
/// spaces, underscores or apostrophes as thousands separators.
fn parse_count(s: &str, decimal_comma: bool) -> Option<f64> {
    let cleaned: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '\'' | '\u{a0}'))
        .collect();
    let cleaned = if decimal_comma {
        cleaned.replace(',', ".")
    } else {
        cleaned
    };
    // Plain decimals only (no `inf`, `NaN`, hex); the same reader as links use.
    crate::io::number::parse_decimal(&cleaned)
}

fn unquote(s: &str) -> &str {
    let s = s.trim();
    s.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(s)
        .trim()
}

/// Read a CSV. `unit` says what plain-number times mean (dates are always calendar dates).
pub fn parse(text: &str, unit: TimeUnit) -> Result<Series, CsvError> {
    if text.len() > MAX_BYTES {
        return Err(err(
            0,
            0,
            format!(
                "The file is {} MB; the limit is {} MB.",
                crate::io::number::fixed(text.len() as f64 / 1048576.0, 1),
                MAX_BYTES / 1048576
            ),
        ));
    }
    let rows: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .collect();
    if rows.is_empty() {
        return Err(err(
            0,
            0,
            "There is no data: paste two columns, a date or period and a count.",
        ));
    }
    if rows.len() > MAX_ROWS + 1 {
        return Err(err(
            0,
            0,
            format!("The data has {} rows; the limit is {MAX_ROWS}.", rows.len()),
        ));
    }
    let (first_line, first) = rows[0];
    let delimiter = ['\t', ';', ',']
        .into_iter()
        .find(|d| first.contains(*d))
        .ok_or_else(|| {
            err(
                first_line,
                0,
                "expected two columns separated by a comma, a semicolon or a tab",
            )
        })?;
    let decimal_comma = delimiter == ';';
    fn split(l: &str, delimiter: char) -> Vec<&str> {
        l.split(delimiter).map(unquote).collect()
    }
    let head = split(first, delimiter);
    let header_row = head.len() >= 2 && parse_count(head[1], decimal_comma).is_none();
    let header = header_row.then(|| {
        (
            head[0].chars().take(40).collect(),
            head[1].chars().take(40).collect(),
        )
    });
    let mut points = Vec::with_capacity(rows.len());
    let mut lines = Vec::with_capacity(rows.len());
    let mut dates = None::<bool>;
    for &(line, l) in rows.iter().skip(usize::from(header_row)) {
        let cells = split(l, delimiter);
        if cells.len() < 2 {
            return Err(err(
                line,
                0,
                format!(
                    "expected two columns separated by “{}”, found one",
                    delimiter.escape_default()
                ),
            ));
        }
        let (t_raw, y_raw) = (cells[0], cells[1]);
        let as_date = parse_date(t_raw);
        let t = match (as_date, dates) {
            (Some(t), None | Some(true)) => {
                dates = Some(true);
                t
            }
            (None, None | Some(false)) => match parse_count(t_raw, decimal_comma) {
                Some(v) => {
                    dates = Some(false);
                    v / unit.per_year()
                }
                None => {
                    return Err(err(
                        line,
                        1,
                        format!("“{}” is not a date (YYYY-MM-DD) or a number", short(t_raw)),
                    ))
                }
            },
            (Some(_), Some(false)) => {
                return Err(err(
                    line,
                    1,
                    "a date among plain numbers; use one kind of time",
                ))
            }
            (None, Some(true)) => {
                return Err(err(
                    line,
                    1,
                    format!("“{}” is not a date like 2024-03-01", short(t_raw)),
                ))
            }
        };
        let y = parse_count(y_raw, decimal_comma)
            .ok_or_else(|| err(line, 2, format!("“{}” is not a number", short(y_raw))))?;
        if y < 0.0 {
            return Err(err(line, 2, "counts cannot be negative"));
        }
        points.push((t, y));
        lines.push(line);
    }
    if points.is_empty() {
        return Err(err(0, 0, "There is a header but no data rows."));
    }
    for i in 1..points.len() {
        if points[i].0 == points[i - 1].0 {
            return Err(err(
                lines[i],
                1,
                format!(
                    "the same time as line {}; each period should appear once",
                    lines[i - 1]
                ),
            ));
        }
        if points[i].0 < points[i - 1].0 {
            return Err(err(
                lines[i],
                1,
                format!("earlier than line {}; sort the rows by time", lines[i - 1]),
            ));
        }
    }
    let t0 = points[0].0;
    for p in &mut points {
        p.0 -= t0;
    }
    let looks_cumulative = points.windows(2).all(|w| w[1].1 >= w[0].1) && points.len() > 2;
    Ok(Series {
        points,
        lines,
        header,
        delimiter,
        looks_cumulative,
        dates: dates.unwrap_or(false),
    })
}

/// A cell quoted back in a message: at most 24 characters, no control characters.
fn short(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control()).take(24).collect();
    if s.chars().count() > 24 {
        format!("{clean}…")
    } else {
        clean
    }
}
