"""Response headers every page and API answer carries: a strict Content-Security-Policy and friends.

No inline script and nothing from another origin: the pages' JavaScript and CSS live in
webapp/static/, so a paper that contains `<script>` can never run even if escaping failed.
"""
from __future__ import annotations

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
