//! Reading a pasted or chosen CSV of adoption data: a time column and a count column, comma,
//! semicolon or tab separated, with or without a header, ISO dates or plain numbers. Every
//! problem is reported with its line and column; nothing here panics on any input. Pure, so it
//! is tested and fuzzed natively.
//!
//! Quoting follows RFC 4180 as spreadsheets export it: a cell in double quotes may hold the
//! delimiter, line breaks and doubled quotes (`""` is one `"`); spaces around the quotes are
//! allowed. A quote inside an unquoted cell is kept as it is (as most readers do). A line break
//! inside quotes is read as a space in a header name and refused, with its line and column, in a
//! time or a count; a quote never closed and text after a closing quote are named likewise.
//!
//! Counts: with `;` between columns a comma is the decimal mark (`"1,5"` is 1.5); with `,` or a
//! tab it can only group thousands, so `"1,234"` is 1234 and `"1,5"` is refused rather than
//! guessed. Spaces, underscores and apostrophes group thousands in any file.
//!
//! Dates must exist in the Gregorian calendar: 2024-02-31, 2023-02-29, month 13 or day 0 are
//! named with their line and column, not rolled over into the next month.
//!
//! The tokenizer is written here rather than taken from `csv-core`: that crate is lenient by
//! design and reports neither errors nor positions, so an unclosed quote silently swallows the
//! rest of the file, `"12"3` becomes 123, and a space before an opening quote (`1, "1,234"`,
//! common in typed data) makes the quote literal and splits the number. Getting line and column
//! for those means scanning the quotes here anyway, at which point the crate only adds its DFA
//! tables and code to the fitting tool's module (budget 110 KB brotli, 87 KB used); this one
//! is about a hundred lines.

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

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days in a month of the proleptic Gregorian calendar (`month` 1 to 12): February has 29 in
/// years divisible by 4, except centuries not divisible by 400 (2000 has, 1900 has not).
fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY-MM-DD`, `YYYY-MM`, `YYYY/MM/DD` or `YYYY/MM` as years since 1970: `Ok(None)` when the
/// cell is not shaped like a date, `Err` (the reason, for the reader) when it is but no such
/// day exists (2024-02-31, 2023-02-29, month 13, day 0).
fn parse_date(s: &str) -> Result<Option<f64>, String> {
    let parts: Vec<&str> = s.split(['-', '/']).collect();
    if !(2..=3).contains(&parts.len())
        || parts[0].len() != 4
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 9 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Ok(None);
    }
    // At most nine digits each: these parse.
    let number = |p: &str| p.parse::<i64>().unwrap_or(0);
    let y = number(parts[0]);
    let m = number(parts[1]);
    let d = parts.get(2).map_or(1, |p| number(p));
    let not_real = |why: String| Err(format!("{} is not a real date ({why}).", short(s)));
    if !(1..=12).contains(&m) {
        return not_real("months run from 01 to 12".into());
    }
    if d < 1 {
        return not_real("days are counted from 1".into());
    }
    let days = days_in_month(y, m);
    if d > days {
        let month = MONTHS[(m - 1) as usize];
        return not_real(format!("{month} {y} has {days} days"));
    }
    Ok(Some(days_from_civil(y, m, d) as f64 / 365.25))
}

/// A count: digits with an optional decimal point (a comma too when `;` separates columns),
/// spaces, underscores or apostrophes as thousands separators, and commas as thousands
/// separators when the comma is not the decimal mark (`1,234,567.5`; only whole groups of three,
/// so `1,5` is not a number there).
fn parse_count(s: &str, decimal_comma: bool) -> Option<f64> {
    let cleaned: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '\'' | '\u{a0}'))
        .collect();
    let cleaned = if decimal_comma {
        cleaned.replace(',', ".")
    } else if cleaned.contains(',') {
        ungroup_thousands(&cleaned)?
    } else {
        cleaned
    };
    // Plain decimals only (no `inf`, `NaN`, hex); the same reader as links use.
    crate::io::number::parse_decimal(&cleaned)
}

/// `1,234,567.5` without its grouping commas; `None` unless every comma is followed by exactly
/// three digits, the first group has one to three, and no comma comes after the point.
fn ungroup_thousands(s: &str) -> Option<String> {
    let unsigned = s.strip_prefix(['-', '+']).unwrap_or(s);
    let whole = unsigned.split(['.', 'e', 'E']).next().unwrap_or("");
    if unsigned[whole.len()..].contains(',') {
        return None;
    }
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or("");
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    if !(1..=3).contains(&first.len())
        || !digits(first)
        || !groups.all(|g| g.len() == 3 && digits(g))
    {
        return None;
    }
    Some(s.replace(',', ""))
}

/// A cell as read: its text (outer quotes removed, `""` as `"`, trimmed) and how many line
/// breaks it spans (only a quoted cell can).
struct Cell<'a> {
    text: std::borrow::Cow<'a, str>,
    line_breaks: usize,
}

