//! `pocketcard serve` over HTTP: every route, the requests it must refuse, and where a holder's
//! personal values may go (into their one PDF, nowhere else).

mod common;

use std::io::Read as _;

use base64::Engine as _;
use common::serve::{Response, Server};
use serde_json::json;

/// Thai and the wallet rights card, as the page sends them.
fn thai_wallet_rights() -> serde_json::Value {
    json!({
        "cards": ["wallet-rights"],
        "langs": ["th"],
        "officer_lang": "en",
        "preview": { "card": "wallet-rights", "lang": "th" },
    })
}

fn with(mut base: serde_json::Value, key: &str, value: serde_json::Value) -> serde_json::Value {
    base[key] = value;
    base
}

/// The words of every page of a PDF, joined with spaces.
fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("card.pdf");
    std::fs::write(&path, bytes).unwrap();
    let pages = lopdf::Document::load(&path).unwrap().get_pages().len();
    (1..=pages).flat_map(|page| common::viewer::words(&path, page)).map(|w| w.text).collect::<Vec<_>>().join(" ")
}

fn error_of(response: &Response) -> String {
    let json = response.json();
    let mut text = json["error"].as_str().unwrap_or_default().to_string();
    for problem in json["problems"].as_array().into_iter().flatten() {
        text.push('\n');
        text.push_str(problem["message"].as_str().unwrap_or_default());
        for hint in problem["hints"].as_array().into_iter().flatten() {
            text.push_str("\n  hint: ");
            text.push_str(hint.as_str().unwrap_or_default());
        }
    }
    text
}

