//! The explainer's running text, written as plain strings with a few marks and read here into
//! blocks: one `fn` renders them all (`components::prose`), instead of markup code for every
//! paragraph (each costs bundle bytes), and the text of a section reads as text.
//!
//! Marks: a blank line separates blocks; a block starting `### ` is a subheading; a block whose
//! lines start `- ` is a list; `**bold**` and `*emphasis*` inside a line; `[Source]` is a
//! citation (an essay's title, a study, or "assumption" / "illustrative" for the model's own
//! choices), shown as such. Unclosed marks are kept as plain text, so no input is lost.

/// A run of text inside a paragraph or list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    Strong(&'a str),
    Em(&'a str),
    /// A citation, without its brackets.
    Source(&'a str),
}

/// A block of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block<'a> {
    Paragraph(Vec<Inline<'a>>),
    Heading(&'a str),
    List(Vec<Vec<Inline<'a>>>),
}

/// The blocks of `src`.
pub fn blocks(src: &str) -> Vec<Block<'_>> {
    src.split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(|b| {
            if let Some(h) = b.strip_prefix("### ") {
                Block::Heading(h.trim())
            } else if b.starts_with("- ") {
                Block::List(
                    b.split("\n- ")
                        .map(|item| inlines(item.trim_start_matches("- ").trim()))
                        .collect(),
                )
            } else {
                Block::Paragraph(inlines(b))
            }
        })
        .collect()
}

/// The runs of one paragraph; line breaks inside it are spaces (the source wraps lines).
pub fn inlines<'a>(text: &'a str) -> Vec<Inline<'a>> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let next = rest.find(['*', '[']);
        let Some(at) = next else {
            out.push(Inline::Text(rest));
            break;
        };
        let (mark, close, make): (&str, &str, fn(&'a str) -> Inline<'a>) =
            if rest[at..].starts_with("**") {
                ("**", "**", Inline::Strong)
            } else if rest[at..].starts_with('*') {
                ("*", "*", Inline::Em)
            } else {
                ("[", "]", Inline::Source)
            };
        let inner_start = at + mark.len();
        // A mark hugs its text (`*so*`, not `5 * 3 *`), as in Markdown.
        let hugs = |inner: &str| {
            !inner.starts_with(char::is_whitespace) && !inner.ends_with(char::is_whitespace)
        };
        match rest[inner_start..].find(close) {
            Some(len) if len > 0 && hugs(&rest[inner_start..inner_start + len]) => {
                if at > 0 {
                    out.push(Inline::Text(&rest[..at]));
                }
                out.push(make(&rest[inner_start..inner_start + len]));
                rest = &rest[inner_start + len + close.len()..];
            }
            // Not a mark after all: keep the character as text and go on after it.
            _ => {
                out.push(Inline::Text(&rest[..inner_start]));
                rest = &rest[inner_start..];
            }
        }
    }
    out
}
