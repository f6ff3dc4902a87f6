//! Raw bytes -> text: BOMs, UTF-16, lossy UTF-8, line endings, and the refusal of binary
//! or empty input.

/// Text ready for a format reader, plus notes worth a warning.
#[derive(Debug, PartialEq)]
pub(crate) struct Decoded {
    pub text: String,
    pub notes: Vec<String>,
}

/// How much of the input the binary sniffing looks at; enough to catch real binaries,
/// bounded so a 200 MB text file costs nothing extra.
const SNIFF_BYTES: usize = 64 * 1024;

/// Decodes `bytes`, or says why the file is skipped ("looks binary, skipped",
/// "empty, skipped").
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let mut notes = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8(rest, &mut notes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes, &mut notes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes, &mut notes)
    } else {
        utf8(bytes, &mut notes)?
    };
    if looks_binary(&text) {
        return Err("looks binary, skipped".into());
    }
    if text.trim().is_empty() {
        return Err("empty, skipped".into());
    }
    // Vectorised, as above.
    let text = if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    Ok(Decoded { text, notes })
}

fn utf8(bytes: &[u8], notes: &mut Vec<String>) -> Result<String, String> {
    // Without a BOM, NUL bytes mean binary (or UTF-16 without a BOM, which we cannot
    // tell from binary reliably either).
    // The vectorised search: `slice::contains` reads a word at a time.
    if memchr::memchr(0, &bytes[..bytes.len().min(SNIFF_BYTES)]).is_some() {
        return Err("looks binary, skipped".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len());
            let mut replaced = 0usize;
            let mut sniffed_chars = 0usize;
            let mut sniffed_bad = 0usize;
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                if sniffed_chars < SNIFF_BYTES {
                    sniffed_chars += chunk.valid().len();
                }
                if !chunk.invalid().is_empty() {
                    out.push(char::REPLACEMENT_CHARACTER);
                    replaced += 1;
                    if sniffed_chars < SNIFF_BYTES {
                        sniffed_chars += 1;
                        sniffed_bad += 1;
                    }
                }
            }
            // Random bytes are mostly invalid UTF-8; a Latin-1 file has a few bad bytes.
            if sniffed_chars > 0 && sniffed_bad * 100 / sniffed_chars > 30 {
                return Err("looks binary, skipped".into());
            }
            notes.push(format!(
                "invalid UTF-8, decoded lossily ({replaced} replacement characters)"
            ));
            Ok(out)
        }
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, notes: &mut Vec<String>) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut replaced = usize::from(bytes.len() % 2 == 1);
    let mut out: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                replaced += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if bytes.len() % 2 == 1 {
        out.push(char::REPLACEMENT_CHARACTER);
    }
    if replaced > 0 {
        notes.push(format!(
            "invalid UTF-16, decoded lossily ({replaced} replacement characters)"
        ));
    }
    out
}

/// The ASCII bytes that are binary controls: NUL and the controls but for \n, \r, \t and
/// \x0c.
const ASCII_BINARY_CONTROL: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b < 0x20 || b == 0x7F) && !matches!(b, 0x0A | 0x0D | 0x09 | 0x0C);
        b += 1;
    }
    table
};