#[test]
fn the_page_names_every_card_and_every_language_in_its_own_script() {
    let server = Server::start(&[]);
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert!(page.header("content-security-policy").is_some_and(|csp| csp.contains("default-src 'none'")));
    let html = page.text();
    // The page's words come from locales/en/serve.ftl.
    assert!(html.contains("<h1>Make cards</h1>"), "{html}");
    for card in ["wallet-rights", "wallet-numbers", "plan-at-home", "prepare", "flyer-detention", "flyer-providers"] {
        assert!(html.contains(&format!(r#"name="card" value="{card}""#)), "{card}");
    }
    assert!(html.contains(r#"<span lang="th" dir="ltr">ไทย</span>"#));
    assert!(html.contains(r#"<span lang="ar" dir="rtl">العربية</span>"#));
    // Every control has a label: each id'd input, select and button is named by one.
    for id in [
        "officer-lang",
        "paper",
        "bleed",
        "back-offset",
        "org-name",
        "org-phone",
        "org-web",
        "org-logo",
        "preview-card",
        "preview-lang",
        "personal-lawyer",
    ] {
        assert!(html.contains(&format!(r#"<label for="{id}">"#)), "no label for {id}");
    }
    // It loads nothing from elsewhere.
    assert!(!html.contains("http://") || html.matches("http://").all(|_| true) && !html.contains("src=\"http"));
    assert!(!html.contains("https://") || !html.contains("src=\"https"));
    let js = server.get("/app.js");
    assert_eq!(js.status, 200);
    assert!(js.header("content-type").unwrap().starts_with("text/javascript"));
    assert!(js.text().contains("/api/preview") && !js.text().contains("://"));
    let css = server.get("/app.css");
    assert_eq!(css.status, 200);
    assert!(css.header("content-type").unwrap().starts_with("text/css"));
    // The project's own fonts, so that every language's name shows on a machine without them.
    let fonts = server.get("/fonts.css").text();
    assert!(fonts.contains(r#"font-family: "Noto Sans Thai"; src: url("/fonts/NotoSansThai-Regular.ttf")"#), "{fonts}");
    assert!(fonts.contains(r#"[lang="th" i] { font-family: "Noto Sans Thai", "Noto Sans""#), "{fonts}");
    let thai = server.get("/fonts/NotoSansThai-Regular.ttf");
    assert_eq!(thai.status, 200);
    assert_eq!(thai.header("content-type"), Some("font/ttf"));
    assert_eq!(thai.body, std::fs::read(common::repo().join("fonts/NotoSansThai-Regular.ttf")).unwrap());
    for outside in ["/fonts/..%2Fpocketcard.toml", "/fonts/OFL.txt", "/fonts/../pocketcard.toml"] {
        assert_eq!(server.get(outside).status, 404, "{outside}");
    }
    let missing = server.get("/nothing-here");
    assert_eq!(missing.status, 404);
    assert!(error_of(&missing).contains("/nothing-here"));
}

#[test]
fn a_preview_draws_the_pages_and_shows_the_organization() {
    let server = Server::start(&[]);
    let plain = server.post("/api/preview", &thai_wallet_rights());
    assert_eq!(plain.status, 200, "{}", plain.text());
    let answer = plain.json();
    let pages: Vec<Vec<u8>> = answer["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| base64::engine::general_purpose::STANDARD.decode(p.as_str().unwrap()).unwrap())
        .collect();
    assert_eq!(pages.len(), 2, "the wallet rights card has two sides");
    for page in &pages {
        let decoder = png::Decoder::new(std::io::Cursor::new(page.as_slice()));
        let info = decoder.read_info().unwrap().info().clone();
        // A CR80 card, 85.6 x 53.98 mm, wider than tall.
        assert!(info.width > 400 && info.width > info.height, "{}x{}", info.width, info.height);
    }
    assert!(answer["problems"].is_array());
    assert!(answer["messages"]["missing"].is_array());
    // The organization's name changes the officer's side.
    let org = json!({ "name": "Harbour Street Collective", "contacts": "join" });
    let branded = server.post("/api/preview", &with(thai_wallet_rights(), "org", org));
    assert_eq!(branded.status, 200, "{}", branded.text());
    let branded_pages = branded.json()["pages"].clone();
    assert_ne!(branded_pages[1], answer["pages"][1], "the organization's name is on the officer's side");
    // An unknown card is a clear 4xx naming the cards there are.
    let unknown = server
        .post("/api/preview", &with(thai_wallet_rights(), "preview", json!({ "card": "wallet-nope", "lang": "th" })));
    assert_eq!(unknown.status, 422);
    let text = error_of(&unknown);
    assert!(text.contains("unknown card \"wallet-nope\"") && text.contains("wallet-rights"), "{text}");
}

#[test]
fn the_pdf_and_the_zip_are_what_build_makes() {
    let server = Server::start(&[]);
    let org = json!({ "name": "Harbour Street Collective", "phone": "416-555-0100", "contacts": "join" });
    let request = with(
        with(thai_wallet_rights(), "org", org.clone()),
        "preview",
        json!({ "card": "wallet-rights", "lang": "en" }),
    );
    let pdf = server.post("/api/pdf", &request);
    assert_eq!(pdf.status, 200, "{}", pdf.text());
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    assert_eq!(pdf.header("content-disposition"), Some("attachment; filename=\"wallet-rights-en.pdf\""));
    let text = pdf_text(&pdf.body);
    assert!(text.contains("Harbour") && text.contains("Collective"), "{text}");
    // The same bytes as `pocketcard build --org` of the same organization.
    server
        .scratch
        .write("org.toml", "name = \"Harbour Street Collective\"\nphone = \"416-555-0100\"\ncontacts = \"join\"\n");
    let out = tempfile::tempdir().unwrap();
    build_with_org(&server, "org.toml", out.path());
    assert_eq!(std::fs::read(out.path().join("en/wallet-rights.pdf")).unwrap(), pdf.body);

    let everything = json!({
        "cards": ["wallet-rights", "prepare"],
        "langs": ["en", "fr"],
        "sheets": ["letter"],
        "calibrate": true,
        "org": org,
    });
    let zip = server.post("/api/zip", &everything);
    assert_eq!(zip.status, 200, "{}", zip.text());
    assert_eq!(zip.header("content-type"), Some("application/zip"));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip.body.clone())).unwrap();
    let names: Vec<String> = archive.file_names().map(String::from).collect();
    for name in [
        "en/wallet-rights.pdf",
        "en/wallet-rights-1.png",
        "en/wallet-rights-2.png",
        "en/wallet-rights.sheet-letter.pdf",
        "fr/prepare.pdf",
        "fr/calibration-letter.pdf",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} not in {names:?}");
    }
    let mut bytes = Vec::new();
    archive.by_name("fr/wallet-rights.pdf").unwrap().read_to_end(&mut bytes).unwrap();
    assert!(pdf_text(&bytes).contains("Harbour"));
}

#[test]
fn the_org_file_saved_is_one_build_takes_and_a_bad_org_is_refused() {
    let server = Server::start(&[]);
    let org = json!({ "name": "Harbour Street Collective", "web": "https://www.example.org", "contacts": "replace" });
    let saved = server.post("/api/org.toml", &json!({ "org": org }));
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert_eq!(saved.header("content-disposition"), Some("attachment; filename=\"org.toml\""));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("org.toml");
    std::fs::write(&file, &saved.body).unwrap();
    let out = dir.path().join("out");
    build_with_org(&server, file.to_str().unwrap(), &out);
    // A malformed phone number: refused as `--org` refuses it, at its line of org.toml.
    let bad = server.post("/api/preview", &with(thai_wallet_rights(), "org", json!({ "name": "X", "phone": "12" })));
    assert_eq!(bad.status, 422);
    let problem = &bad.json()["problems"][0];
    assert_eq!(problem["message"], "the organization's phone number is malformed");
    assert_eq!(problem["file"], "org.toml");
    assert!(problem["line"].as_u64().is_some());
    // A logo that is not SVG or PNG, one that is not base64, and one that is no image.
    let logo = |name: &str, data: &str| {
        with(thai_wallet_rights(), "org", json!({ "name": "X", "logo": { "name": name, "data": data } }))
    };
    let gif = server.post("/api/preview", &logo("logo.gif", "R0lGODlh"));
    assert_eq!(gif.status, 422);
    assert!(error_of(&gif).contains("the logo must be an SVG or PNG file"), "{}", error_of(&gif));
    let garbled = server.post("/api/preview", &logo("logo.png", "%%% not base64"));
    assert_eq!(garbled.status, 422);
    assert!(error_of(&garbled).contains("not base64"));
    let broken = server.post("/api/pdf", &logo("logo.png", "bm90IGEgcG5n"));
    assert_eq!(broken.status, 422, "{}", broken.text());
    let broken_preview = server.post("/api/preview", &logo("logo.png", "bm90IGEgcG5n"));
    assert_eq!(broken_preview.status, 422, "{}", broken_preview.text());
    assert!(!error_of(&broken_preview).is_empty());
}

#[test]
fn requests_from_elsewhere_and_malformed_ones_are_refused() {
    let server = Server::start(&[]);
    let body = thai_wallet_rights().to_string();
    // DNS rebinding: the right address, another name.
    let rebound = server.request("GET", "/", &[("Host", &format!("rebind.example:{}", server.port))], b"");
    assert_eq!(rebound.status, 403);
    assert!(error_of(&rebound).contains("DNS rebinding"));
    let wrong_port = server.request("GET", "/", &[("Host", "127.0.0.1:1")], b"");
    assert_eq!(wrong_port.status, 403);
    // Another origin may not make cards.
    let foreign = server.request(
        "POST",
        "/api/preview",
        &[("Content-Type", "application/json"), ("Origin", "https://evil.example")],
        body.as_bytes(),
    );
    assert_eq!(foreign.status, 403);
    assert!(error_of(&foreign).contains("evil.example"));
    let cross = server.request(
        "POST",
        "/api/pdf",
        &[("Content-Type", "application/json"), ("Sec-Fetch-Site", "cross-site")],
        body.as_bytes(),
    );
    assert_eq!(cross.status, 403);
    // A plain HTML form elsewhere cannot send JSON.
    let form = server.request("POST", "/api/preview", &[("Content-Type", "text/plain")], body.as_bytes());
    assert_eq!(form.status, 415);
    // Too large: refused from its declared length, before it is read.
    let huge = server.request(
        "POST",
        "/api/preview",
        &[("Content-Type", "application/json"), ("Content-Length", "50000000")],
        b"",
    );
    assert_eq!(huge.status, 413);
    assert!(error_of(&huge).contains("MiB"));
    // Too large, without saying so up front.
    let logo = "A".repeat(7 << 20);
    let sent = with(thai_wallet_rights(), "org", json!({ "name": "X", "logo": { "name": "logo.png", "data": logo } }));
    assert_eq!(server.post("/api/preview", &sent).status, 413);
    // Malformed settings.
    let broken = server.request("POST", "/api/preview", &[("Content-Type", "application/json")], b"{\"cards\": [");
    assert_eq!(broken.status, 400);
    assert!(error_of(&broken).contains("not valid JSON"));
    let unknown = server.post("/api/preview", &json!({ "cards": [], "colour": "red" }));
    assert_eq!(unknown.status, 400);
    let nothing = server.post("/api/zip", &json!({}));
    assert_eq!(nothing.status, 422);
    assert!(error_of(&nothing).contains("choose at least one card"));
    let bleed = server.post("/api/zip", &json!({ "cards": ["prepare"], "langs": ["en"], "bleed": 40 }));
    assert_eq!(bleed.status, 422);
    let offset = server.post("/api/zip", &json!({ "cards": ["prepare"], "langs": ["en"], "back_offset": "left" }));
    assert_eq!(offset.status, 422);
    assert!(error_of(&offset).contains("X,Y"));
    // Still serving after all of it.
    assert_eq!(server.post("/api/preview", &thai_wallet_rights()).status, 200);
    assert!(!server.stderr().contains("panicked"), "{}", server.stderr());
}

#[test]
fn personal_values_go_into_their_pdf_and_nowhere_else() {
    let server = Server::start(&[]);
    let name = "Avery Quillfeather";
    let number = "416-555-0142";
    let value = format!("{name} {number}");
    let request = json!({
        "cards": ["wallet-numbers"],
        "langs": ["en"],
        "preview": { "card": "wallet-numbers", "lang": "en" },
        "personal": { "lawyer": value },
    });
    let pdf = server.post("/api/pdf", &request);
    assert_eq!(pdf.status, 200, "{}", pdf.text());
    assert_eq!(pdf.header("cache-control"), Some("no-store"));
    let text = pdf_text(&pdf.body);
    assert!(text.contains("Quillfeather") && text.contains("0142"), "{text}");
    // A preview with the same settings never draws them, and no other answer holds them.
    let preview = server.post("/api/preview", &request);
    assert_eq!(preview.status, 200);
    let mut answers = vec![preview];
    answers.push(server.post("/api/zip", &request));
    // A card without that line: refused, naming the line and the card that has it.
    let rights = with(request.clone(), "preview", json!({ "card": "wallet-rights", "lang": "en" }));
    answers.push(server.post("/api/pdf", &rights));
    assert!(error_of(answers.last().unwrap()).contains("\"lawyer\""), "{}", answers.last().unwrap().text());
    answers.push(server.post("/api/pdf", &with(request.clone(), "personal", json!({ "trusted": value }))));
    answers.push(server.post("/api/pdf", &with(request.clone(), "personal", json!({ "lawyer": 4165550142u64 }))));
    for answer in &answers[1..] {
        assert!((400..500).contains(&answer.status), "{} {}", answer.status, answer.text());
    }
    for answer in &answers {
        let text = answer.text();
        assert!(!text.contains("Quillfeather") && !text.contains("555-0142") && !text.contains("5550142"), "{text}");
    }
    // The preview's pages are the card with a blank line: the same as without the value.
    let blank = server.post("/api/preview", &with(request.clone(), "personal", json!({})));
    assert_eq!(answers[0].json()["pages"], blank.json()["pages"]);
    // Nothing in the log, the project, out/ or the server's temporary folder.
    let log = server.stderr();
    assert!(!log.contains("Quillfeather") && !log.contains("0142"), "{log}");
    assert!(!server.scratch.out().exists(), "serve wrote out/");
    for file in server.project_files() {
        let bytes = std::fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("Quillfeather") && !text.contains("555-0142"), "{} holds the value", file.display());
    }
}

#[test]
fn a_personal_value_naming_sex_work_is_refused_on_a_worker_card() {
    let server = Server::start(&[]);
    let request = json!({
        "cards": ["wallet-numbers"],
        "langs": ["en"],
        "preview": { "card": "wallet-numbers", "lang": "en" },
        "personal": { "lawyer": "Sex Work Law Clinic 416-555-0177" },
    });
    let refused = server.post("/api/pdf", &request);
    assert_eq!(refused.status, 422, "{}", refused.text());
    let answer = refused.json();
    let problems = answer["problems"].as_array().unwrap();
    assert!(problems.iter().any(|p| p["kind"] == "sensitive-term"), "{answer}");
    let text = refused.text();
    assert!(!text.to_lowercase().contains("sex work") && !text.contains("0177"), "{text}");
}

#[test]
fn a_flood_is_answered_busy_and_the_server_goes_on() {
    let server = Server::start(&[]);
    let request = json!({
        "cards": ["flyer-detention"],
        "langs": ["en"],
        "preview": { "card": "flyer-detention", "lang": "en" },
    });
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..14).map(|_| scope.spawn(|| server.post("/api/preview", &request))).collect();
        handles
            .into_iter()
            .map(|h| {
                let response = h.join().unwrap();
                if response.status == 503 {
                    assert!(error_of(&response).contains("busy"), "{}", response.text());
                }
                response.status
            })
            .collect()
    });
    assert!(statuses.iter().all(|s| *s == 200 || *s == 503), "{statuses:?}");
    assert!(statuses.contains(&503), "14 at once and none was refused: {statuses:?}");
    assert!(statuses.contains(&200), "{statuses:?}");
    assert_eq!(server.post("/api/preview", &request).status, 200);
}

#[test]
fn a_saved_translation_redraws_the_preview_and_shows_its_missing_messages() {
    use std::io::{BufRead, BufReader, Write};
    let server = Server::start(&[]);
    let before = server.post("/api/preview", &thai_wallet_rights()).json();
    assert!(!before["messages"]["missing"].as_array().unwrap().iter().any(|m| m["id"] == "rights-lawyer"));
    // Open the event stream as the page does.
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(stream, "GET /api/events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n", server.host()).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30))).unwrap();
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert!(line.starts_with("HTTP/1.1 200"), "{line}");
    // A translator removes a message from the Thai file and saves.
    let path = "locales/th/wallet-rights.ftl";
    let source = std::fs::read_to_string(server.scratch.root().join(path)).unwrap();
    let start = source.find("rights-lawyer =").unwrap();
    let end = start + source[start..].find("\n\n").unwrap();
    server.scratch.write(path, &format!("{}{}", &source[..start], &source[end..]));
    let mut seen = String::new();
    let data = loop {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            panic!("the stream ended; saw {seen}");
        }
        seen.push_str(&line);
        if let Some(data) = line.trim().strip_prefix("data:") {
            break data.trim().to_string();
        }
    };
    assert!(seen.contains("event: changed"), "{seen}");
    let changed: serde_json::Value = serde_json::from_str(&data).unwrap();
    assert_eq!(changed["langs"], json!(["th"]), "{changed}");
    let after = server.post("/api/preview", &thai_wallet_rights()).json();
    let missing = after["messages"]["missing"].as_array().unwrap();
    let lawyer = missing.iter().find(|m| m["id"] == "rights-lawyer").unwrap_or_else(|| panic!("{missing:?}"));
    assert!(lawyer["at"].as_str().unwrap().contains("locales/en/wallet-rights.ftl:"), "{lawyer}");
    assert_ne!(after["pages"][0], before["pages"][0], "the English text is drawn instead");
}

#[test]
fn a_message_whose_english_changed_is_listed_stale_and_drafts_unreviewed() {
    let scratch = common::Scratch::new(None);
    // The English of one message changes after Thai was translated from it.
    let path = scratch.root().join("locales/en/wallet-rights.ftl");
    let english = std::fs::read_to_string(&path).unwrap();
    let start = english.find("rights-lawyer = ").unwrap() + "rights-lawyer = ".len();
    scratch.write(
        "locales/en/wallet-rights.ftl",
        &format!("{}Ask for a lawyer first. {}", &english[..start], &english[start..]),
    );
    let server = Server::start_in(scratch, &[]);
    let answer = server.post("/api/preview", &thai_wallet_rights());
    assert_eq!(answer.status, 200, "{}", answer.text());
    let messages = answer.json()["messages"].clone();
    let stale = messages["stale"].as_array().unwrap();
    let lawyer = stale.iter().find(|m| m["id"] == "rights-lawyer").unwrap_or_else(|| panic!("{messages}"));
    assert!(lawyer["at"].as_str().unwrap().starts_with("locales/th/wallet-rights.ftl:"), "{lawyer}");
    assert!(!stale.iter().any(|m| m["id"] == "rights-id"), "{messages}");
    // Thai is a draft nobody has signed off: its other messages are not reviewed.
    assert!(messages["unreviewed"].as_array().unwrap().iter().any(|m| m["id"] == "rights-id"), "{messages}");
}

#[test]
fn ctrl_c_stops_it_cleanly_even_with_a_page_open() {
    use std::io::Write;
    let mut server = Server::start(&[]);
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(stream, "GET /api/events HTTP/1.1\r\nHost: {}\r\n\r\n", server.host()).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(server.interrupt(), Some(0), "{}", server.stderr());
    assert!(server.stderr().contains("stopping"));
}

#[test]
fn listening_beyond_this_machine_warns_about_personal_numbers() {
    let mut server = Server::start(&["--listen", "0.0.0.0"]);
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert_eq!(server.interrupt(), Some(0));
    let log = server.stderr();
    assert!(
        log.contains("warning: listening on 0.0.0.0") && log.contains("personal numbers") && log.contains("TLS"),
        "{log}"
    );
    let mut quiet = Server::start(&[]);
    assert_eq!(quiet.interrupt(), Some(0));
    assert!(!quiet.stderr().contains("warning"), "{}", quiet.stderr());
}

/// `pocketcard build` of the English wallet-rights PDF with organization file `org` into `out`,
/// in the server's project: what the page's download must equal.
fn build_with_org(server: &Server, org: &str, out: &std::path::Path) {
    let out = out.to_str().unwrap();
    let args = ["build", "--card", "wallet-rights", "--lang", "en", "--format", "pdf", "--org", org, "--out", out];
    server.scratch.run(&args).assert_ok();
}
