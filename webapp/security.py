"""Response headers every page and API answer carries: a strict Content-Security-Policy and friends.

No inline script and nothing from another origin: the pages' JavaScript and CSS live in
webapp/static/, so a paper that contains `<script>` can never run even if escaping failed.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from flask import Response

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def add_headers(response: Response) -> Response:
    """Set the security headers on a response (those a view set itself are kept)."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def content_disposition(name: str, attachment: bool) -> str:
    """A Content-Disposition value (RFC 6266) for a file name as it came from disk: control and
    format characters (CR, LF, bidi overrides) dropped, a plain-ASCII `filename` for old clients and
    the whole name, UTF-8 and percent-encoded, in `filename*` (RFC 8187), which browsers prefer."""
    clean = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip() or "download"
    ascii_name = unicodedata.normalize("NFKD", clean).encode("ascii", "ignore").decode("ascii")
    ascii_name = re.sub(r'["\\%]', "_", ascii_name).strip() or "download"
    return (f'{"attachment" if attachment else "inline"}; filename="{ascii_name}"; '
            f"filename*=UTF-8''{quote(clean, safe='!#$&+-.^_`|~')}")
