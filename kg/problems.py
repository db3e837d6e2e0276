"""Problems with the input: reported, counted, never fatal unless ``strict``.

Every problem is one line on stderr that names the file (and line)::

    kg: examples/bad.jsonl:3: broken JSON: Expecting value at column 1 - line skipped
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


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
