"""No actor of a whole article is coded with a country that only the article's subject supplies (issue 17).

The check reads each coded actor with a country back against the text, without asking the resolver how it got
there: the country must be one its own words name (a nationality, a country, a place, a name the knowledge base
or the dictionaries know), one its referent's name gives (a pronoun or a surname standing for someone the article
names), one its appositive or "from X" names, or, for a phrase that names no one (a role noun, "police", "the
area"), the country of its event's place, of the place names of its sentence, or of the document's home. Coding
the dev articles (reads ../shared/dev at run time; loads the model) must leave no actor outside these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest

from eventwire.lexicons.actors import Lexicon
from eventwire.lexicons.gazetteer.index import Gazetteer, shared_gazetteer
from eventwire.model import Actor, Document, Event
from eventwire.resolve.actors.phrase import PhraseReader
from tests.paths import SharedFile

APPOSITIVE = re.compile(r"^\s*,\s*([^,;]+)")
ORIGIN = re.compile(r"^\s+from\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")
WORD = re.compile(r"[A-Za-z][\w'.-]*")


@dataclass(frozen=True)
class Borrowed:
    """An actor whose country nothing in the text ties it to."""

    doc_id: str
    side: str
    text: str
    name: str | None
    country: str
    sentence: str


class CountryCheck:
    """Reads coded actors back against their document's text."""

    def __init__(self, reader: PhraseReader, gazetteer: Gazetteer) -> None:
        self.reader = reader
        self.gazetteer = gazetteer

    def borrowed(self, document: Document, events: list[Event]) -> list[Borrowed]:
        found = []
        names = self._names_in(document)
        for event in events:
            for side, actor in (("source", event.source), ("target", event.target)):
                if actor is not None and actor.country and not self.justified(actor, event, document, names):
                    found.append(
                        Borrowed(document.id, side, actor.text, actor.name, actor.country, event.evidence.sentence)
                    )
        return found

    def justified(self, actor: Actor, event: Event, document: Document, names: dict[str, str | None]) -> bool:
        country = actor.country
        assert country is not None
        when = event.date.start if event.date else document.published
        if self._names(actor.text, country, when) or self._near(actor, document.text, country, when):
            return True
        if self._referent(actor, country, when, names):
            return True
        if _names_someone(actor.text, document.text):
            return False  # a named actor's country comes from its name, never from its context
        if country in self._context(event, document):
            return True
        return self._said_before(actor, event, document.text, country, when)

    def _names(self, words: str, country: str, when: date | None) -> bool:
        """``words`` name ``country``: read alone (a nationality, a country, a name the dictionaries or the
        knowledge base know), as a people living in it, or as a place in it."""
        if not words.strip():
            return False
        reading = self.reader.read(words, when)
        if reading.country == country or country in reading.countries:
            return True
        if any(country in hit.value.countries for hit in self.reader.lexicon.orgs.find(words)):
            return True
        return any(self._place(run) == country for run in [words.strip(), *_capitalised_runs(words)])

    def _place(self, name: str) -> str | None:
        place = self.gazetteer.lookup(name)
        return place.country if place is not None else None

    def _near(self, actor: Actor, text: str, country: str, when: date | None) -> bool:
        """The appositive after the phrase ("X, a British MP") or its "from X" names ``country``."""
        if actor.end is None:
            return False
        after = text[actor.end : actor.end + 120]
        for pattern in (APPOSITIVE, ORIGIN):
            match = pattern.match(after)
            if match is not None and self._names(match.group(1), country, when):
                return True
        return False

    def _referent(self, actor: Actor, country: str, when: date | None, names: dict[str, str | None]) -> bool:
        """The actor is given the name of someone the document names ("he" as "Nasr al-Hariri", "his regime" as
        "Recep Tayyip Erdogan: Regime"), and that name gives ``country``."""
        for name in _referent_names(actor):
            reading = self.reader.read(name, when)
            if reading.country == country and reading.name is not None and reading.name in names.values():
                return True
        return False

    def _names_in(self, document: Document) -> dict[str, str | None]:
        """What each capitalised run of the document names, by the dictionaries and the knowledge base."""
        runs = set(_capitalised_runs(document.text))
        return {run: self.reader.read(run, document.published).name for run in runs}

    def _context(self, event: Event, document: Document) -> set[str]:
        """The countries an unnamed party may take: its event's place, the places named in its sentence or in the
        article's opening sentence, the document's home country."""
        found = {event.location.country} if event.location is not None and event.location.country else set()
        if document.country:
            found.add(document.country)
        lead = re.split(r"(?<=[a-z)][.!?])\s", document.text.strip(), maxsplit=1)[0]  # where the opening sets the story
        for run in [*_capitalised_runs(event.evidence.sentence), *_capitalised_runs(lead)]:
            countries = self.gazetteer.countries_of(run)
            if len(countries) == 1:
                found |= countries
        return found

    def _said_before(self, actor: Actor, event: Event, text: str, country: str, when: date | None) -> bool:
        """A pronoun or a description ("he", "the minister") whose country the text gave someone just before it:
        a country word of ``country`` in its sentence or the two before."""
        if actor.start is None:
            return False
        window = text[max(0, event.evidence.start - 600) : actor.start]
        return any(self._names(run, country, when) for run in _capitalised_runs(window))


