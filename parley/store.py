"""The event store: an embedded DuckDB file.

All writes go through ``Store.add``: one transaction per article, keyed by the
article's content hash, so ingestion is idempotent and safe to interrupt: an
article is either stored whole or not at all, and a re-run stores what is
missing. Near-duplicates (MinHash over word shingles) are linked, not merged.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from .errors import ParleyError, error
from .model import SCHEMA_VERSION, Report

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, url VARCHAR, path VARCHAR, title VARCHAR, published DATE,
        published_source VARCHAR, language VARCHAR, supported BOOLEAN, source VARCHAR,
        n_sentences INTEGER, text VARCHAR, report JSON, minhash BLOB, bands VARCHAR[],
        near_duplicate_of VARCHAR,
        ingested_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS actors (
        article_id VARCHAR, actor_id VARCHAR, name VARCHAR, wikidata VARCHAR, country VARCHAR,
        sector VARCHAR, role VARCHAR, mentions INTEGER)""",
    """CREATE TABLE IF NOT EXISTS events (
        article_id VARCHAR, event_id VARCHAR, event VARCHAR, mode VARCHAR, actor VARCHAR,
        actor_codes VARCHAR, recipient VARCHAR, recipient_codes VARCHAR, quad_code INTEGER,
        plover_score DOUBLE, cameo_root VARCHAR, negated BOOLEAN, modality VARCHAR,
        reported_by VARCHAR, date DATE, event_text VARCHAR, evidence VARCHAR,
        start_char INTEGER, end_char INTEGER, confidence DOUBLE, record JSON)""",
    """CREATE TABLE IF NOT EXISTS facts (
        article_id VARCHAR, kind VARCHAR, actor VARCHAR, evidence VARCHAR, start_char INTEGER,
        end_char INTEGER, record JSON)""",
]

CHILD_TABLES = ("actors", "events", "facts")


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    env = os.environ.get("PARLEY_DB")
    if env:
        return Path(env)
    return Path(user_data_dir("parley", appauthor=False)) / "parley.duckdb"


def _minhash(text: str):
    from datasketch import MinHash

    words = text.lower().split()
    mh = MinHash(num_perm=64, seed=7)
    mh.update_batch([" ".join(words[i:i + 5]).encode("utf-8") for i in range(max(1, len(words) - 4))])
    return mh


