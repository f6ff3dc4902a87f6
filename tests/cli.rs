//! The binary's scripting interface: subcommands, JSON fields, exit codes and messages.

use serde_json::Value;
use std::process::Command;

fn crosscheck(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .output()
        .expect("run crosscheck");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> Value {
    let (code, stdout, stderr) = crosscheck(args);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("valid JSON")
}

#[test]
fn list_json_gives_the_documented_fields_with_boilerplate_cut() {
    let articles = json(&["list", "--json"]);
    let articles = articles.as_array().expect("an array");
    assert_eq!(articles.len(), 5);
    for field in [
        "id",
        "path",
        "outlet",
        "title",
        "published",
        "dateline",
        "paragraphs",
        "removed",
    ] {
        assert!(articles.iter().all(|a| a.get(field).is_some()), "{field}");
    }
    let by_id = |prefix: &str| {
        articles
            .iter()
            .find(|a| a["id"].as_str().is_some_and(|id| id.starts_with(prefix)))
            .expect("seed present")
    };
    assert_eq!(by_id("000")["outlet"], "Kyiv Post");
    assert_eq!(by_id("004")["outlet"], "BBC");
    assert_eq!(by_id("003")["published"], "2025-05-16");
    let paragraphs = by_id("004")["paragraphs"].to_string();
    assert!(!paragraphs.contains("Leave a Reply"));
    assert!(by_id("004")["removed"]
        .to_string()
        .contains("Leave a Reply"));
}

#[test]
fn disputes_json_gives_the_three_round_1_disputes_of_the_seeds() {
    let disputes = json(&["disputes", "--json"]);
    let disputes = disputes.as_array().expect("an array");
    assert_eq!(disputes.len(), 3, "{disputes:#?}");
    for d in disputes {
        assert_eq!(d["round"], 1);
        for field in ["slot", "subject", "why", "values"] {
            assert!(d.get(field).is_some(), "{field}");
        }
        for value in d["values"].as_array().expect("values") {
            assert!(value["value"].is_string());
            assert!(value["articles"].is_array());
            let evidence = value["evidence"].as_array().expect("evidence");
            assert!(evidence
                .iter()
                .all(|e| e["article"].is_string() && e["text"].is_string()));
        }
    }
    let round_3 = json(&["disputes", "--json", "--round", "3"]);
    assert_eq!(round_3.as_array().map(Vec::len), Some(0));
}

#[test]
fn rounds_json_names_rounds_1_and_3() {
    let rounds = json(&["rounds", "--json"]);
    let numbers: Vec<Value> = rounds
        .as_array()
        .expect("an array")
        .iter()
        .map(|r| r["round"].clone())
        .collect();
    assert_eq!(numbers, vec![Value::from(1), Value::from(3)]);
}

#[test]
fn entities_json_can_be_filtered_by_kind_and_list_by_entity() {
    let places = json(&["entities", "--json", "--kind", "place"]);
    let places = places.as_array().expect("an array");
    assert!(places.iter().all(|e| e["kind"] == "place"));
    assert!(places.iter().any(|e| e["name"] == "Kyiv"));
    let with_kyiv = json(&["list", "--json", "--entity", "kiev"]);
    assert!(!with_kyiv.as_array().expect("an array").is_empty());
}

#[test]
fn a_missing_path_exits_non_zero_and_names_it() {
    for args in [vec!["/no/such/folder"], vec!["list", "/no/such/folder"]] {
        let (code, _, stderr) = crosscheck(&args);
        assert_eq!(code, 1);
        assert!(stderr.contains("/no/such/folder"), "{stderr}");
    }
}

#[test]
fn unknown_kinds_rounds_and_entities_are_clear_errors() {
    let (code, _, stderr) = crosscheck(&["entities", "--kind", "planet"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("unknown kind"), "{stderr}");
    let (code, _, stderr) = crosscheck(&["disputes", "--round", "7"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("no round 7"), "{stderr}");
    let (code, _, stderr) = crosscheck(&["list", "--entity", "Nobody Atall"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("no entity"), "{stderr}");
}

#[test]
fn a_crosscheck_toml_beside_the_articles_merges_and_pins() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.txt"),
        "Talks open\n\nTrade Minister Anna Kovacs met envoys in Geneva on Monday.\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("b.txt"),
        "Talks go on\n\nTrade Minister Ani Kovach spoke again in Geneva on Tuesday.\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("crosscheck.toml"),
        "[aliases]\nmerge = [[\"Anna Kovacs\", \"Ani Kovach\"]]\n\n[rounds]\nb = 4\n",
    )
    .expect("write");
    let path = dir.path().to_string_lossy().into_owned();
    let entities = json(&["entities", "--json", "--kind", "person", &path]);
    let anna = entities
        .as_array()
        .expect("an array")
        .iter()
        .find(|e| e["name"] == "Anna Kovacs")
        .expect("the merged person");
    assert!(anna["aliases"].to_string().contains("Ani Kovach"), "{anna}");
    assert_eq!(anna["articles"].as_array().map(Vec::len), Some(2));
    let rounds = json(&["rounds", "--json", &path]);
    assert!(rounds
        .as_array()
        .expect("an array")
        .iter()
        .any(|r| r["round"] == 4 && r["articles"].to_string().contains("\"b\"")));
}
