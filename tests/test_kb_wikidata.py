"""Every Wikidata id in the actor knowledge base has a recorded source.

The ids were checked against stored copies of Wikidata-derived files (there is
no Wikidata on the machine); ``parley/actors/data/wikidata_sources.tsv`` says
where each one was found. An id added without a source, or two entities
sharing one id, fails here.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from parley.actors.kb import base_kb

SOURCES = Path(__file__).resolve().parent.parent / "parley" / "actors" / "data" / "wikidata_sources.tsv"


def _sources() -> dict[str, tuple[str, str]]:
    with SOURCES.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert rows and set(rows[0]) == {"qid", "name", "source"}
    return {row["qid"]: (row["name"], row["source"]) for row in rows}


def test_every_kb_wikidata_id_has_a_source():
    sources = _sources()
    kb = base_kb()
    missing = sorted(f"{e.name} {e.wikidata}" for e in kb.entities.values()
                     if e.wikidata and e.wikidata not in sources)
    assert not missing, f"ids without a row in wikidata_sources.tsv: {missing[:10]}"
    assert all(source.strip() for _, source in sources.values())


def test_no_two_entities_share_a_wikidata_id():
    by_id: dict[str, set[str]] = defaultdict(set)
    for e in base_kb().entities.values():
        if e.wikidata:
            by_id[e.wikidata].add(e.name)
    shared = {q: names for q, names in by_id.items() if len(names) > 1}
    assert not shared, shared


def test_known_ids_resolve_to_the_right_entities():
    kb = base_kb()
    by_name = {e.name: e.wikidata for e in kb.entities.values()}
    # checked against two independent Wikidata-derived files each (see the TSV)
    assert by_name["Vladimir Putin"] == "Q7747"
    assert by_name["Benjamin Netanyahu"] == "Q43723"
    assert by_name["Russia"] == "Q159"
