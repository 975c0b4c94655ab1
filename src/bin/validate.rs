//! Check Marsad datasets before publishing them.
//!
//! ```text
//! cargo run --bin validate -- FILE...   # every problem, as FILE: $.path: message
//! cargo run --bin validate -- --schema  # the JSON Schema of dataset schema v1
//! ```
//!
//! Exit code: 0 when every file is sound, 1 when any has problems, 2 on a
//! usage error or a file that cannot be read. `-` reads standard input.

use std::io::Read;
use std::process::ExitCode;

use marsad::data::validate::{json_schema_text, parse_and_validate, utf8_text};

const USAGE: &str = "usage: validate FILE...     check Marsad datasets (- reads standard input)
       validate --schema    print the JSON Schema of dataset schema v1";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some("--schema") if args.len() == 1 => {
            print!("{}", json_schema_text());
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    if let Some(bad) = args.iter().find(|a| a.starts_with('-') && a.as_str() != "-") {
        eprintln!("validate: unexpected option {bad}\n{USAGE}");
        return ExitCode::from(2);
    }

    let (mut problems, mut unreadable) = (false, false);
    for file in &args {
        let bytes = match read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                unreadable = true;
                continue;
            }
        };
        let text = match utf8_text(&bytes) {
            Ok(text) => text,
            Err(problem) => {
                println!("{file}: {problem}");
                problems = true;
                continue;
            }
        };
        match parse_and_validate(text) {
            Ok(ds) => println!("{file}: OK ({} observation{})", ds.observations.len(), if ds.observations.len() == 1 { "" } else { "s" }),
            Err(found) => {
                problems = true;
                for p in found {
                    println!("{file}: {p}");
                }
            }
        }
    }
    if unreadable {
        ExitCode::from(2)
    } else if problems {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn read(file: &str) -> std::io::Result<Vec<u8>> {
    if file == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(file)
    }
}
