//! Embeds the sample articles in `seeds/` into the binary: writes `$OUT_DIR/seeds.rs`, a
//! sorted list of `(file name, include_bytes!(...))` pairs, so that adding a seed file
//! needs no code change and the binary runs with no files at hand.

use std::error::Error;
use std::path::PathBuf;
use std::{env, fs};

fn main() -> Result<(), Box<dyn Error>> {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?).join("seeds");
    // A directory here makes cargo rerun the script when any file in it changes.
    println!("cargo:rerun-if-changed=seeds");
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for entry in fs::read_dir(&dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_file() && !name.starts_with('.') {
            files.push((name, entry.path()));
        }
    }
    files.sort();
    let mut out = String::from("/// The seed articles: (file name, raw bytes), sorted by name.\n");
    out.push_str("pub(crate) const SEEDS: &[(&str, &[u8])] = &[\n");
    for (name, path) in &files {
        out.push_str(&format!(
            "    ({name:?}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    fs::write(PathBuf::from(env::var("OUT_DIR")?).join("seeds.rs"), out)?;
    Ok(())
}
