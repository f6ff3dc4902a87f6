//! The README is part of the interface: its key table comes from the action table and its
//! first lines give the two commands a newcomer needs.

#[test]
fn the_readme_key_table_matches_the_action_table() {
    let readme = include_str!("../README.md");
    let table = crosscheck::input::markdown_key_table();
    assert!(
        readme.contains(&table),
        "README key table is stale; replace it with:\n{table}"
    );
}

#[test]
fn the_readme_opens_with_the_two_commands() {
    let readme = include_str!("../README.md");
    let head: String = readme.lines().take(15).collect::<Vec<_>>().join("\n");
    assert!(head.contains("cargo run --release"));
    assert!(head.contains("cargo test"));
}
