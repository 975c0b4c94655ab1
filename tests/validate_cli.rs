//! The command-line validator, run as a newsroom would: every malformed
//! corpus file prints its problems at their paths and exits 1; the default
//! dataset exits 0.

use std::path::Path;
use std::process::Command;

fn validate(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_validate")).args(args).output().expect("validator runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn every_corpus_case_prints_its_problems_and_fails() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let expected: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let cases = expected.as_object().unwrap();
    assert!(cases.len() >= 30);
    for (name, problems) in cases {
        let file = dir.join(name);
        let (code, stdout) = validate(&[file.to_str().unwrap()]);
        assert_eq!(code, 1, "{name}: exit code\n{stdout}");
        for p in problems.as_array().unwrap() {
            let path = p["path"].as_str().unwrap();
            let line = stdout.lines().find(|l| l.contains(&format!(": {path}: "))).unwrap_or_else(|| panic!("{name}: no line for {path}\n{stdout}"));
            let message = line.split_once(&format!(": {path}: ")).unwrap().1;
            assert!(message.len() > 10, "{name}: a plain message for {path}: {line}");
        }
    }
}

#[test]
fn the_default_dataset_passes() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/morocco.json");
    let (code, stdout) = validate(&[file.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("OK (97 observations)"), "{stdout}");
}

#[test]
fn one_observation_is_counted_in_the_singular() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/valid-minimal.json");
    let text = std::fs::read_to_string(&file).unwrap();
    let mut ds: serde_json::Value = serde_json::from_str(&text).unwrap();
    // The attempts alone: the returns' part has no whole left to exceed.
    ds["observations"].as_array_mut().unwrap().truncate(1);
    let one = std::env::temp_dir().join(format!("marsad-one-{}.json", std::process::id()));
    std::fs::write(&one, ds.to_string()).unwrap();
    let (code, stdout) = validate(&[one.to_str().unwrap()]);
    let _ = std::fs::remove_file(&one);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("OK (1 observation)\n"), "{stdout}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(validate(&[]).0, 2);
    assert_eq!(validate(&["/no/such/file.json"]).0, 2);
}
