//! placeholder
pub fn fold(s: &str) -> String {
    s.to_lowercase()
}
