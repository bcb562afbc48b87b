//! The texts that provenance and sign-offs are about: each part of a message (its value and
//! each attribute) in one canonical form, and the hashes that stand for them in the records.

use fluent_syntax::ast;
use sha2::{Digest, Sha256};

/// The record key of one part of message `id`: the id for its value, `id.attr` for an
/// attribute.
pub(crate) fn part_key(id: &str, part: &str) -> String {
    if part.is_empty() { id.to_string() } else { format!("{id}.{part}") }
}

/// The parts of a message (`""` for the value, then each attribute's name), each as Fluent
/// source in canonical form: as the Fluent serializer writes it, indentation removed, so that
/// re-indenting a message or moving it to another file does not change it.
pub(crate) fn canonical_parts(message: &ast::Message<&str>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(value) = &message.value {
        out.push((String::new(), canonical_pattern(value)));
    }
    for attr in &message.attributes {
        out.push((attr.id.name.to_string(), canonical_pattern(&attr.value)));
    }
    out
}

fn canonical_pattern(pattern: &ast::Pattern<&str>) -> String {
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "m" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let serialized = fluent_syntax::serializer::serialize(&resource);
    let body = serialized.strip_prefix("m =").unwrap_or(&serialized);
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let first = lines.iter().position(|l| !l.is_empty()).unwrap_or(lines.len());
    let last = lines.iter().rposition(|l| !l.is_empty()).map_or(first, |i| i + 1);
    lines[first..last].join("\n")
}

/// The SHA-256 of a text, in lowercase hexadecimal.
pub(crate) fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The hash of a whole message: every part, in order, each with its name.
pub(crate) fn message_hash(parts: &[(String, String)]) -> String {
    let mut all = String::new();
    for (name, text) in parts {
        all.push_str(name);
        all.push('\u{0}');
        all.push_str(text);
        all.push('\u{0}');
    }
    hash(&all)
}

/// A hash as shown to people: its first 12 digits, enough to tell texts apart at a glance.
pub(crate) fn short(hash: &str) -> &str {
    &hash[..hash.len().min(12)]
}

#[cfg(test)]
mod tests {
    use super::{canonical_parts, hash, message_hash};

    fn parts(ftl: &str) -> Vec<(String, String)> {
        let resource = fluent_syntax::parser::parse(ftl).expect("valid ftl");
        match &resource.body[0] {
            fluent_syntax::ast::Entry::Message(m) => canonical_parts(m),
            _ => panic!("not a message"),
        }
    }

    #[test]
    fn indentation_does_not_change_the_text_but_words_do() {
        let a = parts("m = You may { $x }\n    .title = T\n");
        let b = parts("m =\n        You may { $x }\n  .title =    T\n");
        assert_eq!(a, b);
        assert_eq!(a[0].1, "You may { $x }");
        assert_eq!(a[1], ("title".to_string(), "T".to_string()));
        let c = parts("m = You will { $x }\n    .title = T\n");
        assert_ne!(message_hash(&a), message_hash(&c));
        let multi = parts("m =\n    one\n    two\n");
        assert_eq!(multi[0].1, "one\ntwo");
    }

    #[test]
    fn hashes_are_sha256() {
        assert_eq!(hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
