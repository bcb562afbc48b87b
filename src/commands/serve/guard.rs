//! What every request must pass before it reaches the page or the renderer: a Host header
//! naming the address served (a web page the user visits could otherwise point its own domain
//! name at 127.0.0.1 and read the answers: DNS rebinding), and for a POST, no other origin (that
//! page could otherwise make cards with the user's browser) and a JSON body (which a plain HTML
//! form elsewhere cannot send).

use std::net::{IpAddr, SocketAddr};

/// The hosts a request may name: the address listened on, by number or, on loopback, as
/// `localhost`.
#[derive(Debug, Clone)]
pub(crate) struct Allowed {
    address: SocketAddr,
}

/// Why a request was refused, for the answer's message.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// No Host header, or one naming another host.
    Host(String),
    /// An Origin or Sec-Fetch-Site header from another site.
    Origin(String),
    /// A POST whose body is not declared JSON.
    NotJson,
}

impl Refusal {
    /// The message the answer carries.
    pub(crate) fn message(&self, allowed: &Allowed) -> String {
        match self {
            Refusal::Host(host) => format!(
                "refused a request for host {host:?}: this server answers only as {}, so that another web site cannot \
                 reach it through a name of its own (DNS rebinding)",
                allowed.example()
            ),
            Refusal::Origin(origin) => format!(
                "refused a request from {origin:?}: only the page served at {} may make cards here",
                allowed.example()
            ),
            Refusal::NotJson => "refused: the page sends its settings as application/json".to_string(),
        }
    }
}

impl Allowed {
    pub(crate) fn new(address: SocketAddr) -> Allowed {
        Allowed { address }
    }

    /// `http://ADDRESS:PORT`, as the refusal names it.
    fn example(&self) -> String {
        match self.address.ip() {
            IpAddr::V6(ip) => format!("http://[{ip}]:{}", self.address.port()),
            ip => format!("http://{ip}:{}", self.address.port()),
        }
    }

    /// Whether a Host header (`127.0.0.1:8421`, `localhost:8421`, `[::1]:8421`) names the
    /// address served, port included.
    pub(crate) fn host(&self, host: &str) -> bool {
        let host = host.trim();
        let (name, port) = match host.rsplit_once(':') {
            Some((name, port)) if !name.ends_with(':') || name.starts_with('[') => (name, port),
            _ => return false,
        };
        if port.parse::<u16>().ok() != Some(self.address.port()) {
            return false;
        }
        let served = self.address.ip();
        if name.eq_ignore_ascii_case("localhost") {
            return served.is_loopback() || served.is_unspecified();
        }
        let literal = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')).unwrap_or(name);
        let Ok(ip) = literal.parse::<IpAddr>() else {
            // A domain name: what DNS rebinding uses.
            return false;
        };
        if served.is_unspecified() {
            // Listening on every address: any address of this machine, but never a name.
            return !ip.is_unspecified() && !ip.is_multicast();
        }
        ip == served || (served.is_loopback() && ip.is_loopback())
    }

    /// Checks a request's headers: Host always; Origin, Sec-Fetch-Site and Content-Type on
    /// a POST. A POST without Origin comes from a program, not a web page (browsers send it
    /// on every POST), and is let through.
    pub(crate) fn check(&self, post: bool, headers: &axum::http::HeaderMap) -> Result<(), Refusal> {
        let get = |name: &str| headers.get(name).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let host = get("host").unwrap_or_default();
        if !self.host(&host) {
            return Err(Refusal::Host(host));
        }
        if !post {
            return Ok(());
        }
        if let Some(origin) = get("origin") {
            let same = origin.strip_prefix("http://").is_some_and(|rest| rest == host && self.host(rest));
            if !same {
                return Err(Refusal::Origin(origin));
            }
        }
        if let Some(site) = get("sec-fetch-site")
            && site != "same-origin"
            && site != "none"
        {
            return Err(Refusal::Origin(format!("a {site} page")));
        }
        let json = get("content-type")
            .is_some_and(|t| t.split(';').next().is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json")));
        if !json {
            return Err(Refusal::NotJson);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_address_served_is_a_host() {
        let loopback = Allowed::new("127.0.0.1:8421".parse().unwrap());
        for ok in ["127.0.0.1:8421", "localhost:8421", "LOCALHOST:8421", "[::1]:8421", "127.0.0.2:8421"] {
            assert!(loopback.host(ok), "{ok}");
        }
        for bad in ["evil.example:8421", "127.0.0.1:80", "127.0.0.1", "localhost", "", "10.0.0.1:8421", "a:b:8421"] {
            assert!(!loopback.host(bad), "{bad}");
        }
        let lan = Allowed::new("192.168.1.5:8421".parse().unwrap());
        assert!(lan.host("192.168.1.5:8421"));
        assert!(!lan.host("localhost:8421") && !lan.host("printer.lan:8421") && !lan.host("192.168.1.6:8421"));
        let any = Allowed::new("0.0.0.0:8421".parse().unwrap());
        assert!(any.host("192.168.1.5:8421") && any.host("localhost:8421"));
        assert!(!any.host("rebind.example:8421") && !any.host("0.0.0.0:8421"));
    }

    #[test]
    fn a_post_from_another_origin_or_not_json_is_refused() {
        use axum::http::{HeaderMap, HeaderValue};
        let allowed = Allowed::new("127.0.0.1:8421".parse().unwrap());
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = HeaderMap::new();
            for (k, v) in pairs {
                map.insert(*k, HeaderValue::from_static(v));
            }
            map
        };
        let base = [("host", "127.0.0.1:8421"), ("content-type", "application/json")];
        assert_eq!(allowed.check(true, &headers(&base)), Ok(()));
        let same = [base[0], base[1], ("origin", "http://127.0.0.1:8421"), ("sec-fetch-site", "same-origin")];
        assert_eq!(allowed.check(true, &headers(&same)), Ok(()));
        let foreign = [base[0], base[1], ("origin", "https://evil.example")];
        assert!(matches!(allowed.check(true, &headers(&foreign)), Err(Refusal::Origin(_))));
        let cross = [base[0], base[1], ("sec-fetch-site", "cross-site")];
        assert!(matches!(allowed.check(true, &headers(&cross)), Err(Refusal::Origin(_))));
        let form = [base[0], ("content-type", "application/x-www-form-urlencoded")];
        assert_eq!(allowed.check(true, &headers(&form)), Err(Refusal::NotJson));
        // A GET needs only the host.
        assert_eq!(allowed.check(false, &headers(&[base[0]])), Ok(()));
        assert!(matches!(allowed.check(false, &headers(&[("host", "evil.example:8421")])), Err(Refusal::Host(_))));
    }
}
