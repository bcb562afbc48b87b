//! Server-sent events to the open pages: after a saved change under `cards/`, `locales/` or
//! `fonts/` has been loaded, every page hears what it affected and redraws its preview.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use axum::response::sse::Event;
use tokio::sync::mpsc;

/// How many events a slow page may have unread before it misses some (it redraws on the
/// next one anyway).
const BACKLOG: usize = 8;

/// The open event streams.
#[derive(Clone, Default)]
pub(crate) struct Hub {
    inner: Arc<Mutex<Inner>>,
}

#[derive(Default)]
struct Inner {
    streams: Vec<mpsc::Sender<String>>,
    closed: bool,
}

impl Hub {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A new stream for a page, or `None` once the server is stopping.
    pub(crate) fn subscribe(&self) -> Option<Stream> {
        let mut inner = self.lock();
        if inner.closed {
            return None;
        }
        let (tx, rx) = mpsc::channel(BACKLOG);
        inner.streams.push(tx);
        Some(Stream(rx))
    }

    /// Sends `data` (JSON) as a `changed` event to every open page, forgetting closed ones.
    pub(crate) fn changed(&self, data: String) {
        self.lock()
            .streams
            .retain(|tx| !matches!(tx.try_send(data.clone()), Err(mpsc::error::TrySendError::Closed(_))));
    }

    /// Ends every stream, and refuses new ones: the server is stopping.
    pub(crate) fn close(&self) {
        let mut inner = self.lock();
        inner.closed = true;
        inner.streams.clear();
    }
}

/// One page's events.
pub(crate) struct Stream(mpsc::Receiver<String>);

impl futures_core::Stream for Stream {
    type Item = Result<Event, Infallible>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_recv(cx).map(|data| data.map(|data| Ok(Event::default().event("changed").data(data))))
    }
}
