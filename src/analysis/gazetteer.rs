//! placeholder
pub fn fold(s: &str) -> String {
    s.to_lowercase()
}
pub fn is_place_or_demonym(_w: &str) -> bool {
    false
}
pub fn country_of(_w: &str) -> Option<String> {
    None
}
