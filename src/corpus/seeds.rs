//! The five sample articles compiled into the binary (listed by `build.rs`), so that
//! `crosscheck` with no arguments has something to show.

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));
