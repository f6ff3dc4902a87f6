//! placeholder
use super::{Entity, Mention};
use crate::config::AliasConfig;
use crate::corpus::Article;
pub fn merge_entities(_a: &[Article], _m: &mut [Mention], _c: &AliasConfig) -> Vec<Entity> {
    Vec::new()
}
