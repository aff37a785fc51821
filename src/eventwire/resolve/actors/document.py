"""Actors to ISO3 country and PLOVER sector, with simple within-document coreference.

``ActorResolver`` holds the dictionaries (built on first use, shared across documents);
``ActorResolver.for_document`` reads a parsed document once (its named mentions and the country
it is about) and returns a ``DocumentActors`` that resolves the extractor's actor spans.
``DocumentActors.identify`` returns the actor with its ``ActorFacts`` (what its words say about where its country
comes from), which the resolver passes on to settle the country (``eventwire.resolve.home``); nothing is recorded
between calls. The verbs of moving and of blame, attack nouns and visitor nouns come from
``data/actors/words.yaml``.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons.actors import SPECIAL_COUNTRIES, Lexicon, country_name
from eventwire.lexicons.actors.cities import city_populations
from eventwire.lexicons.actors.words import ActorWords, load_actor_words
from eventwire.model import Actor
from eventwire.resolve.actors.blame import blamed_groups
from eventwire.resolve.actors.phrase import PhraseReader, Reading, city_keys, core_text

__all__ = ["ActorFacts", "ActorResolver", "DocumentActors", "ResolvedActor"]

log = logging.getLogger(__name__)

MENTION_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
PLACE_WEIGHTS = {"GPE": 1.0, "LOC": 0.5, "NORP": 0.5}
# Below this size a city name alone does not tell the document's country (Saku, Japan, 99k; Wajir, Kenya,
# 90k: a town the places frame weighs with stricter evidence).
MIN_CITY_POPULATION = 100_000
SMALL_CITY_WEIGHT = 0.1  # a smaller one counts only when nothing else names a country
LOCATIVE_PREPOSITIONS = frozenset({"in", "inside", "throughout", "across", "around", "within"})
PLACE_PEOPLE_SECTOR = "CVL"  # the people of a place named as where something happens
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "advcl"})  # a clause whose subject may repeat its reporter's
# The dependents that modify a noun from before it (adjectives, compounds, noun modifiers); with possessives too,
# what may qualify an office or a place ("Israel's prime minister").
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
NOUN_MODIFIER_OR_POSSESSIVE_DEPS = NOUN_MODIFIER_DEPS | {"poss"}
MODIFIER_GAP = 3  # words between a modifier phrase and the noun it modifies ("Sierra Leonean and Liberian refugees")
ORIGIN_WORDS = 6  # words after "from" that may name an actor's country of origin
GROUP_WINDOW = 3  # sentences back that "the ministry" / "the army" may look for an antecedent
# A short report that pins its violence on a named armed group in any sentence names the doer of its agentless
# attacks (``blame``); a longer one may be about several.
BLAME_MAX_SENTENCES = 5


@dataclass(frozen=True, slots=True)
class ActorFacts:
    """What the words of an actor's phrase say about where its country comes from, for the resolver to weigh
    against the event's place (``eventwire.resolve.home``). All false for an actor no phrase names."""

    countryless: bool = False  # a group of countries or both sides ("Western leaders"): it takes no country
    unqualified: bool = False  # a bare domestic role noun ("police"): its country came from the document
    minority: bool = False  # an ethnic minority ("ethnic Albanian guerrillas"): its country is the document's
    from_origin: bool = False  # its country is the place of origin after it ("raiders from Ethiopia")
    visitor: bool = False  # its country is only the nationality of a person often abroad ("an Italian missionary")


