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

from eventwire.lexicons.actors import SPECIAL_COUNTRIES, Lexicon
from eventwire.lexicons.actors.cities import city_populations
from eventwire.lexicons.actors.words import ActorWords, load_actor_words
from eventwire.lexicons.gazetteer.index import FAMOUS_CITY_POPULATION
from eventwire.model import Actor
from eventwire.nlp.doctext import doc_text
from eventwire.resolve.actors.antecedents import Antecedents, family_first, surnamed
from eventwire.resolve.actors.blame import blamed_groups
from eventwire.resolve.actors.phrase import PhraseReader, Reading, city_keys, core_text

__all__ = ["ActorFacts", "ActorResolver", "DocumentActors", "ResolvedActor"]

log = logging.getLogger(__name__)

MENTION_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
SITE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # entities that may name a place or facility hit by an event
NAMED_LABELS = frozenset({"PERSON", "ORG", "NORP"})  # entities that name someone
PLACE_WEIGHTS = {"GPE": 1.0, "LOC": 0.5, "NORP": 0.5}
# Below this size a city name alone does not tell the document's country (Saku, Japan, 99k; Wajir, Kenya,
# 90k: a town the places frame weighs with stricter evidence).
SMALL_CITY_WEIGHT = 0.1  # a smaller one counts only when nothing else names a country
LOCATIVE_PREPOSITIONS = frozenset({"in", "inside", "throughout", "across", "around", "within"})
# prepositions whose phrase after a role noun places it ("militants in X", "fighters on X soil")
PLACING_PREPOSITIONS = frozenset({"in", "on", "inside", "within"})
PLACE_PEOPLE_SECTOR = "CVL"  # the people of a place named as where something happens
# The dependents that modify a noun from before it (adjectives, compounds, noun modifiers); with possessives too,
# what may qualify an office or a place ("Israel's prime minister").
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
NOUN_MODIFIER_OR_POSSESSIVE_DEPS = NOUN_MODIFIER_DEPS | {"poss"}
MODIFIER_GAP = 3  # words between a modifier phrase and the noun it modifies ("Sierra Leonean and Liberian refugees")
ORIGIN_WORDS = 6  # words after "from" that may name an actor's country of origin
# A short report (a wire summary, an event note) is about one event: a named armed group it blames in any sentence
# is the doer of its agentless attacks (``blame``), and the places it names are where its events happen
# (``eventwire.resolve.home``); a longer text may be about several.
SHORT_REPORT_SENTENCES = 5


