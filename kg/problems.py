"""Problems with the input: reported, counted, never fatal unless ``strict``.

Every problem is one line on stderr that names the file (and line)::

    kg: examples/bad.jsonl:3: broken JSON: Expecting value at column 1 - line skipped
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

# What must not reach a terminal raw: control characters (escape sequences, newlines that would
# forge a second line), invisible and bidi-reordering characters, and the bytes of a non-UTF-8
# file name (decoded by Python as lone surrogates, U+DC80-U+DCFF).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text) -> str:
    r"""``text`` on one line, as data: control characters and the bytes of a non-UTF-8 file name
    shown as escapes, never sent raw to the terminal.

    >>> print(printable("caf\udce9.txt: line\nforged \x1b[31mred\u202e"))
    caf\xe9.txt: line\nforged \x1b[31mred\u202e
    """
    return _UNPRINTABLE.sub(_escape, str(text))


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return printable(f"{where}: {self.message}")


class StrictStop(Exception):
    """Raised in strict mode at the first problem."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class ProblemLog:
    """Collects problems and prints each as it happens.

    ``skipped`` counts articles (or files) left out; ``notes`` are informational
    (an encoding fallback) and do not make the build fail.
    """

    strict: bool = False
    stream: object = None
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)

    def _print(self, problem: Problem) -> None:
        print(f"kg: {problem}", file=self.stream or sys.stderr, flush=True)

    def report(self, path, message: str, line: int | None = None) -> None:
        """Record a problem that made something be skipped."""
        problem = Problem(str(path), message, line)
        self.problems.append(problem)
        self._print(problem)
        if self.strict:
            raise StrictStop(problem)

    def note(self, path, message: str, line: int | None = None) -> None:
        """Record something worth saying that skipped nothing."""
        problem = Problem(str(path), message, line)
        self.notes.append(problem)
        self._print(problem)

    @property
    def skipped(self) -> int:
        return len(self.problems)

    def __bool__(self) -> bool:  # a log is "truthy" when something went wrong
        return bool(self.problems)
