//! The page's text is the app's own: no run of ten words in common with the four source essays
//! (`../shared/seeds/`, beside the repository in every checkout CI makes). Native only.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Words as the check sees them: lower case letters, digits and apostrophes.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("rs" | "html" | "md" | "js" | "css")
        ) {
            out.push(path);
        }
    }
}

const RUN: usize = 10;

#[test]
fn no_sentence_of_the_essays_is_copied_into_the_app() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds = root.join("../shared/seeds");
    let essays: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    if essays.is_empty() {
        // A checkout without the essays beside it (a fork's own workflow) cannot be checked;
        // the project's CI (`.ci/run`) always has them and demands them.
        assert!(
            std::env::var_os("CHASM_REQUIRE_SEEDS").is_none(),
            "../shared/seeds is missing"
        );
        eprintln!("no ../shared/seeds beside this checkout: the copied-text check was skipped");
        return;
    }
    let mut shingles = HashSet::new();
    for essay in &essays {
        let w = words(&std::fs::read_to_string(essay).unwrap_or_default());
        for run in w.windows(RUN) {
            shingles.insert(run.join(" "));
        }
    }
    assert!(shingles.len() > 1000, "the essays were read");
    let mut ours = Vec::new();
    for dir in ["src", "assets", "tests", "scripts"] {
        files_under(&root.join(dir), &mut ours);
    }
    ours.push(root.join("index.html"));
    ours.push(root.join("README.md"));
    ours.push(root.join("BENCHMARKS.md"));
    let mut copied = Vec::new();
    for file in &ours {
        if file.ends_with("clean_text.rs") {
            continue;
        }
        let w = words(&std::fs::read_to_string(file).unwrap_or_default());
        if let Some(run) = w
            .windows(RUN)
            .map(|r| r.join(" "))
            .find(|r| shingles.contains(r))
        {
            copied.push(format!("{}: \"{run}\"", file.display()));
        }
    }
    assert!(
        copied.is_empty(),
        "copied from the essays:\n{}",
        copied.join("\n")
    );
}
