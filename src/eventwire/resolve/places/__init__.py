"""Places: where an event happened, chosen from the text and looked up in the gazetteer.

``spans`` finds the words of a sentence that name a place and ``names`` judges whether they are a name at all;
``links`` ties them to an event (``scope`` when the parse ties none); ``event`` chooses among them and
``lookup`` resolves the choice against the gazetteer (``eventwire.lexicons.gazetteer``), framed by the
document's country (``frame``). The word lists they read are ``data/places/cues.yaml`` and
``figurative.yaml`` (``eventwire.lexicons.places``); see ``docs/dictionaries-places.md``.
"""
