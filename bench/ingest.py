"""Benchmark: ingest N generated French articles; compare with bare nlp.pipe.

    python bench/ingest.py [-n 100]

Prints articles/s and words/s for parley's whole ingest (read, clean, NLP,
analysis stages, store) and for bare ``nlp.pipe`` over the same text, and
the peak resident memory of this process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import articles  # noqa: E402


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100, help="number of articles")
    args = parser.parse_args()

    from parley import lang
    from parley.pipeline import Settings, process
    from parley.sources import RawDocument
    from parley.store import Store

    texts = articles(args.n)
    words = sum(len(t.split()) for t in texts)
    nlp = lang.french()
    lang.language_detector()
    # warm-up: load every lazily loaded resource once
    process(RawDocument(label="warm-up", text=texts[0]), Settings(date="2025-01-10"))

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    bare = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        for i, text in enumerate(texts):
            report = process(RawDocument(label=f"gen-{i}", text=text), Settings(date="2025-01-10"))
            store.add(report)
        full = time.perf_counter() - t0
        store.close()

    print(f"articles: {args.n}, words: {words}")
    print(f"bare nlp.pipe       : {args.n / bare:8.1f} articles/s  {words / bare:9.0f} words/s")
    print(f"parley ingest (all) : {args.n / full:8.1f} articles/s  {words / full:9.0f} words/s")
    print(f"ratio parley / bare : {bare / full:8.2f}")
    print(f"peak memory         : {peak_mib():8.0f} MiB")


if __name__ == "__main__":
    main()
