"""The country a document is about, from votes of its place names (see ``docs/dictionaries-places.md``).

Nationality words vote too: ``gazetteer.index.demonyms`` reads them from ``data/actors/countries.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons.gazetteer.index import Gazetteer, demonyms, fold, variants
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.resolve.places.names import PLACE_LABELS, SCENE_PREPS, country_names

__all__ = ["Ballot", "ballot", "context_countries", "document_country", "document_place_names", "propn_phrase"]

NOT_PLACES = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "GPE", "LOC", "FAC"})
VOTES_KEY = "eventwire.places.country_votes"
MAX_VOTING_NAMES = 40
SIZEABLE_TOWN = 50_000  # a town this big is a sizeable place: it votes like an area and names a place by itself
MIN_CONTEXT_VOTES = 0.5
COUNTRY_VOTE = 3.0
MIN_AGREEING_NAMES = 2  # bare names that must agree on a country for their votes to count alone


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
    names of one country only weigh double) and half a vote per nationality word; cached on the doc.

    Only names that stand as places vote by themselves: place entities, names after "in"/"at"/"near" and
    bracketed names. A bare run of proper nouns ("Jubilee primaries", "Vice Chancellor") may be anything: its
    votes count for a country that has votes of its own, or when another bare name agrees."""
    return ballot(doc, gazetteer).votes


class Ballot:
    """The document's place votes: the total by country and what each folded name gave each country."""

    def __init__(self) -> None:
        self.votes: dict[str, float] = {}
        self.by_name: dict[str, dict[str, float]] = {}
        self.country_names: set[str] = set()  # names that voted as a country's own name ("Ethiopia")

    def add(self, key: str, country: str, vote: float) -> None:
        self.votes[country] = self.votes.get(country, 0.0) + vote
        given = self.by_name.setdefault(key, {})
        given[country] = given.get(country, 0.0) + vote

    def besides(self, country: str, name: str) -> float:
        """The votes for ``country`` that do not come from ``name`` itself: "Irobo" alone makes a report
        Ivorian by its own vote; Kenyan towns or the word "Kenyan" elsewhere are evidence of Kenya."""
        return self.votes.get(country, 0.0) - self.by_name.get(fold(name), {}).get(country, 0.0)

    def local(self, country: str, name: str) -> float:
        """The votes for ``country`` from names of its towns and areas other than ``name``: places of it that
        the document names, not the country itself (people "from Ethiopia") or its nationality word."""
        skip = self.country_names | {fold(name), ""}
        return sum(given.get(country, 0.0) for key, given in self.by_name.items() if key not in skip)


def ballot(doc: Doc, gazetteer: Gazetteer) -> Ballot:
    """The document's place votes (see ``_country_votes``), cached on the doc."""
    cached = doc.user_data.get(VOTES_KEY)
    if isinstance(cached, Ballot):
        return cached
    result = Ballot()
    nationalities = demonyms()
    for ent in doc.ents:
        if ent.label_ == "NORP" and (key := fold(ent.text)) in nationalities:
            result.add("", nationalities[key], 0.5)  # nationality words vote under no name
    weak: dict[str, dict[str, float]] = {}
    for name, strong in _voting_names(doc)[:MAX_VOTING_NAMES]:
        known = _known_form(name, gazetteer)
        if known is None:
            continue
        form, whole = known
        by_country = _name_votes(form, gazetteer)
        if _names_country(form, gazetteer):
            result.country_names.add(fold(form))
        big = max(by_country.values(), default=0.0) >= COUNTRY_VOTE
        if (whole and strong) or (big and (whole or strong)):  # two of the three kinds of evidence
            for country, vote in by_country.items():
                result.add(fold(form), country, vote)
        else:
            for country, vote in by_country.items():
                weak.setdefault(country, {})[fold(form)] = vote
    for country, weak_names in weak.items():
        if result.votes.get(country, 0.0) > MIN_CONTEXT_VOTES or len(weak_names) >= MIN_AGREEING_NAMES:
            for key, vote in weak_names.items():
                result.add(key, country, vote)
    doc.user_data[VOTES_KEY] = result
    return result


