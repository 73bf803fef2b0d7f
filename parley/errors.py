"""Coded, one-line errors. Every expected failure becomes a ParleyError that the
CLI prints as a single line naming the input; tests and docs cite the codes."""

from __future__ import annotations


class ParleyError(Exception):
    """An expected failure with a code and the input it concerns."""

    def __init__(self, code: str, message: str, source: str | None = None) -> None:
        self.code = code
        self.message = message
        self.source = source
        super().__init__(self.line())

    def line(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"[{self.code}] {where}{self.message}"


class Errors:
    """Message templates. E0xx inputs, E1xx content, E2xx store, E3xx eval, E4xx data files."""

    E001 = "no such file or directory"
    E002 = "looks like a binary file, not text or HTML"
    E003 = "is empty"
    E004 = "could not be decoded as UTF-8, cp1252 or latin-1 text"
    E005 = "is larger than the {limit} MB limit"
    E006 = "could not be fetched: {reason}"
    E007 = "is not a readable feed: {reason}"
    E008 = "line {line}: {reason}"
    E009 = "is not a readable WARC file: {reason}"
    E010 = "unsupported URL scheme (only http and https)"
    E101 = "has no main text (nothing left after boilerplate removal)"
    E102 = "language '{lang}' is not supported yet (parley reads: {supported})"
    E103 = "is too short to be an article ({words} words)"
    E201 = "store {path}: {reason}"
    E202 = "no article with id starting with '{id}' in the store"
    E301 = "gold file line {line}: {reason}"
    E302 = "score below floor: {detail}"
    E401 = "data file {path}: {reason}"
    E402 = "invalid date '{value}' (use YYYY-MM-DD)"


def error(code: str, source: str | None = None, **kw: object) -> ParleyError:
    template = getattr(Errors, code)
    return ParleyError(code, template.format(**kw), source)
