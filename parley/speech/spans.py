"""Direct quotations on character offsets: « », “ ”, „ “, straight double quotes.

A quotation may hold several sentences and several paragraphs; nested marks
stay inside the outer quotation; a French quotation goes on over a new
paragraph that opens with « (or ») again. Headings and boilerplate lines are
left out.
"""

from __future__ import annotations

from dataclasses import dataclass

CLOSERS = {"«": "»", "“": "”", "„": "“”", '"': '"', "‹": "›"}


@dataclass
class QuoteSpan:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    start: int  # the quoted text (marks and edge spaces left out)
    end: int


def find_spans(article) -> list[QuoteSpan]:
    """Every outermost quotation of the kept, non-heading lines, across sentences and paragraphs."""
    text = article.original
    lines = [ln for ln in article.lines if ln.kept and not ln.heading]
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    skip_at = -1
    for li, line in enumerate(lines):
        for pos in range(line.start, line.end):
            if pos == skip_at:
                continue
            ch = text[pos]
            if ch not in "«»“”„\"‹›":
                continue
            prev = text[pos - 1] if pos > line.start else " "
            nxt = text[pos + 1] if pos + 1 < line.end else " "
            top = stack[-1][0] if stack else None
            closes_top = top is not None and ch in CLOSERS[top]
            if ch == '"' or (ch == "”" and not any(m in "“„" for m, _ in stack)):
                if closes_top or (ch == "”" and top == "”") or (top == '"' and ch == '"'):
                    closes_top = True
                elif nxt.isspace() and not prev.isspace() and stack:
                    closes_top = False
                    continue
                else:
                    if nxt.isspace() and prev not in " \n(—–-'":
                        continue  # a stray closing mark
                    stack.append(('"' if ch == '"' else "”", pos))
                    continue
            if closes_top:
                mark, opened = stack.pop()
                if not stack:
                    _add(spans, text, opened, pos)
                continue
            if ch in CLOSERS:  # « “ „ ‹
                stack.append((ch, pos))
                continue
            # a closing mark that does not close the top: close down to its opener if any
            for depth in range(len(stack) - 1, -1, -1):
                if ch in CLOSERS[stack[depth][0]]:
                    opened = stack[depth][1]
                    del stack[depth:]
                    if not stack:
                        _add(spans, text, opened, pos)
                    break
        if not stack:
            continue
        nxt_line = lines[li + 1] if li + 1 < len(lines) else None
        if nxt_line is None:
            stack.clear()
            continue
        if nxt_line.paragraph == line.paragraph:
            continue  # a bullet list inside the quote
        body = text[nxt_line.start:nxt_line.end]
        lead = len(body) - len(body.lstrip())
        outer = stack[0][0]
        first = body.lstrip()[:1]
        if first and (first == outer or (outer == "«" and first == "»") or (outer in "“\"" and first in "“\"")):
            skip_at = nxt_line.start + lead  # a long quote goes on in a new paragraph
            continue
        closers = [body.find(c) for c in CLOSERS[outer] if body.find(c) >= 0]
        openers = [body.find(o) for o in ("«", "“", "„") if body.find(o) >= 0]
        if outer != '"' and closers and (not openers or min(closers) < min(openers)):
            continue
        stack.clear()  # an unbalanced mark: forget it
    return spans


def _add(spans: list[QuoteSpan], text: str, opened: int, closed: int) -> None:
    start, end = opened + 1, closed
    while start < end and (text[start].isspace() or text[start] in "\u00a0\u202f"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u00a0\u202f"):
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append(QuoteSpan(opened, closed, start, end))


