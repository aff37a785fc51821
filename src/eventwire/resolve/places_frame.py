"""The country a document is about, from votes of its place names (see ``docs/dictionaries-places.md``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.resolve.gazetteer import Gazetteer, demonyms, fold, variants

__all__ = ["context_countries", "document_country", "document_place_names", "propn_phrase"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACES = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "GPE", "LOC", "FAC"})
SCENE_PREPS = frozenset({"in", "at", "near"})
VOTES_KEY = "eventwire.places.country_votes"
MAX_VOTING_NAMES = 40
SIZEABLE_TOWN = 50_000
MIN_CONTEXT_VOTES = 0.5
COUNTRY_VOTE = 3.0


def document_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The country the document is about: the clear leader of its place-name votes, else None."""
    votes = _country_votes(doc, gazetteer)
    ranked = sorted(votes, key=lambda c: -votes[c])
    if not ranked or votes[ranked[0]] < 1 or (len(ranked) > 1 and votes[ranked[1]] >= votes[ranked[0]]):
        return None
    return ranked[0]


def context_countries(doc: Doc, gazetteer: Gazetteer) -> list[str]:
    """Countries of the document's place names and nationality words with more than half a vote,
    most voted first (a name shared evenly by two countries says nothing)."""
    votes = _country_votes(doc, gazetteer)
    return sorted((c for c in votes if votes[c] > MIN_CONTEXT_VOTES), key=lambda c: -votes[c])


def _country_votes(doc: Doc, gazetteer: Gazetteer) -> dict[str, float]:
    """One vote per place name of the document (split among the countries that have a place of that name;
    names of one country only weigh double) and half a vote per nationality word; cached on the doc."""
    cached = doc.user_data.get(VOTES_KEY)
    if isinstance(cached, dict):
        return cached
    votes: dict[str, float] = {}
    nationalities = demonyms()
    for ent in doc.ents:
        if ent.label_ == "NORP" and (key := fold(ent.text)) in nationalities:
            votes[nationalities[key]] = votes.get(nationalities[key], 0.0) + 0.5
    for name in document_place_names(doc)[:MAX_VOTING_NAMES]:
        known = next((v for v in variants(name) if gazetteer.candidates(v)), None)
        if known is None:
            continue
        best = gazetteer.best(known)
        if best is not None and best.precision == "country" and best.country:
            votes[best.country] = votes.get(best.country, 0.0) + COUNTRY_VOTE
            continue
        for country in gazetteer.countries_of(known):
            votes[country] = votes.get(country, 0.0) + _vote(known, country, gazetteer)
    doc.user_data[VOTES_KEY] = votes
    return votes


def _vote(name: str, country: str, gazetteer: Gazetteer) -> float:
    """A name of one country weighs 2, 3 when it is a country, region or sizeable town. A name several
    countries share splits one vote by the size of what it names in each: Moscow is Russian before it is a
    small town of Idaho; a name that is a province too counts as a sizeable place."""
    sizes = _sizes(name, gazetteer)
    if len(sizes) != 1:
        return sizes.get(country, 0) / max(1, sum(sizes.values()))
    entry = gazetteer.best(name)
    big = entry is not None and (entry.precision != "city" or entry.population >= SIZEABLE_TOWN)
    return 3.0 if big else 2.0


def _sizes(name: str, gazetteer: Gazetteer) -> dict[str, int]:
    """The size of the largest place called ``name`` in each country (areas count as sizeable towns)."""
    sizes: dict[str, int] = {}
    for entry, _ in gazetteer.candidates(name):
        if entry.country:
            size = max(entry.population, SIZEABLE_TOWN if entry.precision != "city" else 1)
            sizes[entry.country] = max(sizes.get(entry.country, 0), size)
    return sizes


def document_place_names(doc: Doc) -> list[str]:
    """Place entities of the document, and runs of proper nouns outside person, organisation and other
    entities (the model misses many African and Asian town names: "Isiolo", "Muranga")."""
    names = [e.text for e in doc.ents if e.label_ in PLACE_LABELS]
    run: list[str] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.ent_type_ not in NOT_PLACES:
            run.append(token.text)
            continue
        if run:
            names.append(" ".join(run))
            run = []
    for token in doc:  # whatever the model took them for: "in Mwea" (PERSON), "Jomvu (Mombasa)" (ORG)
        if token.pos_ == "PROPN" and (_after_locative(token) or _in_brackets(token)):
            names.append(propn_phrase(token).text)
    return names


def _after_locative(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in SCENE_PREPS and token.ent_type_ not in {"DATE", "TIME"}


def _in_brackets(token: Token) -> bool:
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text == "(" and token.ent_type_ not in {"DATE", "TIME"}


def propn_phrase(token: Token) -> Span:
    """``token`` with the proper-noun compounds before it ("Khan Touman")."""
    start = token.i
    for child in token.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            start = min(start, child.left_edge.i)
    return token.doc[start : token.i + 1]
