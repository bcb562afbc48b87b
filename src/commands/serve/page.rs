//! The page itself: HTML made from the project's catalog in the words of the page's language,
//! and its stylesheet and script, compiled into the binary. It loads nothing from elsewhere.

use std::fmt::Write as _;

use super::worker::Catalog;

/// The stylesheet, served as `/app.css`.
pub(crate) const CSS: &str = include_str!("assets/app.css");

/// The script, served as `/app.js`.
pub(crate) const JS: &str = include_str!("assets/app.js");

/// Text made safe to put between tags or in a quoted attribute.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page in locale `ui` (English when the project has no such locale).
pub(crate) fn html(catalog: &Catalog, ui: &str) -> String {
    let ui = if catalog.words.contains_key(ui) { ui } else { crate::model::locale::FALLBACK };
    let words = catalog.words.get(ui);
    let t = |id: &str| esc(words.and_then(|w| w.get(id)).map_or(id, String::as_str));
    let ui_lang = catalog.langs.iter().find(|l| l.tag == ui);
    let (html_lang, html_dir) = ui_lang.map_or(("en", "ltr"), |l| (l.lang.as_str(), if l.rtl { "rtl" } else { "ltr" }));

    let mut cards = String::new();
    for card in &catalog.cards {
        let _ = write!(
            cards,
            r#"<label class="choice"><input type="checkbox" name="card" value="{id}" data-lines="{lines}"> <span class="title">{title}</span> <code>{id}</code></label>"#,
            id = esc(&card.id),
            lines = esc(&card.write_in.join(" ")),
            title = t(&card.id),
        );
    }
    let mut langs = String::new();
    let mut officer = String::new();
    for lang in &catalog.langs {
        let dir = if lang.rtl { "rtl" } else { "ltr" };
        let _ = write!(
            langs,
            r#"<label class="choice"><input type="checkbox" name="lang" value="{tag}"> <span lang="{lang}" dir="{dir}">{name}</span> <code>{tag} · {english}</code></label>"#,
            tag = esc(&lang.tag),
            lang = esc(&lang.lang),
            name = esc(&lang.name),
            english = esc(&lang.english_name),
        );
        let selected = if lang.tag == crate::model::locale::FALLBACK { " selected" } else { "" };
        let _ = write!(
            officer,
            r#"<option value="{tag}" lang="{lang}" dir="{dir}"{selected}>{name}</option>"#,
            tag = esc(&lang.tag),
            lang = esc(&lang.lang),
            name = esc(&lang.name),
        );
    }
    // One field per write-in line of any card, shown for the chosen cards that have it.
    let mut lines: Vec<&str> = catalog.cards.iter().flat_map(|c| c.write_in.iter().map(String::as_str)).collect();
    lines.sort();
    lines.dedup();
    let mut personal = String::new();
    for line in lines {
        let label = words.and_then(|w| w.get(&format!("line:{line}"))).map_or(line, String::as_str);
        let _ = write!(
            personal,
            r#"<p class="field personal-line" data-line="{line}" hidden><label for="personal-{line}">{label}</label> <input id="personal-{line}" type="text" data-line="{line}" autocomplete="off" spellcheck="false" aria-describedby="personal-privacy"></p>"#,
            line = esc(line),
            label = esc(label),
        );
    }
    // The words the script shows, as JSON inside a script element (`<` escaped, so that no
    // text can close it).
    let script_words: serde_json::Map<String, serde_json::Value> = words
        .map(|w| {
            w.iter()
                .filter(|(id, _)| id.starts_with("serve-"))
                .map(|(id, text)| (id.clone(), serde_json::Value::String(text.clone())))
                .collect()
        })
        .unwrap_or_default();
    let script_words = serde_json::Value::Object(script_words).to_string().replace('<', "\\u003c");

    // One pass over the template, so that nothing inserted is read as a placeholder.
    let mut out = String::with_capacity(TEMPLATE.len() + cards.len() + langs.len() + personal.len());
    let mut rest = TEMPLATE;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            rest = &rest[start..];
            break;
        };
        let key = &after[..end];
        match key {
            "lang" => out.push_str(html_lang),
            "dir" => out.push_str(html_dir),
            "cards" => out.push_str(&cards),
            "langs" => out.push_str(&langs),
            "officer" => out.push_str(&officer),
            "personal" => out.push_str(&personal),
            "words" => out.push_str(&script_words),
            id => out.push_str(&t(id)),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

/// The page's HTML, its words as `{{message-id}}`.
const TEMPLATE: &str = include_str!("assets/index.html");

#[cfg(test)]
mod tests {
    #[test]
    fn text_is_escaped() {
        assert_eq!(super::esc(r#"<b a="x">&'"#), "&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
    }
}