class Store:
    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path) if path else default_db_path()
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        elif not self.path.exists():
            raise error("E201", path=str(self.path), reason="no store here yet (run 'parley ingest' first)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise error("E201", path=str(self.path), reason=str(exc).splitlines()[0]) from None
        if not read_only:
            for statement in SCHEMA:
                self.con.execute(statement)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION]
            )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ writes
    def has(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def _near_duplicate(self, mh) -> str | None:
        """An earlier article sharing a MinHash band and with estimated Jaccard >= 0.7."""
        import numpy as np

        bands = _bands(mh)
        rows = self.con.execute(
            "SELECT id, minhash FROM articles WHERE near_duplicate_of IS NULL "
            "AND len(list_intersect(bands, ?::VARCHAR[])) > 0", [bands]
        ).fetchall()
        mine = np.asarray(mh.hashvalues, dtype=np.uint64)
        for other_id, blob in rows:
            other = np.frombuffer(bytes(blob), dtype=np.uint64)
            if other.shape == mine.shape and float(np.mean(other == mine)) >= 0.7:
                return other_id
        return None

    def add(self, report: Report) -> bool:
        """Store one Report; False when an article with the same content is already there."""
        return self.add_many([report])[0]

    def add_many(self, reports: list[Report]) -> list[bool]:
        """Store a batch of Reports in one transaction; per report, whether it was new.

        The batch is stored whole or not at all, so a run killed at any moment
        leaves every article either stored once or absent, never half-stored.
        """
        rows: dict[str, list] = {"articles": [], "actors": [], "events": [], "facts": []}
        fresh: list[bool] = []
        seen: set[str] = set()
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        for report in reports:
            info = report.article
            if info.id in seen or self.has(info.id):
                fresh.append(False)
                continue
            seen.add(info.id)
            fresh.append(True)
            mh = _minhash(info.text)
            near = self._near_duplicate(mh)
            rows["articles"].append(
                [info.id, info.url, info.path, info.title, info.published, info.published_source,
                 info.language, info.language_supported, info.source, len(info.sentences), info.text,
                 report.model_dump_json(), _encode_hash(mh), _bands(mh), near, now])
            for actor in report.actors:
                rows["actors"].append(
                    [info.id, actor.id, actor.name, actor.wikidata, actor.country, actor.sector,
                     actor.role.role if actor.role else None, len(actor.mentions)])
            for ev in report.events:
                rows["events"].append(
                    [info.id, ev.id, ev.event, ev.mode, "; ".join(a.name for a in ev.actor),
                     ";".join(sorted({a.code or "" for a in ev.actor})),
                     "; ".join(a.name for a in ev.recipient),
                     ";".join(sorted({a.code or "" for a in ev.recipient})),
                     ev.quad_code, ev.plover_score, ev.cameo_root, ev.negated, ev.modality,
                     ev.reported_by.name if ev.reported_by else None, ev.date, ev.event_text,
                     ev.evidence.text, ev.evidence.start, ev.evidence.end, ev.confidence,
                     ev.model_dump_json()])
            for kind, items in (("quote", report.quotes), ("demand", report.demands),
                                ("commitment", report.commitments), ("position", report.positions)):
                for item in items:
                    ev = getattr(item, "evidence", None)
                    start = ev.start if ev else getattr(item, "start", None)
                    end = ev.end if ev else getattr(item, "end", None)
                    text = ev.text if ev else getattr(item, "text", None)
                    who = item.speaker if kind == "quote" else item.actor
                    rows["facts"].append([info.id, kind, who.name if who else None, text, start, end,
                                          item.model_dump_json()])
        if not rows["articles"]:
            return fresh
        con = self.con
        statements = {
            "articles": "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "actors": "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            "events": "INSERT INTO events VALUES (" + ", ".join(["?"] * 21) + ")",
            "facts": "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)",
        }
        con.execute("BEGIN TRANSACTION")
        try:
            for table in statements:
                if rows[table]:
                    _bulk_insert(con, table, rows[table])
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise error("E201", path=str(self.path), reason=str(exc).splitlines()[0]) from None
        return fresh

    # ------------------------------------------------------------ reads
    def articles(self, limit: int | None = None):
        sql = ("SELECT id, published, language, source, title, n_sentences, near_duplicate_of "
               "FROM articles ORDER BY published NULLS LAST, ingested_at")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.con.execute(sql).df()

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def report(self, prefix: str) -> Report:
        rows = self.con.execute(
            "SELECT report FROM articles WHERE id LIKE ? ORDER BY id LIMIT 2", [prefix + "%"]
        ).fetchall()
        if not rows:
            raise error("E202", id=prefix)
        return Report.model_validate_json(rows[0][0])

    def reports(self):
        for (blob,) in self.con.execute("SELECT report FROM articles ORDER BY published NULLS LAST").fetchall():
            yield Report.model_validate_json(blob)

    def query(self, sql: str, params: list[Any] | None = None):
        return self.con.execute(sql, params or []).df()


def _bulk_insert(con, table: str, rows: list[list]) -> None:
    """Insert rows (positional, in the table's column order) through one Arrow table:
    far faster than row-by-row executemany."""
    import pyarrow as pa

    columns = [pa.array(list(col)) for col in zip(*rows)]
    data = pa.Table.from_arrays(columns, names=[f"c{i}" for i in range(len(columns))])
    con.register("_parley_rows", data)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM _parley_rows")
    finally:
        con.unregister("_parley_rows")


def _encode_hash(mh) -> bytes:
    import numpy as np

    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def _bands(mh, rows: int = 4) -> list[str]:
    values = [int(v) for v in mh.hashvalues]
    return [f"{i}:" + ",".join(map(str, values[i:i + rows])) for i in range(0, len(values), rows)]


__all__ = ["Store", "default_db_path", "ParleyError"]
