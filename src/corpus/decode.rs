//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 (the
//! usual encoding of legacy news files); line endings normalised to `\n`.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The decoded text and, when the bytes were not UTF-8, a note saying how they were read.
pub fn decode(bytes: Vec<u8>) -> (String, Option<String>) {
    let (text, note) = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        (String::from_utf8_lossy(rest).into_owned(), None)
    } else if bytes.starts_with(b"\xff\xfe") {
        let (t, _) = UTF_16LE.decode_with_bom_removal(&bytes);
        (t.into_owned(), None)
    } else if bytes.starts_with(b"\xfe\xff") {
        let (t, _) = UTF_16BE.decode_with_bom_removal(&bytes);
        (t.into_owned(), None)
    } else {
        // Taken over without a copy when it is UTF-8 (nearly always).
        match String::from_utf8(bytes) {
            Ok(t) => (t, None),
            Err(e) => {
                let e_utf8 = e.utf8_error();
                let bytes = e.as_bytes();
                let (t, _, _) = WINDOWS_1252.decode(bytes);
                let line = bytes[..e_utf8.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                (
                    t.into_owned(),
                    Some(format!(
                        "not valid UTF-8 (first bad byte on line {line}); read as Windows-1252"
                    )),
                )
            }
        }
    };
    (normalise_newlines(text), note)
}

fn normalise_newlines(text: String) -> String {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn encodings() {
        assert_eq!(decode(b"caf\xc3\xa9\r\nx\ry".to_vec()).0, "café\nx\ny");
        let (t, note) = decode(b"caf\xe9 \x93q\x94".to_vec());
        assert_eq!(t, "café “q”");
        assert!(note.unwrap().contains("Windows-1252"));
        assert_eq!(decode(b"\xef\xbb\xbfhi".to_vec()).0, "hi");
        assert_eq!(decode(b"\xff\xfeh\0i\0".to_vec()).0, "hi");
        assert_eq!(decode(b"\xfe\xff\0h\0i".to_vec()).0, "hi");
    }
}