/// NULs or a high share (over 10%) of control characters in the first 64 KiB.
fn looks_binary(text: &str) -> bool {
    // The first `SNIFF_BYTES` chars, read in one pass by the byte rather than decoded: a
    // char starts at every byte that is not a continuation byte (0b10xxxxxx), the ASCII
    // controls are bytes, and the only other controls (U+0080 to U+009F, which
    // `char::is_control` also accepts) are 0xC2 followed by 0x80..=0x9F.
    let bytes = text.as_bytes();
    // Whether byte `b`, after byte `previous`, is a control of either kind.
    let is_control = |previous: u8, b: u8| {
        let c1 = previous == 0xC2 && (0x80..=0x9F).contains(&b);
        c1 || (b < 0x80 && ASCII_BINARY_CONTROL[usize::from(b & 0x7F)])
    };
    let (mut total, mut control, mut nul) = (0usize, 0usize, false);
    // Whole blocks first, from the second byte, while a block cannot reach the sniffed
    // length (it starts at most as many chars as it has bytes): counted by sums without
    // branches, which the compiler vectorises. The rest goes by the byte below.
    const BLOCK: usize = 64;
    let mut at = 0;
    if let Some(&first) = bytes.first() {
        total = usize::from(first & 0xC0 != 0x80);
        control = usize::from(is_control(0, first));
        nul = first == 0;
        at = 1;
        while at + BLOCK <= bytes.len() && total + BLOCK <= SNIFF_BYTES {
            let pairs = bytes[at - 1..at - 1 + BLOCK]
                .iter()
                .zip(&bytes[at..at + BLOCK]);
            // Byte counters (a block has fewer than 256 bytes) and comparisons only, no
            // table: `is_control` spelt out as plain byte tests.
            let (mut starts, mut controls, mut zeros) = (0u8, 0u8, 0u8);
            for (&previous, &b) in pairs {
                starts += u8::from(b & 0xC0 != 0x80);
                let ascii = u8::from(b < 0x20) + u8::from(b == 0x7F)
                    - u8::from(b == 0x09)
                    - u8::from(b == 0x0A)
                    - u8::from(b == 0x0C)
                    - u8::from(b == 0x0D);
                let c1 = u8::from(previous == 0xC2) & u8::from((0x80..=0x9F).contains(&b));
                controls += ascii + c1;
                zeros += u8::from(b == 0);
            }
            total += usize::from(starts);
            control += usize::from(controls);
            nul |= zeros > 0;
            at += BLOCK;
        }
    }
    let mut previous = if at > 0 { bytes[at - 1] } else { 0 };
    for &b in &bytes[at..] {
        if b & 0xC0 != 0x80 {
            if total == SNIFF_BYTES {
                break;
            }
            total += 1;
        }
        control += usize::from(is_control(previous, b));
        nul |= b == 0;
        previous = b;
    }
    total > 0 && (control * 10 > total || nul)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The char-by-char reading `looks_binary` counts by the byte.
    fn looks_binary_by_char(text: &str) -> bool {
        let binary_control =
            |c: char| c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'));
        let (mut total, mut control, mut nul) = (0usize, 0usize, false);
        for c in text.chars().take(SNIFF_BYTES) {
            total += 1;
            control += usize::from(binary_control(c));
            nul |= c == '\0';
        }
        total > 0 && (control * 10 > total || nul)
    }

    proptest::proptest! {
        #[test]
        fn binary_sniffing_by_the_byte_reads_chars(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "word ", "\n", "\r", "\t", "\x0c", "\x01", "\x1f", "\x7f", "\0",
                    "\u{80}", "\u{9f}", "\u{a0}", "é", "—", "€", "😀", "\u{2028}",
                ]),
                0..80,
            ),
            long in 0usize..3,
        ) {
            let mut text: String = parts.concat();
            // Past the sniffed length too, where only the first chars count.
            if long > 0 {
                text = format!("{}{}", "é".repeat(SNIFF_BYTES / 2 + long * 20_000), text);
            }
            proptest::prop_assert_eq!(looks_binary(&text), looks_binary_by_char(&text));
        }
    }

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFF, 0xFE] } else { vec![] };
        v.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        v
    }

    #[test]
    fn encodings_decode_to_the_same_text() {
        let want = "Kyiv — Türkiye\nnext";
        let mut be = vec![0xFE, 0xFF];
        be.extend(want.encode_utf16().flat_map(u16::to_be_bytes));
        let mut bom8 = vec![0xEF, 0xBB, 0xBF];
        bom8.extend(want.as_bytes());
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("plain utf-8", want.as_bytes().to_vec()),
            ("utf-8 with bom", bom8),
            ("utf-16 le with bom", utf16le(want, true)),
            ("utf-16 be with bom", be),
            ("crlf", "Kyiv — Türkiye\r\nnext".as_bytes().to_vec()),
            ("bare cr", "Kyiv — Türkiye\rnext".as_bytes().to_vec()),
        ];
        for (label, bytes) in cases {
            let d = decode(&bytes).unwrap_or_else(|e| panic!("{label}: {e}"));
            assert_eq!(d.text, want, "{label}");
            assert!(d.notes.is_empty(), "{label}: {:?}", d.notes);
        }
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_a_count() {
        let d = decode(b"caf\xe9 and cr\xe8me, fine otherwise").unwrap();
        assert_eq!(d.text, "caf\u{fffd} and cr\u{fffd}me, fine otherwise");
        assert_eq!(
            d.notes,
            vec!["invalid UTF-8, decoded lossily (2 replacement characters)"]
        );
    }

    #[test]
    fn binary_and_empty_inputs_are_refused() {
        let noise: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            (
                "nul bytes",
                b"PK\x03\x04\0\0abc".to_vec(),
                "looks binary, skipped",
            ),
            ("noise", noise, "looks binary, skipped"),
            (
                "controls",
                b"\x01\x02\x03\x04abc\x05\x06".to_vec(),
                "looks binary, skipped",
            ),
            (
                "utf-16 without bom",
                utf16le("hello there", false),
                "looks binary, skipped",
            ),
            ("empty", vec![], "empty, skipped"),
            ("whitespace", b" \n\r\n\t ".to_vec(), "empty, skipped"),
            ("bom only", vec![0xEF, 0xBB, 0xBF], "empty, skipped"),
        ];
        for (label, bytes, want) in cases {
            assert_eq!(decode(&bytes), Err(want.to_string()), "{label}");
        }
    }

    #[test]
    fn odd_utf16_tails_and_lone_surrogates_do_not_panic() {
        let mut bytes = utf16le("ok text", true);
        bytes.extend([0x00, 0xD8, 0x41]); // lone high surrogate + odd byte
        let d = decode(&bytes).unwrap();
        assert!(d.text.starts_with("ok text"));
        assert_eq!(d.notes.len(), 1);
    }
}
