"""Bounds on reading one file: its time, its expanded size, its element count, its nesting depth.

`read_file` makes one `Limits` per file from the settings and hands it to the format's reader.
Readers check the clock between their own steps (`check_time`) and report what they measure
(`check_expanded`, `check_elements`, `check_depth`); each bound breached is one DocumentError
naming the file, the bound and the setting that raises it. `time_guard` is the backstop for a
single long library call: on the main thread it arms a timer signal shortly after the deadline,
so that the reader's own checks, which say how far it got, have the first word.
"""
from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from models.errors import DocumentError

if TYPE_CHECKING:  # corpus must not import indexer at run time (models <- corpus <- indexer)
    from indexer.settings import Settings

MB = 1024 * 1024


class _Expired(BaseException):
    """Raised by the timer signal; a BaseException so that no library's `except Exception` eats it."""


@dataclass
class Limits:
    """The bounds one file is read under, and the clock it started on."""

    path: str
    timeout_s: float = 120.0
    max_expanded_mb: float = 200.0
    max_elements: int = 1_000_000
    max_depth: int = 1_000
    started: float = field(default_factory=time.monotonic)

    @classmethod
    def of(cls, path: object, settings: Settings) -> Limits:
        """The limits of `settings` for the file at `path`, its clock started now."""
        return cls(path=str(path), timeout_s=settings.file_timeout_s, max_expanded_mb=settings.max_expanded_mb,
                   max_elements=settings.max_elements, max_depth=settings.max_depth)

    def remaining(self) -> float:
        """Seconds left before the deadline (never below zero)."""
        return max(0.0, self.timeout_s - (time.monotonic() - self.started))

    def too_slow(self, progress: str = "") -> DocumentError:
        """The error for a file that took too long; `progress` says how far reading got."""
        detail = f" ({progress})" if progress else ""
        return DocumentError(self.path, f"took longer than {self.timeout_s:g} s{detail}",
                             "raise MINUTEBOOK_FILE_TIMEOUT_S or split the file")

    def check_time(self, progress: str = "") -> None:
        """Raise when the file's time is up."""
        if time.monotonic() - self.started > self.timeout_s:
            raise self.too_slow(progress)

    def check_expanded(self, size: int, what: str) -> None:
        """Raise when `size` bytes of unpacked content pass max_expanded_mb."""
        if size > self.max_expanded_mb * MB:
            raise DocumentError(
                self.path, f"too large once unpacked: {what}, over the {self.max_expanded_mb:g} MB limit",
                "raise MINUTEBOOK_MAX_EXPANDED_MB if it is a genuine paper")

    def check_elements(self, count: int, what: str = "elements") -> None:
        """Raise when `count` elements (tags, parts) pass max_elements."""
        if count > self.max_elements:
            raise DocumentError(self.path, f"too many {what}: over the {self.max_elements:,} limit",
                                "raise MINUTEBOOK_MAX_ELEMENTS if it is a genuine paper")

    def check_depth(self, depth: int, what: str = "elements") -> None:
        """Raise when `what` nest deeper than max_depth."""
        if depth > self.max_depth:
            raise DocumentError(self.path, f"{what} nested over {self.max_depth:,} deep",
                                "raise MINUTEBOOK_MAX_DEPTH if it is a genuine paper")

    @contextmanager
    def time_guard(self) -> Iterator[None]:
        """Stop the code inside at the deadline (plus a grace), even inside one long library call.

        Works on the main thread (signals are delivered there); elsewhere, or when a timer is
        already armed, only the check at the end applies.
        """
        delay = self.remaining() + min(30.0, max(2.0, 0.25 * self.timeout_s))  # readers' own checks first
        if threading.current_thread() is not threading.main_thread() or signal.getitimer(signal.ITIMER_REAL)[0]:
            yield
            self.check_time()
            return
        previous = signal.signal(signal.SIGALRM, _raise_expired)
        signal.setitimer(signal.ITIMER_REAL, delay)
        try:
            yield
        except _Expired:
            raise self.too_slow() from None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _raise_expired(signum: int, frame: object) -> None:
    raise _Expired
