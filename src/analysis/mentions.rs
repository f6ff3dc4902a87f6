//! placeholder
use super::Mention;
use crate::corpus::Article;
pub fn extract_mentions(_article: &Article) -> Vec<Mention> {
    Vec::new()
}