@dataclass(frozen=True, slots=True)
class ResolvedActor:
    """An actor and what its phrase says about where its country comes from."""

    actor: Actor
    facts: ActorFacts = ActorFacts()


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved mention earlier in the document, for coreference."""

    start: int
    sentence: int
    reading: Reading
    name: str | None
    label: str = ""


class DocumentActors:
    """Resolves actor phrases of one document, using what its earlier mentions established."""

    def __init__(self, doc: Doc, published: date | None, reader: PhraseReader) -> None:
        self.doc = doc
        self.published = published
        self.reader = reader
        self.words: ActorWords = load_actor_words()

    def _visitor_nationality(self, span: Span) -> bool:
        """``span`` is, or is headed by, a noun for a person often abroad that a nationality modifies ("an Italian
        missionary", or "Italian" of it)."""
        root = span.root
        noun = root.head if root.dep_ in NOUN_MODIFIER_DEPS and root.head.i >= span.end else root
        if noun.tag_ not in {"NN", "NNS"}:
            return False
        words = {noun.lower_, noun.lemma_.lower()}
        if noun.i > 0 and noun.doc[noun.i - 1].dep_ == "compound":
            words.add(f"{noun.doc[noun.i - 1].lower_} {noun.lower_}")
        if not words & self.reader.lexicon.visitors:
            return False
        return any(ent.label_ == "NORP" and ent.root.head.i == noun.i for ent in self.doc.ents)

    def _origin(self, span: Span) -> str | None:
        """The country a ``from`` phrase attached to the phrase's head names as its origin ("Toposa raiders from
        Sudan", "tribesmen from the Democratic Republic of Congo"); None when the words after it name no country or
        the ``from`` belongs to a verb ("rescued hostages from Somalia"). What is moved is not from its start point:
        the object of a verb or of a noun's "of" ("withdrew troops from X", "the withdrawal of forces from X")."""
        doc, root = span.doc, span.root
        if span.end >= len(doc) or doc[span.end].lower_ != "from" or doc[span.end].head.i != root.i:
            return None
        if root.dep_ == "dobj" or (root.dep_ == "pobj" and root.head.lower_ == "of"):
            return None
        words = doc[span.end + 1 : min(len(doc), span.end + 1 + ORIGIN_WORDS)]
        hits = self.reader.lexicon.countries.find(words.text)
        start = 4 if words.text.lower().startswith("the ") else 0
        if not hits or hits[0].start != start or hits[0].value.kind != "country":
            return None
        country = hits[0].value.country
        return country if country not in SPECIAL_COUNTRIES else None

    @cached_property
    def mentions(self) -> list[Mention]:
        """Named mentions (spaCy entities) read by themselves, in document order."""
        found = []
        for ent in self.doc.ents:
            if ent.label_ not in MENTION_LABELS:
                continue
            reading = self.reader.read(self._with_title(ent).text, self.published)
            office = self._office(ent)
            if office is not None:
                reading = office
            if ent.label_ == "PERSON":
                reading = replace(reading, names_person=True)
            if reading.country or reading.sector or reading.names_person:
                name = reading.name if reading.person or ent.label_ != "PERSON" else ent.text
                found.append(Mention(ent.start_char, self._sentence(ent), reading, name, ent.label_))
        return found

    @cached_property
    def default_country(self) -> str | None:
        """The country the document is about: the most frequent country of its place mentions, earlier ones
        weighing more. A mention known only as a city counts when the city is a large one: a small namesake
        abroad ("Saku constituency" is not Japan's Saku) says nothing about the document."""
        scores: dict[str, float] = {}
        places = [ent for ent in self.doc.ents if ent.label_ in PLACE_WEIGHTS and not _ethnic(ent)]
        places = [ent for ent in places if ent.label_ != "NORP" or not self._visitor_nationality(ent)]
        places = [ent for ent in places if not self._origin_country(ent)]
        for order, ent in enumerate(places):
            country = self.reader.read(ent.text, self.published).country
            if country and country not in SPECIAL_COUNTRIES:
                weight = 1.0 if self._states_country(ent.text) else SMALL_CITY_WEIGHT
                scores[country] = scores.get(country, 0.0) + weight * PLACE_WEIGHTS[ent.label_] / (1 + order / 5)
        return max(scores, key=lambda c: scores[c]) if scores else self._named_country()

    def _origin_country(self, ent: Span) -> bool:
        """A country named only as where people or goods come from ("police battle raiders from Sudan"): the
        document's events need not happen there."""
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ != "from" or not self._people_before(root.head):
            return False
        core = core_text(ent.text)
        hits = self.reader.lexicon.countries.find(core)
        return len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(core) and hits[0].value.kind == "country"

    def _people_before(self, word: Token) -> bool:
        """``word`` ("from") belongs to the noun before it: as the parse has it, or, when the parse hangs it on
        the verb, a role noun just before it that a verb of moving people does not govern ("battled raiders
        from X", but not "withdrew troops from X")."""
        if word.head.pos_ in {"NOUN", "PROPN"}:
            noun = word.head
            return noun.dep_ != "dobj" or noun.head.lemma_.lower() not in self.words.moving_verbs
        before = word.doc[word.i - 1] if word.i > 0 else word
        moving = word.head.lemma_.lower() in self.words.moving_verbs
        if before.tag_ != "NNS" or before.head.i != word.head.i or moving:
            return False
        return bool(self.reader.lexicon.roles.find(before.text))

    def _named_country(self) -> str | None:
        """With no place named, the country of the national bodies, communities and office holders the document
        names ("ODM supporters", "the Mungiki sect", "Kenyatta's victory"), when one country clearly leads; bodies
        that are international, transnational or of no single country say nothing."""
        lexicon, text = self.reader.lexicon, self.doc.text
        named = [hit.value.country for hit in lexicon.orgs.find(text) if len(hit.value.countries) <= 1]
        named += [hit.value.country_at(self.published) for hit in lexicon.people.find(text)]
        counts = Counter(country for country in named if country and country not in SPECIAL_COUNTRIES)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _states_country(self, text: str) -> bool:
        """``text`` names a country, a nationality, a seat of power or an organisation, or else a city of
        ``MIN_CITY_POPULATION`` people or more."""
        core = core_text(text)
        lexicon = self.reader.lexicon
        if lexicon.countries.find(core) or lexicon.seats.find(core) or lexicon.orgs.find(core):
            return True
        return _city_population(core) >= MIN_CITY_POPULATION

    def resolve(self, span: Span, when: date | None = None) -> Actor:
        """The actor that ``span`` names, as of ``when`` (the event's date)."""
        return self.identify(span, when).actor

    def facts_of(self, actor: Actor, when: date | None = None) -> ActorFacts:
        """What the phrase ``actor`` was resolved from says about its country (all false for an actor with no
        phrase of its own in this document)."""
        span = self.doc.char_span(actor.start, actor.end) if actor.start is not None and actor.end is not None else None
        return self.identify(span, when).facts if span is not None else ActorFacts()

    def identify(self, span: Span, when: date | None = None) -> ResolvedActor:
        """The actor that ``span`` names, as of ``when`` (the event's date), with what its words say about where
        its country comes from. Nothing is recorded: the same span always gives the same answer."""
        when = when or self.published
        reading = self.reader.read(span.text, when)
        reading = self._appositive(span, reading, when)
        reading = self._modified_noun(span, reading, when)
        if self._seat_as_place(span, reading):
            reading = replace(reading, sector=PLACE_PEOPLE_SECTOR, name=core_text(span.text))
        reading = self._coreference(span, reading, when)
        origin = self._origin(span) if reading.country is None or len(reading.countries) > 1 else None
        if origin is not None:
            reading = replace(reading, country=origin, countries=(), domestic=False)
        if len(reading.countries) > 1:
            reading = replace(reading, country=self._among(reading.countries))
        facts = ActorFacts(
            countryless=reading.bloc,
            unqualified=not reading.minority and reading.country is None and reading.domestic,
            minority=reading.minority,
            from_origin=origin is not None,
            visitor=bool(reading.country) and not reading.minority and self._visitor_nationality(span),
        )
        if reading.country is None and reading.domestic:
            reading = replace(reading, country=self.default_country, name=self._domestic_name(reading))
        actor = Actor(
            text=span.text,
            name=reading.name,
            country=reading.country,
            sector=reading.sector,
            start=span.start_char,
            end=span.end_char,
        )
        return ResolvedActor(actor, facts)

    def blamed(self, avoid: Span | None = None) -> ResolvedActor | None:
        """The named armed group a short document blames for its violence ("Authorities suspect X", "X claimed
        responsibility", "suspected X militants"), unless that group is ``avoid`` (the event's own victims)."""
        for span in self._blamed_spans:
            if avoid is None or span.end <= avoid.start or avoid.end <= span.start:
                return self.identify(span)
        return None

    @cached_property
    def _blamed_spans(self) -> list[Span]:
        if len(self._sentence_starts) > BLAME_MAX_SENTENCES:
            return []
        return blamed_groups(self.doc, self.reader.lexicon, self.words)

    def _appositive(self, span: Span, reading: Reading, when: date | None) -> Reading:
        """A name the dictionaries do not know takes the country and sector of its appositive ("Kenzo Oshima, the
        United Nations relief coordinator"); the name stays the actor's name."""
        if reading.country or reading.sector or reading.anaphor or reading.bloc or not span.text[:1].isupper():
            return reading
        for child in span.root.children:
            if child.dep_ == "appos" and child.i >= span.end:
                title = self.reader.read(span.doc[child.left_edge.i : child.right_edge.i + 1].text, when)
                if title.country or title.sector:
                    return replace(reading, country=title.country, sector=title.sector, domestic=title.domestic)
        return reading

    def _seat_as_place(self, span: Span, reading: Reading) -> bool:
        """A capital named as the place something happens to ("a curfew in Abidjan", "aid deliveries in Baghdad")
        stands for its people, not for the government seated there."""
        root = span.root
        if reading.sector != "GOV" or root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE_PREPOSITIONS:
            return False
        core = core_text(span.text)
        hits = self.reader.lexicon.seats.find(core)
        return len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(core)

    def _modified_noun(self, span: Span, reading: Reading, when: date | None) -> Reading:
        """A phrase that is only a modifier of a noun after it ("US" in "US servicemen", "Croatian" in "Croatian
        extremists") takes its sector from the role that noun names, when the whole does not change its country."""
        root = span.root
        if reading.sector or reading.person or reading.anaphor or reading.bloc or root.dep_ not in NOUN_MODIFIER_DEPS:
            return reading
        head = root.head
        if head.i < span.end or head.pos_ not in ("NOUN", "PROPN") or head.i - span.end > MODIFIER_GAP:
            return reading
        whole = self.reader.read(span.doc[span.start : head.i + 1].text, when)
        if whole.sector is None or whole.country not in (None, reading.country):
            return reading
        return replace(reading, sector=whole.sector)

    def _among(self, countries: tuple[str, ...]) -> str | None:
        """The country of a group living in several: the document's if it is one of them; none if the document
        is about another country (the event's place decides later); the group's main country if unknown."""
        if self.default_country is None:
            return countries[0]
        return self.default_country if self.default_country in countries else None

    def _coreference(self, span: Span, reading: Reading, when: date | None = None) -> Reading:
        if reading.person is not None:
            return reading
        person_name = _person_name(span)
        if person_name and reading.sector and not reading.names_person:
            # a group headed by a role noun ("residents of X", "supporters of Y"): the name is not the actor
            return reading
        if person_name and reading.country is None:
            return self._by_surname(span, person_name, reading, when)
        if reading.anaphor is None:
            return reading
        subject = self._reporting_subject(span, reading) if reading.anaphor == "group" else None
        if subject is None and reading.anaphor == "group":
            subject = self._previous_subject(span)
        if subject is not None:
            return replace(reading, name=subject.name, country=subject.country, sector=subject.sector, domestic=False)
        antecedent = self._antecedent(span, reading)
        if antecedent is None:
            return reading
        found = antecedent.reading
        return replace(
            reading,
            name=antecedent.name,
            country=found.country,
            sector=reading.sector or found.sector,
            domestic=False,
        )

    def _reporting_subject(self, span: Span, reading: Reading) -> Reading | None:
        """The group a pronoun subject of a reported clause stands for: the subject of the verb reporting it ("the
        Fijian rebels said they would...", "the party said it will boycott..."), when that names a group."""
        root = span.root
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ not in REPORTED_DEPS:
            return None
        verb = root.head.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
        if not subjects:
            return None
        return self._group_reading(subjects[0])

    def _previous_subject(self, span: Span) -> Reading | None:
        """The group a pronoun opening a sentence as its subject stands for: the group subject of the sentence
        before ("The police searched the estate. They forced their way into homes"), when that names one."""
        root = span.root
        sentence = root.sent
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.i != sentence.root.i or sentence.start == 0:
            return None
        before = span.doc[sentence.start - 1].sent.root
        subjects = [c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")]
        return self._group_reading(subjects[0]) if subjects else None

    def _group_reading(self, subject: Token) -> Reading | None:
        """What a subject noun phrase says of itself, when it names a group (not a person, a pronoun or a bloc)."""
        found = self.reader.read(subject.doc[subject.left_edge.i : subject.i + 1].text, self.published)
        if found.country is None and subject.right_edge.i > subject.i:
            # the words after the noun may give its country ("militants loyal to X", "raiders from Y")
            whole = self.reader.read(subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text, self.published)
            found = whole if whole.country and not whole.names_person else found
        if found.names_person or found.anaphor in ("person", "group") or found.bloc:
            return None
        if not (found.country or found.sector):
            return None
        if found.country is None and found.domestic:
            found = replace(found, country=self.default_country)
        return found

    def _by_surname(self, span: Span, person_name: str, reading: Reading, when: date | None) -> Reading:
        """An unlisted person: an earlier mention with the same surname, else the phrase's own reading. A title
        before the surname picks the office it names of a listed person ("General Aoun" after "Michel Aoun")."""
        surname = person_name.split()[-1].lower()
        for mention in reversed(self._before(span)):
            if mention.reading.names_person and (mention.name or "").split()[-1:] == [person_name.split()[-1]]:
                found = self._retitled(span, person_name, mention.reading, when)
                return replace(reading, name=mention.name, country=found.country, sector=found.sector, domestic=False)
        log.debug("no antecedent for person %r (%s)", person_name, surname)
        return replace(reading, name=person_name)

    def _retitled(self, span: Span, person_name: str, found: Reading, when: date | None) -> Reading:
        """``found`` (a listed person's earlier reading) as the title words before ``person_name`` in ``span``
        read it; ``found`` itself when there are none."""
        title = span.text[: span.text.find(person_name)].strip() if person_name in span.text else ""
        if found.person is None or not title:
            return found
        again = self.reader.read(f"{title} {found.person.name}", when or self.published)
        return again if again.person is found.person else found

    def _antecedent(self, span: Span, reading: Reading) -> Mention | None:
        sentence = self._sentence(span)
        for mention in reversed(self._before(span)):
            found = mention.reading
            if reading.anaphor == "person" or (reading.anaphor == "description" and reading.names_person):
                if found.names_person and _compatible(reading, found):
                    return mention
            elif reading.anaphor == "group":
                if not found.names_person and found.country:
                    return mention
            elif reading.anaphor == "body":
                if sentence - mention.sentence <= GROUP_WINDOW and mention.label == "ORG" and _named_body(found):
                    return mention
            elif _group_match(reading, found, sentence - mention.sentence):
                return mention
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        if not (self.doc.has_annotation("SENT_START") or self.doc.has_annotation("DEP")):
            return [0]
        return [sent.start for sent in self.doc.sents]

    def _sentence(self, span: Span) -> int:
        return bisect_right(self._sentence_starts, span.start) - 1

    def _before(self, span: Span) -> list[Mention]:
        return [m for m in self.mentions if m.start < span.start_char]

    def _domestic_name(self, reading: Reading) -> str | None:
        if self.default_country is None or reading.name is None:
            return reading.name
        return f"{country_name(self.default_country)} {reading.name}"

    def _office(self, ent: Span) -> Reading | None:
        """The office a nationality or country modifies, when it names one person ("a senior British minister",
        "Israel's prime minister"): a person "he" or "the minister" may refer back to."""
        if ent.label_ not in {"NORP", "GPE"} or ent.root.dep_ not in NOUN_MODIFIER_OR_POSSESSIVE_DEPS:
            return None
        head = ent.root.head
        if head.i < ent.end or head.i - ent.end > MODIFIER_GAP or head.pos_ not in {"NOUN", "PROPN"}:
            return None
        reading = self.reader.read(self.doc[ent.start : head.i + 1].text, self.published)
        return reading if reading.names_person and reading.person is None and reading.country else None

    @staticmethod
    def _with_title(ent: Span) -> Span:
        """A person entity with the title words before it ("Russian President" + "Vladimir Putin")."""
        if ent.label_ != "PERSON":
            return ent
        doc, start = ent.doc, ent.start
        if not doc.has_annotation("DEP"):
            return ent
        first = ent.sent.start
        while start > first and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i >= start:
            start -= 1
        return ent.doc[start : ent.end]


class ActorResolver:
    """Holds the actor dictionaries; cheap to build, loads the tables on first use, shared across documents."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or Lexicon()
        self.reader = PhraseReader(self.lexicon)

    def for_document(self, doc: Doc, published: date | None) -> DocumentActors:
        return DocumentActors(doc, published, self.reader)


def _group_match(reading: Reading, found: Reading, distance: int) -> bool:
    """A definite group noun ("the ministry") refers back only to a nearby group of the same sector."""
    return distance <= GROUP_WINDOW and not found.names_person and found.sector == reading.sector


def _named_body(found: Reading) -> bool:
    """A named organization "the group" or "the movement" may stand for: one read with a sector of its own, not
    as a person or a bloc."""
    return found.sector is not None and not found.names_person and not found.bloc and found.name is not None


def _compatible(reading: Reading, found: Reading) -> bool:
    if reading.country and found.country != reading.country:
        return False
    return not (reading.sector and found.sector and reading.sector != found.sector)


def _ethnic(ent: Span) -> bool:
    """ "ethnic Hungarians": a minority's nationality, which says nothing about the country the document is about."""
    return ent.label_ == "NORP" and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "ethnic"


def _person_name(span: Span) -> str | None:
    for ent in span.ents:
        if ent.label_ == "PERSON":
            return str(ent.text)
    return None


def _city_population(core: str) -> int:
    """The population of the largest city a capitalised run of ``core`` names ("Nakuru County" -> Nakuru's)."""
    return max((city_populations().get(key, 0) for key in city_keys(core)), default=0)
