//! `pocketcard serve`: a page, served by pocketcard itself, where outreach staff make cards in a
//! web browser and translators watch a card change as they save a file. The HTTP layer (axum on
//! a single-threaded tokio runtime) only checks and passes requests on: one render thread keeps
//! the project, its fonts and Typst's memoized work warm, and renders in memory. Nothing is
//! written into the project or `out/`.

mod events;
mod guard;
mod page;
mod request;
mod routes;
pub mod status;
mod worker;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use crate::diag::{Diagnostic, Kind};
use crate::rendering::budget::Limits;
use crate::rendering::session::ProjectPaths;

/// What `serve` listens on and renders.
pub struct ServeOptions {
    pub project: ProjectPaths,
    /// The port; 0 takes any free one.
    pub port: u16,
    /// The address to listen on.
    pub listen: IpAddr,
    /// Open the page in the default browser.
    pub open: bool,
    /// Each render's time and memory budget.
    pub limits: Limits,
}

/// Runs the server until Ctrl-C. Returns `false`, having reported why, when the project cannot
/// be opened or the address cannot be listened on.
pub(crate) fn run(args: &ServeOptions, mut report: impl FnMut(&[Diagnostic])) -> bool {
    let root = args.project.root.canonicalize().unwrap_or_else(|_| args.project.root.clone());
    let project = ProjectPaths { root: root.clone(), font_paths: args.project.font_paths.clone() };
    let hub = events::Hub::default();
    let (queue, catalog) = match worker::start(project, args.limits, hub.clone()) {
        Ok(started) => started,
        Err(diagnostics) => {
            report(&diagnostics);
            return false;
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_io().enable_time().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            report(&[Diagnostic::error(Kind::Io, format!("cannot start the web server: {err}"))]);
            return false;
        }
    };
    runtime.block_on(async move {
        let wanted = SocketAddr::new(args.listen, args.port);
        let listener = match tokio::net::TcpListener::bind(wanted).await {
            Ok(listener) => listener,
            Err(err) => {
                report(&[Diagnostic::error(
                    Kind::Io,
                    format!("cannot listen on {wanted}: {}", crate::model::toml_file::lowercase_io(&err)),
                )
                .hint("another program may be using the port: pass --port N, or --port 0 for any free port")]);
                return false;
            }
        };
        // Ctrl-C is caught from before the address is printed: a script that reads it and
        // interrupts at once still gets a clean stop.
        #[cfg(unix)]
        let mut interrupt = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok();
        let address = listener.local_addr().unwrap_or(wanted);
        let url = page_url(address);
        // The address goes to standard output, for scripts and tests to read; the rest is talk.
        println!("serving {url}");
        if !args.listen.is_loopback() {
            eprintln!(
                "warning: listening on {}, which other machines can reach: a holder's personal numbers would cross \
                 the network unencrypted\n  hint: put a TLS proxy (HTTPS) in front of it, or listen on 127.0.0.1 \
                 (the default)",
                args.listen
            );
        }
        eprintln!("watching cards/, locales/ and fonts/ in {}; Ctrl-C stops", root.display());
        if args.open {
            open_browser(&url);
        }
        let state = routes::State { queue, catalog, hub: hub.clone(), allowed: Arc::new(guard::Allowed::new(address)) };
        let app = routes::router(state);
        let shutdown = async move {
            #[cfg(unix)]
            match interrupt.as_mut() {
                Some(signal) => {
                    signal.recv().await;
                }
                None => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
            #[cfg(not(unix))]
            let _ = tokio::signal::ctrl_c().await;
            eprintln!("stopping");
            // Event streams stay open until told: end them, or the server would wait for ever.
            hub.close();
        };
        match axum::serve(listener, app).with_graceful_shutdown(shutdown).await {
            Ok(()) => true,
            Err(err) => {
                report(&[Diagnostic::error(Kind::Io, format!("the web server stopped: {err}"))]);
                false
            }
        }
    })
}

/// The page's address: loopback by the name browsers trust for it.
fn page_url(address: SocketAddr) -> String {
    match address.ip() {
        IpAddr::V4(ip) if ip.is_loopback() => format!("http://127.0.0.1:{}/", address.port()),
        IpAddr::V6(ip) => format!("http://[{ip}]:{}/", address.port()),
        IpAddr::V4(ip) => format!("http://{ip}:{}/", address.port()),
    }
}

/// Asks the desktop to open `url`; a failure is said, never fatal (the address is printed).
fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };
    let started = std::process::Command::new(program)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(err) = started {
        eprintln!(
            "cannot open a browser with {program}: {}; open {url} yourself",
            crate::model::toml_file::lowercase_io(&err)
        );
    }
}
