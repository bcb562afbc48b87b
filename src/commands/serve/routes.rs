//! The routes: the page and its two files, the preview, the downloads and the event stream.
//! Every answer carries `Cache-Control: no-store` and a content security policy that lets the
//! page load nothing from elsewhere; every request passes the guard first.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::sse::{KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use super::events::Hub;
use super::guard::Allowed;
use super::request::{self, Refused};
use super::worker::{Queue, Reply, SharedCatalog, Task};

/// The largest request body: settings and a logo (4 MiB, a third more as base64).
pub(crate) const BODY_LIMIT: usize = 6 << 20;

/// How long a preview or a PDF may take, waiting in the queue included.
const QUICK: Duration = Duration::from_secs(60);

/// How long a ZIP of many cards may take.
const SLOW: Duration = Duration::from_secs(600);

/// What every handler shares.
#[derive(Clone)]
pub(crate) struct State {
    pub queue: Queue,
    pub catalog: SharedCatalog,
    pub hub: Hub,
    pub allowed: Arc<Allowed>,
}

/// The routes, behind the guard.
pub(crate) fn router(state: State) -> axum::Router {
    axum::Router::new()
        .route("/", get(index))
        .route("/app.css", get(|| async { asset(super::page::CSS, "text/css; charset=utf-8") }))
        .route("/app.js", get(|| async { asset(super::page::JS, "text/javascript; charset=utf-8") }))
        .route("/fonts.css", get(font_css))
        .route("/fonts/{file}", get(font_file))
        .route("/api/preview", post(preview))
        .route("/api/pdf", post(pdf))
        .route("/api/zip", post(zip))
        .route("/api/org.toml", post(org_toml))
        .route("/api/events", get(events))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

/// Refuses what the guard refuses; adds the headers every answer carries.
async fn guard(axum::extract::State(state): axum::extract::State<State>, request: Request, next: Next) -> Response {
    let post = request.method() == Method::POST;
    let mut response = match state.allowed.check(post, request.headers()) {
        Ok(()) => next.run(request).await,
        Err(refusal) => {
            let status = match refusal {
                super::guard::Refusal::NotJson => StatusCode::UNSUPPORTED_MEDIA_TYPE,
                _ => StatusCode::FORBIDDEN,
            };
            problem(status, &refusal.message(&state.allowed), &[])
        }
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; \
             font-src 'self'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    response
}

/// A JSON answer naming what went wrong, with its problems (never a personal value: the
/// diagnostics of personal lines name the line only).
fn problem(status: StatusCode, message: &str, problems: &[crate::diag::Diagnostic]) -> Response {
    let body = serde_json::json!({ "error": message, "problems": super::worker::records(problems) });
    (status, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

fn asset(text: &'static str, mime: &'static str) -> Response {
    ([(header::CONTENT_TYPE, mime)], text).into_response()
}

async fn not_found(request: Request) -> Response {
    let what = request.uri().path().chars().take(200).collect::<String>();
    problem(StatusCode::NOT_FOUND, &format!("there is no {what} here; the page is at /"), &[])
}

/// The rules that give each language the project's fonts.
async fn font_css(axum::extract::State(state): axum::extract::State<State>) -> Response {
    let catalog = state.catalog.read().unwrap_or_else(|p| p.into_inner()).clone();
    asset_owned(catalog.font_css.clone(), "text/css; charset=utf-8")
}

/// One of the project's font files, by name: only the files the catalog lists.
async fn font_file(
    axum::extract::State(state): axum::extract::State<State>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Response {
    let path = state.catalog.read().unwrap_or_else(|p| p.into_inner()).fonts.get(&file).cloned();
    let Some(path) = path else {
        return problem(StatusCode::NOT_FOUND, &format!("there is no font {file:?} in the project's fonts"), &[]);
    };
    let mime = match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("otf") => "font/otf",
        Some("ttc" | "otc") => "font/collection",
        _ => "font/ttf",
    };
    match tokio::task::spawn_blocking(move || std::fs::read(path)).await {
        Ok(Ok(bytes)) => ([(header::CONTENT_TYPE, mime)], Body::from(bytes)).into_response(),
        _ => problem(StatusCode::NOT_FOUND, &format!("cannot read the font {file:?}"), &[]),
    }
}

fn asset_owned(text: String, mime: &'static str) -> Response {
    ([(header::CONTENT_TYPE, mime)], text).into_response()
}

/// The page, in the language `?ui=TAG` names (English by default).
async fn index(axum::extract::State(state): axum::extract::State<State>, request: Request) -> Response {
    let ui = request
        .uri()
        .query()
        .unwrap_or("")
        .split('&')
        .find_map(|pair| pair.strip_prefix("ui="))
        .unwrap_or(crate::model::locale::FALLBACK)
        .to_string();
    let catalog = state.catalog.read().unwrap_or_else(|p| p.into_inner()).clone();
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], super::page::html(&catalog, &ui)).into_response()
}

/// Reads a request's body within [`BODY_LIMIT`], or answers why not.
async fn body(request: Request) -> Result<Bytes, Response> {
    let too_large = || {
        problem(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!(
                "the request is larger than {} MiB: a logo may be at most {} MiB",
                BODY_LIMIT >> 20,
                crate::model::input::FileKind::Logo.limit() >> 20
            ),
            &[],
        )
    };
    // Refused from its declared length before a byte of it is read.
    let declared = request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|length| length > BODY_LIMIT as u64) {
        return Err(too_large());
    }
    axum::body::to_bytes(request.into_body(), BODY_LIMIT).await.map_err(|_| too_large())
}

/// The answer to malformed settings: 400.
fn bad_request(refused: Refused) -> Response {
    problem(StatusCode::BAD_REQUEST, &refused.message, &refused.problems)
}

/// Parses the settings and hands them to the render thread, answering busy, late, refused.
async fn run(
    state: &State,
    request: Request,
    task: fn(request::Settings) -> Task,
    limit: Duration,
) -> Result<Reply, Response> {
    let bytes = body(request).await?;
    let settings = request::parse(&bytes).map_err(bad_request)?;
    let reply = state.queue.submit(task(settings)).map_err(|_| {
        problem(StatusCode::SERVICE_UNAVAILABLE, "the server is busy making other cards: try again in a moment", &[])
    })?;
    match tokio::time::timeout(limit, reply).await {
        Ok(Ok(reply)) => Ok(reply),
        Ok(Err(_)) => Err(problem(StatusCode::INTERNAL_SERVER_ERROR, "the render thread stopped", &[])),
        Err(_) => Err(problem(
            StatusCode::SERVICE_UNAVAILABLE,
            &format!("making this took longer than {} s: try fewer cards at once", limit.as_secs()),
            &[],
        )),
    }
}

fn refused_answer(refused: &Refused) -> Response {
    problem(StatusCode::UNPROCESSABLE_ENTITY, &refused.message, &refused.problems)
}

fn answer(reply: Result<Reply, Response>) -> Response {
    match reply {
        Ok(Reply::Preview(json)) => ([(header::CONTENT_TYPE, "application/json")], json.to_string()).into_response(),
        Ok(Reply::File(file)) => (
            [
                (header::CONTENT_TYPE, file.mime.to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", file.name)),
            ],
            Body::from(file.bytes),
        )
            .into_response(),
        Ok(Reply::Refused(refused)) => refused_answer(&refused),
        Err(response) => response,
    }
}

async fn preview(axum::extract::State(state): axum::extract::State<State>, request: Request) -> Response {
    answer(run(&state, request, Task::Preview, QUICK).await)
}

async fn pdf(axum::extract::State(state): axum::extract::State<State>, request: Request) -> Response {
    answer(run(&state, request, Task::Pdf, QUICK).await)
}

async fn zip(axum::extract::State(state): axum::extract::State<State>, request: Request) -> Response {
    answer(run(&state, request, Task::Zip, SLOW).await)
}

/// The organization's fields as an `org.toml` to keep; checked first, so that the file saved
/// is one `build --org` takes.
async fn org_toml(request: Request) -> Response {
    let bytes = match body(request).await {
        Ok(bytes) => bytes,
        Err(response) => return response,
    };
    let settings = match request::parse(&bytes) {
        Ok(settings) => settings,
        Err(refused) => return bad_request(refused),
    };
    if let Err(refused) = settings.checked_org() {
        return refused_answer(&refused);
    }
    match settings.org_toml() {
        Some(text) => (
            [
                (header::CONTENT_TYPE, "application/toml; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", request::ORG_FILE)),
            ],
            text,
        )
            .into_response(),
        None => problem(StatusCode::UNPROCESSABLE_ENTITY, "fill in the organization's name first", &[]),
    }
}

/// Translator mode: an event each time a saved change has been loaded.
async fn events(axum::extract::State(state): axum::extract::State<State>) -> Response {
    match state.hub.subscribe() {
        Some(stream) => Sse::new(stream).keep_alive(KeepAlive::default()).into_response(),
        None => problem(StatusCode::SERVICE_UNAVAILABLE, "the server is stopping", &[]),
    }
}