@dataclass(frozen=True, slots=True)
class ActorFacts:
    """What the words of an actor's phrase say about where its country comes from, for the resolver to weigh
    against the event's place (``eventwire.resolve.home``). All false for an actor no phrase names."""

    countryless: bool = False  # a group of countries or both sides ("Western leaders"): it takes no country
    unqualified: bool = False  # a bare role noun ("police", "civilians"): no country in its words
    office: bool = False  # a bare role noun naming one office holder ("the home secretary")
    state: bool = False  # a country's name alone ("the US", "Turkey"): acting, it stands for that state
    minority: bool = False  # an ethnic minority ("ethnic Albanian guerrillas"): its country is the document's
    from_origin: bool = False  # its country is the place of origin after it ("raiders from Ethiopia")
    visitor: bool = False  # its country is only the nationality of a person often abroad ("an Italian missionary")
    choices: tuple[str, ...] = ()  # a people or group of several countries ("Kurdish fighters"): the context picks


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

    def __init__(self, doc: Doc, published: date | None, reader: PhraseReader, home: str | None = None) -> None:
        self.doc = doc
        self.published = published
        self.reader = reader
        self.home = home  # the home country of the document's feed or outlet, when the input gives one
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
        """Named mentions (spaCy entities) read by themselves, in document order; a person met by a short name
        ("Hariri") is the one named in full before ("Nasr al-Hariri")."""
        found: list[Mention] = []
        for ent in self.doc.ents:
            if ent.label_ not in MENTION_LABELS:
                continue
            reading = self.reader.read(self._with_title(ent).text, self.published)
            office = self._office(ent)
            if office is not None:
                reading = office
            if ent.label_ == "PERSON":
                reading = replace(self._appositive(ent, reading, self.published), names_person=True)
            name = reading.name if reading.person or ent.label_ != "PERSON" else ent.text
            earlier = _namesake(found, ent.text) if ent.label_ == "PERSON" and len(ent.text.split()) == 1 else None
            if earlier is not None:
                reading, name = earlier.reading, earlier.name
            if reading.country or reading.sector or reading.names_person:
                found.append(Mention(ent.start_char, self.sentence_of(ent), reading, name, ent.label_))
        found += self._unlabelled_bodies()
        return sorted(found, key=lambda m: m.start)

    def _unlabelled_bodies(self) -> list[Mention]:
        """Named bodies the entity recognizer missed or cut ("Isis" read as no entity), found by the phrase reader in
        the runs of capitalised words: mentions as organizations, so that "the group" and "it" may refer back to
        them."""
        found: list[Mention] = []
        for run in self._capitalised_runs():
            reading = self.reader.read(run.text, self.published)
            if _named_body_reading(reading):
                found.append(Mention(run.start_char, self.sentence_of(run), reading, reading.name, "ORG"))
        return found

    def _capitalised_runs(self) -> list[Span]:
        """The runs of capitalised words within a sentence that are not one whole entity already read as a mention
        ("Islamic State" whose "Islamic" was read as a nationality is one)."""
        runs: list[Span] = []
        start: int | None = None
        for token in self.doc:
            if start is not None and (not token.text[:1].isupper() or token.is_sent_start):
                runs.append(self.doc[start : token.i])
                start = None
            if start is None and token.text[:1].isupper():
                start = token.i
        if start is not None:
            runs.append(self.doc[start:])
        whole = {(ent.start, ent.end) for ent in self.doc.ents if ent.label_ in MENTION_LABELS}
        return [run for run in runs if (run.start, run.end) not in whole]

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
        names ("ODM supporters", "the Mungiki sect", "Kenyatta's victory", "Pokot raiders": a people living in
        several countries counts for its main one), when one country clearly leads; bodies that are international
        or transnational say nothing."""
        lexicon, text = self.reader.lexicon, doc_text(self.doc)
        named = [hit.value.country for hit in lexicon.orgs.find(text)]
        named += [hit.value.country_at(self.published) for hit in lexicon.people.find(text)]
        counts = Counter(country for country in named if country and country not in SPECIAL_COUNTRIES)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _states_country(self, text: str) -> bool:
        """``text`` names a country, a nationality, a seat of power or an organisation, or else a city of
        ``FAMOUS_CITY_POPULATION`` people or more."""
        core = core_text(text)
        lexicon = self.reader.lexicon
        if lexicon.countries.find(core) or lexicon.seats.find(core) or lexicon.orgs.find(core):
            return True
        return _city_population(core) >= FAMOUS_CITY_POPULATION

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
        reading = self.read_span(span, when)
        origin = self._origin(span) if reading.country is None or len(reading.countries) > 1 else None
        if origin is not None:
            reading = replace(reading, country=origin, countries=(), domestic=False)
        choices = reading.countries if len(reading.countries) > 1 and origin is None else ()
        if choices:
            reading = replace(reading, country=None)
        unnamed = not self._named_in_article(span) and (reading.domestic or reading.unnamed or _common(span, reading))
        unqualified = not reading.minority and reading.country is None and not choices and unnamed
        facts = ActorFacts(
            countryless=reading.bloc or reading.placeless,
            unqualified=unqualified,
            office=unqualified and reading.names_person,
            state=reading.state and reading.sector is None,
            minority=reading.minority,
            from_origin=origin is not None,
            visitor=bool(reading.country) and not reading.minority and self._visitor_nationality(span),
            choices=choices,
        )
        actor = Actor(
            text=span.text,
            name=reading.name,
            country=reading.country,
            sector=reading.sector,
            start=span.start_char,
            end=span.end_char,
        )
        return ResolvedActor(actor, facts)

    def read_span(self, span: Span, when: date | None, depth: int = 0) -> Reading:
        """What ``span`` says of itself and, when it refers to someone named elsewhere in the document, of them
        (``antecedents``); ``depth`` counts the steps from the phrase an event names."""
        reading = self.reader.read(span.text, when)
        reading = self._appositive(span, reading, when)
        reading = self._modified_noun(span, reading, when)
        reading = self._placed_role(span, reading, when)
        if self._seat_as_place(span, reading):
            reading = replace(reading, sector=PLACE_PEOPLE_SECTOR, name=core_text(span.text))
        return Antecedents(self).resolve(span, reading, when, depth)

    def blamed(self, avoid: Span | None = None) -> ResolvedActor | None:
        """The named armed group a short document blames for its violence ("Authorities suspect X", "X claimed
        responsibility", "suspected X militants"), unless that group is ``avoid`` (the event's own victims)."""
        for span in self._blamed_spans:
            if avoid is None or span.end <= avoid.start or avoid.end <= span.start:
                return self.identify(span)
        return None

    @property
    def short_report(self) -> bool:
        """The document is a short report of one event (``SHORT_REPORT_SENTENCES`` sentences or fewer)."""
        return len(self._sentence_starts) <= SHORT_REPORT_SENTENCES

    def _named_in_article(self, span: Span) -> bool:
        """The phrase is headed by a person's name in a longer article: no context gives it a country (the article's
        subject is not its home); in a short report of one event, the report's setting still may."""
        if self.short_report:
            return False
        return any(ent.label_ == "PERSON" and ent.start <= span.root.i < ent.end for ent in span.ents)

    @cached_property
    def _blamed_spans(self) -> list[Span]:
        if not self.short_report:
            return []
        return blamed_groups(self.doc, self.reader.lexicon, self.words)

    def _appositive(self, span: Span, reading: Reading, when: date | None) -> Reading:
        """A name the dictionaries do not know takes the country and sector of its appositive ("Kenzo Oshima, the
        United Nations relief coordinator"); so does a listed person who holds no listed office on ``when``, when the
        appositive names a whole office (country and sector). The name stays the actor's name."""
        if reading.anaphor or reading.bloc or not span.text[:1].isupper():
            return reading
        listed = reading.person is not None and not (when is not None and reading.person.in_office(when))
        if (reading.country or reading.sector) and not listed:
            return reading
        for child in span.root.children:
            if child.dep_ == "appos" and child.i >= span.end:
                title = self.reader.read(span.doc[child.left_edge.i : child.right_edge.i + 1].text, when)
                if (title.country and title.sector) or ((title.country or title.sector) and not listed):
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

    def _placed_role(self, span: Span, reading: Reading, when: date | None) -> Reading:
        """A role noun with no country of its own takes the one a phrase after it places it in, when the phrase
        leaves its sector as it is ("militants present on Afghan soil", "the leader of the opposition in Tanzania",
        "rebels based in Uganda"); the span of the party stops before such phrases."""
        if reading.country or not reading.sector or reading.person or reading.anaphor or reading.bloc:
            return reading
        for child in (c for token in span for c in token.children):  # "the leader of the opposition in X"
            if child.i < span.end or not _placing(child):
                continue
            whole = self.reader.read(span.doc[span.start : child.right_edge.i + 1].text, when)
            if whole.country and whole.sector == reading.sector and not whole.names_person and not whole.bloc:
                return replace(reading, country=whole.country, name=whole.name, domestic=False, unnamed=False)
        return reading

    @cached_property
    def _sentence_starts(self) -> list[int]:
        if not (self.doc.has_annotation("SENT_START") or self.doc.has_annotation("DEP")):
            return [0]
        return [sent.start for sent in self.doc.sents]

    def sentence_of(self, span: Span) -> int:
        """The number of the sentence ``span`` starts in."""
        return bisect_right(self._sentence_starts, span.start) - 1

    def sentence_span(self, number: int) -> Span | None:
        """Sentence ``number`` of the document, None before the first."""
        if number < 0 or number >= len(self._sentence_starts) or not self.doc.has_annotation("DEP"):
            return None
        return self.doc[self._sentence_starts[number]].sent

    def token_at(self, char: int) -> Token | None:
        """The token starting at character ``char``, if any."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def mentions_before(self, span: Span) -> list[Mention]:
        """The named mentions before ``span``, in document order."""
        return [m for m in self.mentions if m.start < span.start_char]

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

    def for_document(self, doc: Doc, published: date | None, home: str | None = None) -> DocumentActors:
        """The actors of one parsed document; ``home``: its feed's or outlet's home country, when given."""
        return DocumentActors(doc, published, self.reader, home)


def _placing(token: Token) -> bool:
    """A phrase after a noun that places it: "in X", "on X soil", or a participle of being there ("based in X",
    "present on X soil", "stationed in X")."""
    if token.dep_ == "prep":
        return token.lower_ in PLACING_PREPOSITIONS
    return token.dep_ in ("acl", "amod") and token.lower_ in load_actor_words().placing_words


def _common(span: Span, reading: Reading) -> bool:
    """A phrase of common nouns the dictionaries do not know ("a suspected drug dealer", "an unknown group"), or a
    place or facility the gazetteer does not know ("Lamu Forest", "Gesusu Hospital"): it names no one, so it is read
    like a role noun."""
    if reading.country or reading.person or reading.anaphor or reading.bloc or reading.names_person:
        return False
    if any(ent.label_ in SITE_LABELS for ent in span.ents) and not any(ent.label_ in NAMED_LABELS for ent in span.ents):
        return True
    head = span.doc[span.start : max(span.root.i, span.start) + 1]  # "52 members" of "52 members of the Movement"
    return any(t.pos_ in {"NOUN", "ADJ"} for t in head) and not any(t.pos_ in {"PROPN", "PRON"} for t in head)


def _named_body_reading(reading: Reading) -> bool:
    """A reading of a named body with a country (or IGO/NGO/IMG code) and a sector: not a person, a pronoun, a bloc,
    a role noun or a country's name."""
    person_or_pointer = reading.names_person or reading.anaphor is not None or reading.bloc
    return (
        not person_or_pointer
        and reading.sector is not None
        and reading.country is not None
        and not (reading.unnamed or reading.state)
    )


def _namesake(mentions: list[Mention], short: str) -> Mention | None:
    """The latest person named in full among ``mentions`` whose surname is ``short``; else the latest whose name
    opens with it, the family name written first ("Lim" after "Lim Keng Yaik", "Kim" after "Kim Jong-un")."""
    people = (m for m in reversed(mentions) if m.reading.names_person and len((m.name or "").split()) > 1)
    return surnamed(mentions, short) or next((m for m in people if family_first(m.name or "", short)), None)


def _ethnic(ent: Span) -> bool:
    """ "ethnic Hungarians": a minority's nationality, which says nothing about the country the document is about."""
    return ent.label_ == "NORP" and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "ethnic"


def _city_population(core: str) -> int:
    """The population of the largest city a capitalised run of ``core`` names ("Nakuru County" -> Nakuru's)."""
    return max((city_populations().get(key, 0) for key in city_keys(core)), default=0)
