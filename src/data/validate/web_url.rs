//! Checks on the links a dataset holds: source URLs and embed origins.
//! Only absolute http(s) links pass, so that a dataset cannot plant a
//! `javascript:` or `data:` link in the page.

use super::problem::quote;

/// The parts of an absolute http(s) URL we check: scheme, host, what follows.
pub(super) struct WebUrl<'a> {
    userinfo: bool,
    rest: &'a str,
}

pub(super) fn parse_web_url(url: &str) -> Result<WebUrl<'_>, String> {
    let q = quote(url);
    if url.is_empty() {
        return Err("The link is empty: write a full address starting with https:// or http://.".to_string());
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("The link {q} contains spaces or control characters."));
    }
    let scheme = url.split_once(':').map(|(s, _)| s).filter(|s| {
        s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    let Some(scheme) = scheme else {
        return Err(format!("The link {q} has no scheme: write it in full, starting with https:// or http://."));
    };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(format!("The link {q} is a \"{scheme}:\" link; only http:// and https:// links are allowed."));
    }
    let Some(after) = url[scheme.len() + 1..].strip_prefix("//") else {
        return Err(format!("The link {q} has no host: write {scheme}:// and then the site's name."));
    };
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let (authority, rest) = after.split_at(end);
    let (userinfo, host_port) = match authority.rsplit_once('@') {
        Some((_, hp)) => (true, hp),
        None => (false, authority),
    };
    let (host, port) = if host_port.starts_with('[') {
        match host_port.find(']') {
            Some(k) => (&host_port[..=k], host_port[k + 1..].strip_prefix(':')),
            None => return Err(format!("The link {q} has a malformed host.")),
        }
    } else {
        match host_port.split_once(':') {
            Some((h, pt)) => (h, Some(pt)),
            None => (host_port, None),
        }
    };
    if host.is_empty() || host == "[]" {
        return Err(format!("The link {q} has no host: write {scheme}:// and then the site's name."));
    }
    let bad_host_char = |c: char| c.is_ascii() && !(c.is_ascii_alphanumeric() || "-._~%[]:".contains(c));
    if host.chars().any(bad_host_char) {
        return Err(format!("The link {q} has a malformed host."));
    }
    if let Some(port) = port {
        if !(port.chars().all(|c| c.is_ascii_digit()) && port.len() <= 5) {
            return Err(format!("The link {q} has a malformed port: write digits only after the colon."));
        }
    }
    Ok(WebUrl { userinfo, rest })
}

pub(super) fn check_url(url: &str) -> Result<(), String> {
    parse_web_url(url).map(|_| ())
}

pub(super) fn check_origin(origin: &str) -> Result<(), String> {
    match parse_web_url(origin) {
        Ok(url) if !url.userinfo && url.rest.is_empty() => Ok(()),
        _ => Err(format!(
            "{} is not a web origin: write only http:// or https://, the host and an optional port, like https://example.org, with no path or trailing slash.",
            quote(origin)
        )),
    }
}
