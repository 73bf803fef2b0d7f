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
    parser.add_argument("--workers", type=int, default=2, help="also measure ingest with this many worker processes (1: skip)")
    args = parser.parse_args()

    from parley import lang
    from parley.pipeline import Settings, process
    from parley.sources import RawDocument
    from parley.store import Store

    texts = articles(args.n)
    words = sum(len(t.split()) for t in texts)
    nlp = lang.french()
    lang.language_detector()
    # warm-up: load every lazily loaded resource once (models, lexicons, store libraries)
    warm = process(RawDocument(label="warm-up", text=texts[0]), Settings(date="2025-01-10"))
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "warm.duckdb") as store:
            store.add_many([warm])

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    bare = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        batch: list = []
        t0 = time.perf_counter()
        for i, text in enumerate(texts):
            batch.append(process(RawDocument(label=f"gen-{i}", text=text), Settings(date="2025-01-10")))
            if len(batch) >= 20:
                store.add_many(batch)
                batch = []
        store.add_many(batch)
        full = time.perf_counter() - t0
        store.close()

    parallel = None
    if args.workers > 1:
        from parley.pipeline import process_parallel

        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "bench.duckdb")
            t0 = time.perf_counter()
            raws = (RawDocument(label=f"gen-{i}", text=text) for i, text in enumerate(texts))
            batch = []
            for report in process_parallel(raws, Settings(date="2025-01-10"), args.workers):
                batch.append(report)
                if len(batch) >= 20:
                    store.add_many(batch)
                    batch = []
            store.add_many(batch)
            parallel = time.perf_counter() - t0  # includes starting the workers and loading their models
            store.close()

    print(f"articles: {args.n}, words: {words}")
    print(f"bare nlp.pipe       : {args.n / bare:8.1f} articles/s  {words / bare:9.0f} words/s")
    print(f"parley ingest (all) : {args.n / full:8.1f} articles/s  {words / full:9.0f} words/s")
    print(f"ratio parley / bare : {bare / full:8.2f}")
    if parallel:
        print(f"parley ingest, {args.workers} workers: {args.n / parallel:5.1f} articles/s  {words / parallel:9.0f} words/s"
              f"  (ratio {bare / parallel:.2f}; includes worker start-up)")
    print(f"peak memory (main process, batch of {args.n}): {peak_mib():.0f} MiB")


if __name__ == "__main__":
    main()
