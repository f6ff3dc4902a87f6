//! Prints the README's key table from the action table: `cargo run --example key_table`.

fn main() {
    print!("{}", crosscheck::input::markdown_key_table());
}
