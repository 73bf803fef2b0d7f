"""Actors: knowledge base, recognition, resolution by date, coreference.

- ``kb.py`` / ``kbload.py``: the knowledge base (data/ files, pycountry, user dictionaries)
- ``cameo.py``: CAMEO ``.actors.txt`` dictionaries -> parley YAML
- ``gazetteer.py``: fast phrase matching of the KB over a sentence
- ``lexicon.py``: function words the phrases are built with
- ``cands.py``: a candidate mention; ``phrases.py``: the candidates of one sentence
  (names, states, titles, groups); ``people.py``: people the KB does not know (NER, rules)
- ``resolve.py``: the whole article: surnames, titles by date, groups, pronouns
- ``dating.py``: an article's date estimated from the dates it mentions
- ``recognize.py``: the pipeline stage; ``index.py``: the ActorIndex later stages use, and
  ``resolve_first_person`` ("nous"/"we" in a quote -> the quote's speaker, once quotes exist)
"""
