//! `pocketcard serve` in a real browser: headless Chromium driven over WebDriver (chromedriver on
//! localhost). Runs when /usr/bin/chromium and /usr/bin/chromedriver are installed, and says so
//! plainly when they are not; with POCKETCARD_REQUIRE_BROWSER=1 (as CI sets it) a missing
//! browser fails.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::serve::Server;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Whether the browser is there; when not, says so (or fails, when CI requires it).
fn browser_present(test: &str) -> bool {
    let present = Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists();
    if !present {
        if std::env::var("POCKETCARD_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
            panic!("{test}: {CHROMIUM} and {CHROMEDRIVER} are required (POCKETCARD_REQUIRE_BROWSER=1)");
        }
        eprintln!(
            "SKIPPED {test}: no {CHROMIUM} or {CHROMEDRIVER}, so the browser test did not run \
             (install Debian's chromium and chromium-driver to run it)"
        );
    }
    present
}

/// A chromedriver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(30), "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, port }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Where this test keeps what it saw: the screenshot, the downloads.
fn output_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve-browser");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn connect(driver: &Driver, downloads: &Path) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": CHROMIUM,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,2200", "--lang=en"],
            "prefs": {
                "download.default_directory": downloads.to_str().unwrap(),
                "download.prompt_for_download": false,
            },
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a WebDriver session")
}