/// Splits the text into records of cells, RFC 4180 style, keeping track of line numbers.
/// Positions only ever stop at ASCII bytes, so every slice falls on a character boundary.
struct Records<'a> {
    text: &'a str,
    pos: usize,
    /// 1-based line at `pos`.
    line: usize,
    delimiter: u8,
}

impl<'a> Records<'a> {
    fn new(text: &'a str, delimiter: u8) -> Self {
        Records {
            text,
            pos: 0,
            line: 1,
            delimiter,
        }
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    /// Where the line at `from` ends (its line break or the end of the text).
    fn line_end(&self, from: usize) -> usize {
        self.text.as_bytes()[from.min(self.text.len())..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(self.text.len(), |i| from + i)
    }

    /// Step over a line break (`\n`, `\r\n` or `\r`) at `pos`, if there is one.
    fn eat_line_break(&mut self) {
        match self.byte(self.pos) {
            Some(b'\r') if self.byte(self.pos + 1) == Some(b'\n') => self.pos += 2,
            Some(b'\r' | b'\n') => self.pos += 1,
            _ => return,
        }
        self.line += 1;
    }

    /// Skip blank lines and comment lines (`#` first); `false` at the end of the text.
    fn skip_blank_and_comments(&mut self) -> bool {
        while self.pos < self.text.len() {
            let end = self.line_end(self.pos);
            let content = self.text[self.pos..end].trim();
            if !(content.is_empty() || content.starts_with('#')) {
                return true;
            }
            self.pos = end;
            self.eat_line_break();
        }
        false
    }

    /// Spaces (and tabs, unless they separate columns) at `pos`.
    fn skip_blanks(&mut self) {
        while let Some(b) = self.byte(self.pos) {
            if b == b' ' || (b == b'\t' && self.delimiter != b'\t') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    /// The next record: the line it starts on and its cells; `None` at the end of the text.
    fn next_record(&mut self) -> Option<Result<(usize, Vec<Cell<'a>>), CsvError>> {
        if !self.skip_blank_and_comments() {
            return None;
        }
        let line = self.line;
        let mut cells = Vec::with_capacity(2);
        loop {
            match self.cell(cells.len() + 1) {
                Ok(cell) => cells.push(cell),
                Err(e) => return Some(Err(e)),
            }
            if self.byte(self.pos) == Some(self.delimiter) {
                self.pos += 1;
            } else {
                self.eat_line_break();
                return Some(Ok((line, cells)));
            }
        }
    }

    /// The cell at `pos` (column `column`), leaving `pos` at the delimiter or line break after it.
    fn cell(&mut self, column: usize) -> Result<Cell<'a>, CsvError> {
        let start = self.pos;
        self.skip_blanks();
        if self.byte(self.pos) != Some(b'"') {
            let bytes = self.text.as_bytes();
            let end = bytes[start..]
                .iter()
                .position(|&b| b == self.delimiter || b == b'\n' || b == b'\r')
                .map_or(self.text.len(), |i| start + i);
            self.pos = end;
            return Ok(Cell {
                text: self.text[start..end].trim().into(),
                line_breaks: 0,
            });
        }
        let opened = self.line;
        self.pos += 1;
        let mut owned: Option<String> = None;
        let mut piece = self.pos;
        loop {
            match self.byte(self.pos) {
                None => {
                    return Err(err(
                        opened,
                        column,
                        "the quote that opens this cell is never closed",
                    ))
                }
                Some(b'"') if self.byte(self.pos + 1) == Some(b'"') => {
                    // A doubled quote is one quote: keep the text up to and including the first.
                    owned
                        .get_or_insert_with(String::new)
                        .push_str(&self.text[piece..=self.pos]);
                    self.pos += 2;
                    piece = self.pos;
                }
                Some(b'"') => break,
                Some(b'\r') if self.byte(self.pos + 1) == Some(b'\n') => self.pos += 1,
                Some(b'\r' | b'\n') => {
                    self.line += 1;
                    self.pos += 1;
                }
                Some(_) => self.pos += 1,
            }
        }
        let rest = &self.text[piece..self.pos];
        let text = match owned {
            Some(mut s) => {
                s.push_str(rest);
                s.trim().to_string().into()
            }
            None => rest.trim().into(),
        };
        self.pos += 1; // the closing quote
        self.skip_blanks();
        match self.byte(self.pos) {
            None | Some(b'\n' | b'\r') => {}
            Some(b) if b == self.delimiter => {}
            Some(_) => {
                let opened_here = if opened == self.line {
                    String::new()
                } else {
                    format!(" of the cell that opens on line {opened}")
                };
                return Err(err(
                    self.line,
                    column,
                    format!(
                        "text after the closing quote{opened_here}; a quote inside quotes is written twice (\"\")"
                    ),
                ));
            }
        }
        Ok(Cell {
            text,
            line_breaks: self.line - opened,
        })
    }
}

/// The delimiter of a record starting at `from`: the first of tab, semicolon and comma found
/// outside quotes before the record ends.
fn find_delimiter(text: &str, from: usize) -> Option<char> {
    let mut quoted = false;
    let mut seen = [false; 3];
    for &b in &text.as_bytes()[from.min(text.len())..] {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b'\t' if !quoted => seen[0] = true,
            b';' if !quoted => seen[1] = true,
            b',' if !quoted => seen[2] = true,
            _ => {}
        }
    }
    ['\t', ';', ',']
        .into_iter()
        .zip(seen)
        .find_map(|(d, s)| s.then_some(d))
}

/// A header name as shown: line breaks and runs of spaces as one space, at most 40 characters.
fn name(cell: &str) -> String {
    cell.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(40)
        .collect()
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
    // Spreadsheets write a byte-order mark before UTF-8; it is not part of the first cell.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let no_data = || {
        err(
            0,
            0,
            "There is no data: paste two columns, a date or period and a count.",
        )
    };
    let mut probe = Records::new(text, b',');
    if !probe.skip_blank_and_comments() {
        return Err(no_data());
    }
    let delimiter = find_delimiter(text, probe.pos).ok_or_else(|| {
        err(
            probe.line,
            0,
            "expected two columns separated by a comma, a semicolon or a tab",
        )
    })?;
    let decimal_comma = delimiter == ';';
    // The delimiter is one of three ASCII characters.
    let mut records = Records::new(text, delimiter as u8);
    let Some(first) = records.next_record() else {
        return Err(no_data());
    };
    let (first_line, head) = first?;
    let header_row = head.len() >= 2 && parse_count(&head[1].text, decimal_comma).is_none();
    let header = header_row.then(|| (name(&head[0].text), name(&head[1].text)));
    let mut points = Vec::new();
    let mut lines = Vec::new();
    let mut dates = None::<bool>;
    let mut rows = usize::from(header_row);
    let mut pending = (!header_row).then_some((first_line, head));
    loop {
        let (line, cells) = match pending.take() {
            Some(record) => record,
            None => match records.next_record() {
                Some(record) => record?,
                None => break,
            },
        };
        rows += 1;
        if rows > MAX_ROWS + 1 {
            let message =
                format!("The data has more than {MAX_ROWS} rows; the limit is {MAX_ROWS}.");
            return Err(err(0, 0, message));
        }
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
        for (i, cell) in cells.iter().take(2).enumerate() {
            if cell.line_breaks > 0 {
                return Err(err(
                    line,
                    i + 1,
                    format!(
                        "this quoted cell runs onto line {}; a time or a count fits on one line (is a closing quote missing?)",
                        line + cell.line_breaks
                    ),
                ));
            }
        }
        let (t_raw, y_raw) = (&*cells[0].text, &*cells[1].text);
        let as_date = parse_date(t_raw).map_err(|why| err(line, 1, why))?;
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
        let y = parse_count(y_raw, decimal_comma).ok_or_else(|| {
            let hint = if !decimal_comma && y_raw.contains(',') {
                "; in a file separated by commas or tabs a comma can only group thousands (1,234): write decimals with a point"
            } else {
                ""
            };
            err(line, 2, format!("“{}” is not a number{hint}", short(y_raw)))
        })?;
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
