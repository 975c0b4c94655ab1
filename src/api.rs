//! The only module that touches the network: fetch a dataset (or take over
//! the request index.html's head script started for it), with a timeout and
//! a size limit, and tell each way it can fail apart.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::{Request, Response};
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::charts::Format;
use crate::data::validate::{parse_and_validate, tenths_of_mb, utf8_text, Problem, MAX_DATASET_BYTES, MAX_DATASET_MB};
use crate::data::{Dataset, Lang};
use crate::interop::early_fetch;
use crate::state::data_path::RefusedDataPath;
use crate::text::{self, Key};

/// Longest we wait for a dataset, headers and body together.
pub const TIMEOUT_MS: i32 = 10_000;

/// Why a dataset could not be shown. Each gets its own message.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Refused(RefusedDataPath),
    NotFound(String),
    Server(u16),
    Network,
    Timeout,
    NotJson(String),
    /// The size when the server said it; `None` when the body ran past the
    /// limit while it was read.
    TooLarge(Option<u64>),
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// A plain-language headline for the reader, in `lang`, its numbers
    /// written by `format`.
    pub fn message(&self, lang: Lang, format: &dyn Format) -> String {
        let say = |key: Key, values: &[(&str, &str)]| text::sentence(lang, key, values);
        let limit = format.number(MAX_DATASET_MB as f64);
        match self {
            LoadError::Refused(refused) => refused.message(lang),
            LoadError::NotFound(path) => say(Key::LoadNotFound, &[("path", path)]),
            LoadError::Server(code) => say(Key::LoadServer, &[("code", &code.to_string())]),
            LoadError::Network => say(Key::LoadNetwork, &[]),
            LoadError::Timeout => say(Key::LoadTimeout, &[("seconds", &format.number((TIMEOUT_MS / 1000) as f64))]),
            LoadError::NotJson(kind) => say(Key::LoadNotJson, &[("type", kind)]),
            LoadError::TooLarge(Some(bytes)) => {
                let size = format.number(tenths_of_mb(*bytes) as f64 / 10.0);
                say(Key::LoadTooLarge, &[("size", &size), ("limit", &limit)])
            }
            LoadError::TooLarge(None) => say(Key::LoadTooLargeUnsized, &[("limit", &limit)]),
            LoadError::Invalid(problems) => say(Key::LoadInvalid, &[("count", &format.number(problems.len() as f64))]),
        }
    }

    /// A short stable name, for tests and for `data-error` in the DOM.
    pub fn kind(&self) -> &'static str {
        match self {
            LoadError::Refused(_) => "refused",
            LoadError::NotFound(_) => "not-found",
            LoadError::Server(_) => "server",
            LoadError::Network => "network",
            LoadError::Timeout => "timeout",
            LoadError::NotJson(_) => "not-json",
            LoadError::TooLarge(_) => "too-large",
            LoadError::Invalid(_) => "invalid",
        }
    }
}

/// Fetch and validate the dataset at a same-origin `path`.
pub async fn fetch_dataset(path: &str) -> Result<Dataset, LoadError> {
    // The page's head may have asked for it already; the timeout, the checks
    // and the size limit below hold for that request as for our own.
    let early = early_fetch::take(path);
    let controller = match &early {
        Some(started) => started.controller.clone(),
        None => web_sys::AbortController::new().map_err(|_| LoadError::Network)?,
    };
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        Closure::once(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let window = web_sys::window().ok_or(LoadError::Network)?;
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(on_timeout.as_ref().unchecked_ref(), TIMEOUT_MS)
        .ok();
    let result = fetch_text(path, &controller.signal(), early.map(|started| started.response)).await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    // A response refused before its body was read (its status, type or
    // stated size) would otherwise keep its connection busy downloading.
    if result.is_err() {
        controller.abort();
    }
    let text = result.map_err(|e| if timed_out.get() { LoadError::Timeout } else { e })?;
    parse_and_validate(&text).map_err(LoadError::Invalid)
}

async fn fetch_text(path: &str, signal: &web_sys::AbortSignal, started: Option<Promise>) -> Result<String, LoadError> {
    let response = match started {
        Some(started) => JsFuture::from(started).await.ok().and_then(|r| r.dyn_into::<web_sys::Response>().ok()).map(Response::from),
        None => Request::get(path).abort_signal(Some(signal)).send().await.ok(),
    }
    .ok_or(LoadError::Network)?;
    match response.status() {
        200..=299 => {}
        404 | 410 => return Err(LoadError::NotFound(path.to_string())),
        code => return Err(LoadError::Server(code)),
    }
    let headers = response.headers();
    let content_type = headers.get("content-type").unwrap_or_default();
    let essence = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if !(essence == "application/json" || essence.ends_with("+json")) {
        return Err(LoadError::NotJson(if essence.is_empty() { "no content type".into() } else { essence }));
    }
    // Refuse before reading when the server says the size; a compressed or
    // chunked body says nothing, so the limit also stops the read itself.
    // An integer, as HTTP writes it.
    if let Some(length) = headers.get("content-length").and_then(|l| l.trim().parse::<u64>().ok()) {
        if length > MAX_DATASET_BYTES as u64 {
            return Err(LoadError::TooLarge(Some(length)));
        }
    }
    match response.body() {
        Some(body) => read_at_most(&body, MAX_DATASET_BYTES).await,
        None => Ok(String::new()),
    }
}

/// The body as text, or `TooLarge` as soon as it passes `limit` bytes: a
/// 130 MB file is not held in memory only to be refused.
async fn read_at_most(body: &web_sys::ReadableStream, limit: usize) -> Result<String, LoadError> {
    use js_sys::{Reflect, Uint8Array};

    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| LoadError::Network)?;
        if Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        // The chunk itself, not `Uint8Array::new` of it, which copies it.
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .ok()
            .and_then(|v| v.dyn_into().ok())
            .ok_or(LoadError::Network)?;
        let start = bytes.len();
        let end = start + value.length() as usize;
        if end > limit {
            let _ = reader.cancel();
            return Err(LoadError::TooLarge(None));
        }
        if end > bytes.capacity() {
            // Doubling, but never past the limit: growing from 16 MB to 32
            // for a body that may hold 20 at most would need 48 at once.
            bytes.reserve_exact(end.max(bytes.capacity() * 2).min(limit) - start);
        }
        bytes.resize(end, 0);
        value.copy_to(&mut bytes[start..]);
    }
    // Bad UTF-8 is refused, as the validator refuses it, where
    // `Response.text()` would have put U+FFFD in the figures' words.
    // The text is a copy, not the buffer itself: the buffer, grown by
    // doubling, is then freed and reused for the model (handing it over
    // raised the wasm memory at 100,000 observations from 50-54 to 60 MB).
    utf8_text(&bytes).map(str::to_owned).map_err(|problem| LoadError::Invalid(vec![problem]))
}
