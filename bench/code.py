"""Benchmark the event coder: N generated French articles through every stage, timing each.

    python bench/code.py [-n 100]

Prints bare ``nlp.pipe`` throughput over the same text, the time each stage
takes (the events stage is the coder), and two ratios: parsing + coder vs
bare parsing, and the whole pipeline vs bare parsing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100, help="number of articles")
    args = parser.parse_args()

    from parley import lang
    from parley.pipeline import Article, Settings, stages
    from parley.sources import RawDocument

    texts = articles(args.n)
    words = sum(len(t.split()) for t in texts)
    nlp = lang.french()
    lang.language_detector()

    def run_all(timings):
        events = 0
        for i, text in enumerate(texts):
            article = Article(raw=RawDocument(label=f"gen-{i}", text=text), settings=Settings(date="2025-01-10"))
            for name, stage in stages():
                t0 = time.perf_counter()
                stage(article)
                timings[name] += time.perf_counter() - t0
            events += len(article.events)
        return events

    run_all(defaultdict(float))  # warm-up: lexicons, knowledge base, models
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    bare = time.perf_counter() - t0
    timings: dict[str, float] = defaultdict(float)
    n_events = run_all(timings)
    total = sum(timings.values())
    print(f"articles: {args.n}, words: {words}, events coded: {n_events}")
    print(f"bare nlp.pipe          : {args.n / bare:8.1f} articles/s  {words / bare:9.0f} words/s")
    for name, secs in timings.items():
        print(f"  stage {name:<14}: {secs:7.3f} s  ({1000 * secs / args.n:6.2f} ms/article)")
    coder = timings["nlp"] + timings["events"]
    print(f"parse + coder          : {args.n / coder:8.1f} articles/s  ratio to bare {bare / coder:5.2f}")
    print(f"coder alone            : {args.n / timings['events']:8.1f} articles/s")
    print(f"whole pipeline         : {args.n / total:8.1f} articles/s  ratio to bare {bare / total:5.2f}")


if __name__ == "__main__":
    main()
