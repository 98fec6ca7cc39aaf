"""The one error hierarchy: each error says what failed, on which input, and what to do next.

The library raises these; the CLI turns them into messages and exit codes, the web into JSON
or HTML bodies with the error's HTTP status. Anything else is a bug and crashes loudly.
"""
from __future__ import annotations


class MinutebookError(Exception):
    """Base of every error Minutebook reports to a user."""

    status: int = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict:
        return {"ok": False, "error": self.message, "status": self.status}


class BadParameter(MinutebookError):
    """A query parameter or option has a value we cannot use (HTTP 400)."""

    status = 400

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"parameter '{name}': {problem}")
        self.name = name


class NotFound(MinutebookError):
    """An id names nothing in the index (HTTP 404)."""

    status = 404

    def __init__(self, what: str, ident: str, hint: str = "") -> None:
        text = f"no {what} with id '{ident}'"
        super().__init__(f"{text}; {hint}" if hint else text)


class NoIndex(MinutebookError):
    """Nothing has been indexed into the data folder yet (HTTP 503)."""

    status = 503

    def __init__(self, data_dir: str) -> None:
        super().__init__(
            f"no index in '{data_dir}' yet: run 'minutebook --data {data_dir} index PATH...' first"
        )


class Overloaded(MinutebookError):
    """The server is busy: too many requests waiting, or an answer out of its time budget (HTTP 503,
    with Retry-After)."""

    status = 503

    def __init__(self, reason: str, retry_after: int = 1) -> None:
        super().__init__(f"busy: {reason}; try again in {retry_after} s")
        self.retry_after = retry_after


class DocumentError(MinutebookError):
    """One input file cannot be indexed (unreadable, empty, binary, not a committee paper)."""

    status = 422

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        text = f"{path}: {reason}"
        super().__init__(f"{text} ({hint})" if hint else text)
        self.path = path
        self.reason = reason