@pytest.fixture(scope="module")
def check() -> CountryCheck:
    return CountryCheck(PhraseReader(Lexicon()), shared_gazetteer())


def _event(sentence: str, actor: Actor, place_country: str | None = None) -> Event:
    from eventwire.model import Evidence, Place

    location = Place(name="somewhere", country=place_country) if place_country else None
    return Event(
        doc_id="d",
        type="ACCUSE",
        source=actor,
        target=None,
        location=location,
        evidence=Evidence(sentence=sentence, start=0, end=len(sentence), trigger="ordered"),
    )


def test_the_check_flags_a_country_taken_from_the_article_subject(check: CountryCheck) -> None:
    text = "A woman born in London to Bangladeshi parents fled. Javid ordered her citizenship revoked."
    start = text.index("Javid")
    actor = Actor("Javid", "Javid", "BGD", None, start, start + 5)
    document = Document("d", text, published=date(2019, 2, 20))
    assert check.borrowed(document, [_event(text, actor)])


def test_the_check_accepts_a_country_the_knowledge_base_gives(check: CountryCheck) -> None:
    text = "The home secretary, Sajid Javid, ordered her citizenship revoked."
    start = text.index("Sajid Javid")
    actor = Actor("Sajid Javid", "Sajid Javid", "GBR", "GOV", start, start + 11)
    document = Document("d", text, published=date(2019, 2, 20))
    assert not check.borrowed(document, [_event(text, actor)])


def test_the_check_accepts_a_role_noun_placed_by_its_event_but_not_elsewhere(check: CountryCheck) -> None:
    text = "Police fired tear gas at the crowd."
    actor = Actor("Police", "Police", "KEN", "COP", 0, 6)
    document = Document("d", text, published=date(2019, 2, 20))
    assert not check.borrowed(document, [_event(text, actor, place_country="KEN")])
    assert check.borrowed(document, [_event(text, actor)])


@pytest.mark.slow
def test_no_actor_of_the_dev_articles_borrows_the_article_subject(check: CountryCheck, shared_file: SharedFile) -> None:
    from eventwire.eval import code_gold, read_gold

    docs = read_gold(shared_file("dev", "articles.gold.jsonl"))
    assert all(len(d.document.text) > 1000 for d in docs), "the check is about whole articles"
    predictions = code_gold(docs)
    coded = sum(1 for d in docs for e in predictions[d.id] for a in (e.source, e.target) if a and a.country)
    borrowed = [b for d in docs for b in check.borrowed(d.document, predictions[d.id])]
    assert coded > 300, "the articles were coded"
    assert not borrowed, "\n".join(f"{b.doc_id} {b.side} {b.text!r} ({b.name}) -> {b.country}" for b in borrowed)


FUNCTION_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "him",
        "them",
        "us",
        "me",
        "who",
        "which",
        "some",
        "all",
        "both",
        "and",
    }
)
# Lower-case particles inside a name ("Nasr al-Hariri", "Ursula von der Leyen").
PARTICLE = re.compile(r"^(?:al|el|ul|bin|ibn|de|del|da|di|du|van|von|der|den|la|le)(?:-|$)")
# Capitalised words that describe a kind of group and name no one ("the Islamist militant group").
KIND_WORDS = frozenset({"islamist", "jihadist", "muslim", "christian", "sunni", "shia", "shiite"})
# Capitalised counts at the head of a phrase ("Seven other people", "Scores of sellers") name no one either.
COUNT_WORDS = frozenset(
    {
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "scores",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "several",
        "many",
        "more",
        "most",
        "few",
        "at",
        "least",
        "other",
        "others",
        "some",
        "about",
        "nearly",
        "almost",
        "over",
    }
)


def _capitalised_runs(text: str) -> list[str]:
    """The runs of capitalised words of ``text`` ("Sajid Javid", "Nasr al-Hariri"), without function words
    ("The government" -> nothing)."""
    runs: list[str] = []
    current: list[str] = []
    for match in WORD.finditer(text):
        word = match.group(0).rstrip(".")
        if word[:1].isupper() and word.lower() not in FUNCTION_WORDS:
            current.append(word)
            continue
        if current and PARTICLE.match(word):
            current.append(word)
            continue
        if current:
            runs.append(" ".join(current))
        current = []
    if current:
        runs.append(" ".join(current))
    return runs


def _names_someone(text: str, document: str) -> bool:
    """The phrase holds a proper name: a capitalised word that is no role noun, no kind of group and no common word
    (one the document also writes in lower case: "At least five people", "Scores of sellers" name no one)."""
    roles = Lexicon().roles
    common = {word.lower() for word in WORD.findall(document) if word[:1].islower()}
    return any(
        word.lower() not in roles and word.lower() not in KIND_WORDS | COUNT_WORDS and word.lower() not in common
        for run in _capitalised_runs(text)
        for word in run.split()
    )


def _referent_names(actor: Actor) -> list[str]:
    """The name a referring phrase was given, when it differs from its words ("he" -> "Nasr al-Hariri", "his
    regime" -> "Recep Tayyip Erdogan: Regime" -> "Recep Tayyip Erdogan")."""
    if not actor.name or actor.name == actor.text:
        return []
    head = actor.name.split(":")[0].strip()
    return [head] if head and head != actor.text else []