def _known_form(name: str, gazetteer: Gazetteer) -> tuple[str, bool] | None:
    """The first form of ``name`` the gazetteer knows, and whether it is the whole name (or the name without
    a place word: "Mandera Town") rather than a shortening that may be another word ("Vice Chancellor"); a
    name known only as another place's alternate name ("Namanga" for Namangan) is not whole either."""
    known = next((v for v in variants(name) if gazetteer.candidates(v)), None)
    if known is None:
        return None
    words, kept = name.split(), known.split()
    rest = words[len(kept) :] if words[: len(kept)] == kept else ["-"]
    own_name = any(own for _, own in gazetteer.candidates(known))  # not only another place's alternate name
    return known, own_name and all(word.lower() in cues().name_suffixes for word in rest)


def _names_country(name: str, gazetteer: Gazetteer) -> str | None:
    best = gazetteer.best(name)
    return best.country if best is not None and best.precision == "country" else None


def _name_votes(name: str, gazetteer: Gazetteer) -> dict[str, float]:
    """The votes of one known name by country; a country's own name gives it a full country vote."""
    country = _names_country(name, gazetteer)
    if country:
        return {country: COUNTRY_VOTE}
    return {country: _vote(name, country, gazetteer) for country in gazetteer.countries_of(name)}


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
    return [name for name, _ in _voting_names(doc)]


def _voting_names(doc: Doc) -> list[tuple[str, bool]]:
    """Candidate place names with whether they stand as places by themselves: a place entity, a name after a
    locative preposition, in brackets, or naming a place or its people ("Kibwezi residents", "residents of
    Witu", "the Kitale road"); other runs of proper nouns are bare. A lone capitalised word opening a
    sentence ("Youths", "Man found killed") is not taken for a place name."""
    names = [(e.text, True) for e in doc.ents if e.label_ in PLACE_LABELS and not _origin_country(e)]
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.ent_type_ not in NOT_PLACES:
            run.append(token)
            continue
        if run:
            strong = _names_place_or_people(run[-1])
            if strong or not (len(run) == 1 and _opens_sentence(run[0])):
                names.append((" ".join(t.text for t in run), strong))
        run = []
    for token in doc:  # whatever the model took them for: "in Mwea" (PERSON), "Jomvu (Mombasa)" (ORG)
        if token.pos_ == "PROPN" and _after_locative(token):
            names.append((propn_phrase(token).text, True))
        elif token.pos_ == "PROPN" and _in_brackets(token):
            # "(KIST)" is an acronym, "(Joseph Ole Lenku and ...)" names people
            names.append((propn_phrase(token).text, not token.is_upper and token.ent_type_ != "PERSON"))
    return names


def _origin_country(span: Span) -> bool:
    """A country named as where people or goods come from ("raiders from Sudan", "refugees from Somalia"):
    no evidence that the document's events happen there."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "from" or root.head.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return fold(span.text) in country_names()


def _names_place_or_people(root: Token) -> bool:
    """``root`` modifies a noun of places or people ("Kibwezi residents", "Thika town") or is the object of
    "of"/"from" after one ("residents of Witu", "students from Kisii")."""
    nouns = cues().place_nouns | cues().resident_nouns | cues().people_nouns
    if root.dep_ in {"compound", "nmod"}:
        return root.head.lemma_.lower() in nouns
    if root.dep_ == "pobj" and root.head.lower_ in {"of", "from"}:
        return root.head.head.lemma_.lower() in nouns
    return False


def _opens_sentence(token: Token) -> bool:
    """The first word of its sentence (after any dateline ending in a colon or full stop)."""
    if token.is_sent_start or token.i == 0:
        return True
    return token.doc[token.i - 1].text in {":", "."}


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