/// Runs `script` until it returns something true, or fails naming `what` after a minute.
async fn until(client: &Client, what: &str, script: &str) -> serde_json::Value {
    let started = Instant::now();
    loop {
        let value = client.execute(script, vec![]).await.unwrap();
        if !(value.is_null() || value == json!(false) || value == json!("")) {
            return value;
        }
        if started.elapsed() > Duration::from_secs(90) {
            let status = client.execute("return document.getElementById('status').textContent", vec![]).await;
            panic!("waited a minute and a half for {what}; the page says {status:?}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

/// Presses and releases Tab.
async fn tab(client: &Client) {
    use fantoccini::actions::{InputSource as _, KeyAction, KeyActions};
    let tab = '\u{E004}';
    let press =
        KeyActions::new("keyboard".into()).then(KeyAction::Down { value: tab }).then(KeyAction::Up { value: tab });
    client.perform_actions(press).await.unwrap();
}

/// JavaScript naming the focused element: its id, or the name and value of a choice.
const FOCUSED: &str = "const e = document.activeElement; \
    return e === document.body || !e ? '' : (e.id || (e.name + '=' + e.value));";

#[test]
fn every_control_is_reached_by_keyboard_and_named_by_a_label() {
    if !browser_present("every_control_is_reached_by_keyboard_and_named_by_a_label") {
        return;
    }
    let server = Server::start(&[]);
    let driver = Driver::start();
    let downloads = tempfile::tempdir().unwrap();
    runtime().block_on(async {
        let client = connect(&driver, downloads.path()).await;
        client.goto(&server.url()).await.unwrap();
        // Every control the page shows: for a radio group, the one Tab stops at (the checked).
        let controls = client
            .execute(
                "return [...document.querySelectorAll('input, select, button')]
                  .filter(e => !e.disabled && e.checkVisibility() && !(e.type === 'radio' && !e.checked))
                  .map(e => e.id || (e.name + '=' + e.value));",
                vec![],
            )
            .await
            .unwrap();
        let controls: Vec<String> = serde_json::from_value(controls).unwrap();
        assert!(controls.len() > 30, "{controls:?}");
        // Each is named: by a label (for= or around it), as a screen reader reads it.
        let unnamed = client
            .execute(
                "return [...document.querySelectorAll('input, select, button')]
                  .filter(e => e.type !== 'hidden' && e.tagName !== 'BUTTON' && e.labels.length === 0)
                  .map(e => e.id || e.name);",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(unnamed, json!([]), "controls without a label");
        // Tab from the top of the page through all of them, as a keyboard does.
        client.execute("document.activeElement && document.activeElement.blur();", vec![]).await.unwrap();
        let mut reached = Vec::new();
        for _ in 0..controls.len() + 5 {
            tab(&client).await;
            let focused = client.execute(FOCUSED, vec![]).await.unwrap();
            reached.push(focused.as_str().unwrap_or_default().to_string());
        }
        let missed: Vec<&String> = controls.iter().filter(|c| !reached.contains(c)).collect();
        assert!(missed.is_empty(), "Tab never reached {missed:?}; it went {reached:?}");
        // The order follows the page: the cards come before the languages, the preview after.
        let at = |c: &str| reached.iter().position(|r| r == c).unwrap_or(usize::MAX);
        assert!(at("card=wallet-rights") < at("lang=th") && at("lang=th") < at("download-pdf"));
        // A choice is made with the keyboard alone: Space on the focused checkbox.
        client.execute("document.querySelector('input[name=card][value=prepare]').focus();", vec![]).await.unwrap();
        {
            use fantoccini::actions::{InputSource as _, KeyAction, KeyActions};
            let space = KeyActions::new("keyboard".into())
                .then(KeyAction::Down { value: ' ' })
                .then(KeyAction::Up { value: ' ' });
            client.perform_actions(space).await.unwrap();
        }
        let chosen = client
            .execute("return document.querySelector('input[name=card][value=prepare]').checked;", vec![])
            .await
            .unwrap();
        assert_eq!(chosen, json!(true));
        client.close().await.unwrap();
    });
}

#[test]
fn thai_wallet_rights_previews_takes_an_organization_and_downloads() {
    if !browser_present("thai_wallet_rights_previews_takes_an_organization_and_downloads") {
        return;
    }
    let server = Server::start(&[]);
    let driver = Driver::start();
    let downloads = tempfile::tempdir().unwrap();
    runtime().block_on(async {
        let client = connect(&driver, downloads.path()).await;
        client.goto(&server.url()).await.unwrap();
        client.find(Locator::Css("input[name=lang][value=th]")).await.unwrap().click().await.unwrap();
        client.find(Locator::Css("input[name=card][value=wallet-rights]")).await.unwrap().click().await.unwrap();
        until(&client, "the preview's two pages", "return document.querySelectorAll('#pages img').length === 2;").await;
        let picked = client
            .execute("return document.getElementById('preview-lang').selectedOptions[0].textContent;", vec![])
            .await
            .unwrap();
        assert_eq!(picked, json!("ไทย"));
        let alt = client.execute("return document.querySelector('#pages img').alt;", vec![]).await.unwrap();
        assert!(alt.as_str().unwrap().contains("1 / 2"), "{alt}");
        let problems = client.execute("return document.getElementById('problems').textContent;", vec![]).await.unwrap();
        assert!(!problems.as_str().unwrap().is_empty());
        let officer_side =
            client.execute("return document.querySelector('#pages img[data-page=\"2\"]').src;", vec![]).await.unwrap();

        // An organization's name redraws the officer's side.
        client.find(Locator::Id("org-name")).await.unwrap().send_keys("Harbour Street Collective").await.unwrap();
        let script = format!(
            "const img = document.querySelector('#pages img[data-page=\"2\"]'); \
             return img && img.src !== {officer_side} && !document.getElementById('preview').hasAttribute('aria-busy');"
        );
        until(&client, "the preview with the organization", &script).await;

        // The page as it looks, for people to see.
        let png = client.screenshot().await.unwrap();
        let shot = output_dir().join("serve-page.png");
        std::fs::write(&shot, &png).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        eprintln!("screenshot: {}", shot.display());

        // Download the PDF and read it as a viewer would.
        client.find(Locator::Id("download-pdf")).await.unwrap().click().await.unwrap();
        let started = Instant::now();
        let pdf = loop {
            let found = std::fs::read_dir(downloads.path())
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.extension().is_some_and(|e| e == "pdf"));
            if let Some(pdf) = found {
                break pdf;
            }
            assert!(started.elapsed() < Duration::from_secs(60), "no PDF was downloaded");
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        assert_eq!(pdf.file_name().unwrap(), "wallet-rights-th.pdf");
        tokio::time::sleep(Duration::from_millis(300)).await;
        let text: Vec<String> = (1..=2).flat_map(|page| common::viewer::words(&pdf, page)).map(|w| w.text).collect();
        let text = text.join(" ");
        assert!(text.contains("Harbour") && text.contains("Collective"), "{text}");
        // The holder's side is in Thai.
        assert!(text.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)), "{text}");
        std::fs::copy(&pdf, output_dir().join("wallet-rights-th.pdf")).unwrap();
        client.close().await.unwrap();
    });
}
