"""Coreference inside one document: what a referring phrase stands for.

``Antecedents.resolve`` takes a phrase's own reading and, when the phrase refers to someone named elsewhere, gives
it that actor's name, country and sector:

- a surname or short name ("Hariri", "Mr Bennett") is the person named in full earlier ("Nasr al-Hariri"; a family
  name written first, "Lim" of "Lim Keng Yaik", when no name ends with it), even
  when a dictionary knows another person by that surname; a title before it picks the office it names;
- "he", "she", "his": the subject of the verb of speech reporting its clause ("Hariri said he..."), else the
  nearest person earlier in its sentence, else the person subject of a sentence before, else the nearest person;
- "I", "we", "our" inside a quotation or a reported clause: its speaker ("“We will not give in,” Bali said");
- "it", "they": the group subject of the verb reporting the clause, of the sentence before, else the nearest
  group with a country;
- "who", "which", "whose": the noun the relative clause hangs on;
- "his regime", "our government", "whose militia": the body of the owner the possessive stands for (its country,
  the noun's sector);
- "the minister", "the group": the nearest compatible person, or a named body a few sentences back.

The antecedent's own phrase is read the same way (a pronoun may stand for a surname that stands for a full name),
up to ``MAX_DEPTH`` steps.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from eventwire.lexicons.actors import country_name
from eventwire.resolve.actors.coreference import (
    co_arguments,
    governing_subjects,
    noun_phrase,
    possessor,
    quote_speaker,
    quoted,
    relative_antecedent,
    reporting_subject,
    sentence_subject,
)
from eventwire.resolve.actors.phrase import Reading

if TYPE_CHECKING:
    from eventwire.resolve.actors.document import DocumentActors, Mention

__all__ = ["MAX_DEPTH", "Antecedents", "family_first", "surname"]

log = logging.getLogger(__name__)

MAX_DEPTH = 3  # steps from a phrase to the phrase it refers to, and on
GROUP_WINDOW = 3  # sentences back that "the ministry" / "the army" may look for an antecedent
PERSON_WINDOW = 3  # sentences back whose subject "he" may stand for
HEAD_WINDOW = 6  # sentences back that "the regime" may look for "the Syrian regime"
NAME_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FIRST_PERSON_OWNERS = frozenset({"my", "our"})
DEFINITE = frozenset({"the", "this", "that"})
NOT_COUNTRIES = frozenset({"IGO", "NGO", "IMG"})  # codes that are no country "the country" may stand for
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "advcl"})  # a clause whose subject may repeat its reporter's


def surname(name: str) -> str:
    """The last word of a name, without an Arabic article joined to it ("Nasr al-Hariri" -> "hariri")."""
    last = name.split()[-1] if name.split() else ""
    head, dash, rest = last.partition("-")
    if dash and head.lower() in {"al", "el", "ul", "ad", "as", "ash", "an", "ar", "az"} and rest:
        last = rest
    return last.strip(".,'").lower()


def family_first(name: str, short: str) -> bool:
    """``short`` is the first word of a longer ``name``: a family name written first ("Lim" of "Lim Keng Yaik",
    "Kim" of "Kim Jong-un"), asked only when no name in the document ends with it."""
    words = name.split()
    return len(words) > 1 and " " not in short.strip() and words[0].strip(".,'").lower() == surname(short)


def surnamed(mentions: list[Mention], short: str) -> Mention | None:
    """The latest person named in full among ``mentions`` whose surname is ``short``."""
    key = surname(short)
    people = (m for m in reversed(mentions) if m.reading.names_person and len((m.name or "").split()) > 1)
    return next((m for m in people if surname(m.name or "") == key), None)


class Antecedents:
    """Resolves the referring phrases of one document (``DocumentActors``) to what they stand for."""

    def __init__(self, actors: DocumentActors) -> None:
        self.actors = actors

    def resolve(self, span: Span, reading: Reading, when: date | None, depth: int = 0) -> Reading:
        """``reading`` of ``span`` with what it refers to filled in; ``reading`` itself when it refers to no one
        the document names."""
        if reading.country is None and reading.person is None and reading.sector is not None:
            country = self._this_country(span)
            if country is not None:
                return _of_country(reading, country)
        person_name = _person_name(span)
        if reading.person is not None:
            return self._named_earlier(span, reading, person_name, when)
        if person_name and reading.sector and not reading.names_person:
            return reading  # a group headed by a role noun ("residents of X", "supporters of Y")
        if person_name and reading.country is None:
            return self._by_surname(span, person_name, reading, when)
        owner = possessor(span) if reading.anaphor is None and not reading.country else None
        if owner is not None:
            return self._owned(span, owner, reading, when, depth)
        if reading.anaphor is None:
            return reading
        found = self._referent(span, reading, when, depth)
        return reading if found is None else _take(reading, found)

    def _referent(self, span: Span, reading: Reading, when: date | None, depth: int) -> Reading | None:
        root = span.root
        if reading.anaphor == "relative":
            noun = relative_antecedent(root)
            return self._token_reading(noun, when, depth) if noun is not None else None
        if reading.anaphor == "speaker":
            return self._speaker(root, when, depth)
        if reading.anaphor == "person":
            return self._person(span, reading, when, depth)
        barred: list[Reading] = []
        if reading.anaphor == "group":
            subject = self._reporting_group(span) or self._previous_group(span)
            if subject is not None:
                return subject
            barred = self._co_argument_readings(root, when, depth)
        mention = self._mention(span, reading, barred)
        if mention is None and barred:
            return self._earlier_conjunct_object(root, when, depth)
        return None if mention is None else replace(mention.reading, name=mention.name)

    def _earlier_conjunct_object(self, pronoun: Token, when: date | None, depth: int) -> Reading | None:
        """The object of a verb the pronoun's own verb is coordinated with, before it: "they picked out the guards,
        tied their hands and shot them": the guards."""
        verb = pronoun.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            found = self._token_reading(obj, when, depth) if obj is not None else None
            if found is not None and (found.country or found.sector):
                return found  # not "their hands", which names no one
        return None

    def _co_argument_readings(self, pronoun: Token, when: date | None, depth: int) -> list[Reading]:
        """What the subjects of a group pronoun's own clause stand for: "they tied their hands and shot them" -
        "them" is not whom "they" stands for."""
        found = [self._token_reading(token, when, depth) for token in co_arguments(pronoun)]
        return [r for r in found if r is not None and (r.country or r.sector)]

    def _speaker(self, pronoun: Token, when: date | None, depth: int) -> Reading | None:
        """ "I", "we", "our": the speaker of the quotation or reported clause; outside quotes, with no one reporting
        it, the writer, whose country is the document's home when the input gives one ("our government")."""
        speaker = quote_speaker(pronoun) or reporting_subject(pronoun)
        if speaker is None:
            home = self.actors.home
            return Reading(name=country_name(home), country=home) if home and not quoted(pronoun) else None
        found = self._token_reading(speaker, when, depth)
        return found if found is not None and (found.country or found.sector) else None

    def _token_reading(self, token: Token, when: date | None, depth: int) -> Reading | None:
        """What the noun phrase of ``token`` stands for, read in full (one step further from the first phrase)."""
        if depth >= MAX_DEPTH:
            return None
        return self.actors.read_span(noun_phrase(token), when, depth + 1)

    # --- people

    def _person(self, span: Span, reading: Reading, when: date | None, depth: int) -> Reading | None:
        """ "he", "she": the speaker reporting its clause, else the nearest person before it in its sentence, else
        the person subject of one of the sentences before, else the nearest person named before it."""
        speaker = reporting_subject(span.root)
        subjects = [speaker] if speaker is not None and speaker.i < span.root.i else []
        barred = [(t.left_edge.i, t.right_edge.i) for t in co_arguments(span.root)]
        for governing in [*subjects, *governing_subjects(span.root)]:
            if _within(governing.i, barred):
                continue
            found = self._token_reading(governing, when, depth)
            if found is not None and found.names_person and (found.country or found.sector):
                return found
        sentence = self.actors.sentence_of(span)
        before = [m for m in self.actors.mentions_before(span) if m.reading.names_person and _compatible(reading, m)]
        same = [m for m in before if m.sentence == sentence and not _within(m.start, barred)]
        if same:
            return _named(same[-1])
        subject = self._earlier_subject(span, when, depth, barred)
        if subject is not None:
            return subject
        # an object pronoun: a person its own clause's doer acted on before ("hit the editor and killed him")
        if barred:
            acted_on = self._earlier_object(span, when, depth, barred)
            if acted_on is not None:
                return acted_on
        for back in range(1, PERSON_WINDOW + 1):
            found = self._subject_person(sentence - back, when, depth)
            if found is not None:
                return found
        earlier = [m for m in before if m.sentence != sentence or not _within(m.start, barred)]
        return _named(earlier[-1]) if earlier else None

    def _earlier_subject(
        self, span: Span, when: date | None, depth: int, barred: list[tuple[int, int]]
    ) -> Reading | None:
        """The person an earlier clause of the pronoun's sentence has as its subject ("After a murder suspect was
        released, he was attacked"), when it names one by a role noun and is not the pronoun's co-argument."""
        for token in reversed(span.sent[: span.start - span.sent.start]):
            if token.dep_ in SUBJECT_DEPS and token.pos_ == "NOUN" and not _within(token.i, barred):
                found = self._role_person(token, when, depth)
                if found is not None:
                    return found
        return None

    def _earlier_object(
        self, span: Span, when: date | None, depth: int, barred: list[tuple[int, int]]
    ) -> Reading | None:
        """The person named by a role noun that the pronoun's own doer acted on earlier in the sentence ("beat the
        driver and robbed him", "turned on the killer and beat him")."""
        doers = {i for start, end in barred for i in range(start, end + 1)}
        for token in reversed(span.sent[: span.start - span.sent.start]):
            verb = token.head.head if token.dep_ == "pobj" else token.head
            if token.dep_ not in ("dobj", "pobj") or token.pos_ != "NOUN" or not _doer_among(verb, doers):
                continue
            found = self._role_person(token, when, depth)
            if found is not None:
                return found
        return None

    def _role_person(self, token: Token, when: date | None, depth: int) -> Reading | None:
        """What the noun phrase of ``token`` stands for, when that is a person (named, or by a role noun), not a
        bloc."""
        found = self._token_reading(token, when, depth)
        return found if found is not None and (found.names_person or found.unnamed) and not found.bloc else None

    def _subject_person(self, sentence: int, when: date | None, depth: int) -> Reading | None:
        sent = self.actors.sentence_span(sentence)
        subject = sentence_subject(sent) if sent is not None else None
        if subject is None:
            return None
        found = self._token_reading(subject, when, depth)
        return found if found is not None and found.names_person and (found.country or found.sector) else None

    def _named_earlier(self, span: Span, reading: Reading, person_name: str | None, when: date | None) -> Reading:
        """A listed person met by a short name ("Bennett") is the person the document named in full before with
        that surname ("Richard Bennett"), when that is someone else; when it is the same person, holding none of
        their listed offices on ``when``, they keep the sector the full mention's title gave ("Finance Minister
        Kiichi Miyazawa ... Miyazawa")."""
        short = person_name or span.text
        if len(short.split()) != 1 or reading.name is None:
            return reading
        mention = surnamed(self.actors.mentions_before(span), short)
        if mention is None:
            return reading
        return _titled_before(reading, mention.reading, when) if mention.name == reading.name else _named(mention)

    def _by_surname(self, span: Span, person_name: str, reading: Reading, when: date | None) -> Reading:
        """An unlisted person: an earlier mention with the same surname, else the phrase's own reading. A title
        before the surname picks the office it names of a listed person ("General Aoun" after "Michel Aoun")."""
        people = [m for m in reversed(self.actors.mentions_before(span)) if m.reading.names_person]
        mention = next((m for m in people if surname(m.name or "") == surname(person_name)), None)
        mention = mention or next((m for m in people if family_first(m.name or "", person_name)), None)
        if mention is not None:
            found = self._retitled(span, person_name, mention.reading, when)
            return replace(_take(reading, replace(found, name=mention.name)), sector=found.sector)
        log.debug("no antecedent for person %r", person_name)
        return replace(reading, name=person_name)

    def _retitled(self, span: Span, person_name: str, found: Reading, when: date | None) -> Reading:
        """``found`` (a listed person's earlier reading) as the title words before ``person_name`` in ``span``
        read it; ``found`` itself when there are none."""
        title = span.text[: span.text.find(person_name)].strip() if person_name in span.text else ""
        if found.person is None or not title:
            return found
        again = self.actors.reader.read(f"{title} {found.person.name}", when or self.actors.published)
        return again if again.person is found.person else found

    # --- "the country"

    def _this_country(self, span: Span) -> str | None:
        """The country "the country" or "the nation" owning an office or body ("the country's president") refers to:
        the last country named before it in its sentence (by name or by a place in it), else among those named
        before, the one the document is about, else the last."""
        words = span.text.lower().replace("\u2019", "'").split()
        if len(words) < 2 or words[0] not in DEFINITE:
            return None
        owning = words[1].endswith("'s")
        if words[1].removesuffix("'s") not in self.actors.words.country_nouns or (len(words) > 2 and not owning):
            return None
        sentence = self.actors.sentence_of(span)
        named = [
            m
            for m in self.actors.mentions_before(span)
            if m.label == "GPE" and m.reading.country and m.reading.country not in NOT_COUNTRIES and not m.reading.bloc
        ]
        same = [m.reading.country for m in named if m.sentence == sentence]
        main = self.actors.default_country
        if same:
            return same[-1]
        return main if main in {m.reading.country for m in named} else (named[-1].reading.country if named else None)

    # --- groups and owners

    def _owned(self, span: Span, owner: Token, reading: Reading, when: date | None, depth: int) -> Reading:
        """A body named by its owner ("his regime", "our government", "whose militia"): the noun's sector, the
        owner's country."""
        if reading.sector is None and not reading.unnamed:
            return reading
        found = self._token_reading(owner, when, depth) if depth < MAX_DEPTH else None
        if found is None or not found.country:
            first_person = owner.lower_ in FIRST_PERSON_OWNERS
            return replace(reading, placeless=True) if first_person else reading  # "our government": not the scene's
        name = f"{found.name}: {reading.name}" if found.name and reading.name else reading.name
        return replace(reading, name=name, country=found.country, domestic=False, unnamed=False, anaphor=None)

    def _reporting_group(self, span: Span) -> Reading | None:
        """The group a pronoun subject of a reported clause stands for: the subject of the verb reporting it ("the
        Fijian rebels said they would...", "the party said it will boycott..."), when that names a group."""
        root = span.root
        if root.dep_ not in SUBJECT_DEPS or root.head.dep_ not in REPORTED_DEPS:
            return None
        verb = root.head.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < root.i]
        return self._group_reading(subjects[0]) if subjects else None

    def _previous_group(self, span: Span) -> Reading | None:
        """The group a pronoun opening a sentence as its subject stands for: the group subject of the sentence
        before ("The police searched the estate. They forced their way into homes"), when that names one."""
        root = span.root
        sentence = root.sent
        if root.dep_ not in SUBJECT_DEPS or root.head.i != sentence.root.i or sentence.start == 0:
            return None
        before = span.doc[sentence.start - 1].sent.root
        subjects = [c for c in before.children if c.dep_ in SUBJECT_DEPS]
        return self._group_reading(subjects[0]) if subjects else None

    def _group_reading(self, subject: Token) -> Reading | None:
        """What a subject noun phrase says of itself, when it names a group (not a person, a pronoun or a bloc)."""
        read = self.actors.reader.read
        published = self.actors.published
        found = read(subject.doc[subject.left_edge.i : subject.i + 1].text, published)
        if found.country is None and subject.right_edge.i > subject.i:
            # the words after the noun may give its country ("militants loyal to X", "raiders from Y")
            whole = read(subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text, published)
            found = whole if whole.country and not whole.names_person else found
        if found.names_person or found.anaphor in ("person", "group", "speaker", "relative") or found.bloc:
            return None
        return found if found.country or found.sector else None

    def _same_head(self, span: Span, sentence: int) -> Mention | None:
        """ "the regime" after "the Syrian regime", "the army" after "the Nigerian army": the nearest mention a few
        sentences back whose phrase has the same head noun and a country, before any other body of its sector."""
        head = span.root.lemma_.lower()
        for mention in reversed(self.actors.mentions_before(span)):
            if sentence - mention.sentence > HEAD_WINDOW:
                return None
            token = self.actors.token_at(mention.start)
            if token is not None and mention.reading.country and _head_of(token).lemma_.lower() == head:
                return mention
        return None

    def _mention(self, span: Span, reading: Reading, barred: list[Reading] | None = None) -> Mention | None:
        """The nearest earlier mention ``reading`` (a group pronoun, "the minister", "the group") may stand for,
        other than what a co-argument of the pronoun stands for (``barred``)."""
        sentence = self.actors.sentence_of(span)
        if reading.anaphor == "description" and not reading.names_person:
            same = self._same_head(span, sentence)
            if same is not None:
                return same
        for mention in reversed(self.actors.mentions_before(span)):
            found = mention.reading
            if reading.anaphor == "description" and reading.names_person:
                if found.names_person and _compatible(reading, mention):
                    return mention
            elif reading.anaphor == "group":
                if not found.names_person and found.country:
                    # the nearest group is a co-argument's: the pronoun stands for someone no mention names
                    return None if _same_actor(found, barred or []) else mention
            elif reading.anaphor == "body":
                if sentence - mention.sentence <= GROUP_WINDOW and mention.label == "ORG" and _named_body(found):
                    return mention
            elif _group_match(reading, found, sentence - mention.sentence):
                return mention
        return None


def _same_actor(found: Reading, readings: list[Reading]) -> bool:
    """``found`` is the actor one of ``readings`` stands for: the same name, or with no names the same country and
    sector."""
    for other in readings:
        if found.name and other.name:
            if found.name == other.name:
                return True
        elif (found.country, found.sector) == (other.country, other.sector):
            return True
    return False


def _head_of(token: Token) -> Token:
    """The noun a mention's first word modifies ("Syrian" in "the Syrian regime" -> "regime"), or the word."""
    while token.dep_ in NAME_MODIFIER_DEPS and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def _doer_among(verb: Token, doers: set[int]) -> bool:
    """Whether ``verb``, or the verb it is coordinated with, has its subject among ``doers``."""
    for node in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ in SUBJECT_DEPS and c.i in doers for c in node.children):
            return True
    return False


def _within(i: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= i <= end for start, end in ranges)


def _of_country(reading: Reading, country: str) -> Reading:
    """``reading`` of "the country's X" (an office or body): that country's."""
    name = f"{country_name(country)} {reading.name}"
    return replace(reading, name=name, country=country, domestic=False, unnamed=False, anaphor=None)


def _titled_before(reading: Reading, full: Reading, when: date | None) -> Reading:
    """A listed person's short-name ``reading`` with the sector of their earlier full mention ``full``, when no
    listed office of theirs is held on ``when`` and the full mention had one from its title."""
    person, titled = reading.person, full.person
    if person is None or titled is None or person.in_office(when) or reading.sector is not None:
        return reading
    from_title = full.sector is not None and full.sector != titled.sector_at(when)
    return replace(reading, sector=full.sector) if from_title else reading


def _named(mention: Mention) -> Reading:
    """The reading of a mention, under its name; a person named takes no country from context."""
    person = mention.label == "PERSON"
    return replace(mention.reading, name=mention.name, unnamed=mention.reading.unnamed and not person)


def _take(reading: Reading, found: Reading) -> Reading:
    """``reading`` standing for ``found``: its name, country and sector (a role noun's own sector first)."""
    return replace(
        reading,
        name=found.name,
        country=found.country,
        sector=reading.sector or found.sector,
        person=found.person,
        names_person=found.names_person,
        countries=found.countries,
        domestic=False,
        unnamed=found.unnamed,
        state=found.state,
    )


def _group_match(reading: Reading, found: Reading, distance: int) -> bool:
    """A definite group noun ("the ministry") refers back only to a nearby group of the same sector."""
    return distance <= GROUP_WINDOW and not found.names_person and found.sector == reading.sector


def _named_body(found: Reading) -> bool:
    """A named organization "the group" or "the movement" may stand for: one read with a sector of its own, not
    as a person or a bloc."""
    return found.sector is not None and not found.names_person and not found.bloc and found.name is not None


def _compatible(reading: Reading, mention: Mention) -> bool:
    found = mention.reading
    if reading.country and found.country != reading.country:
        return False
    return not (reading.sector and found.sector and reading.sector != found.sector)


def _person_name(span: Span) -> str | None:
    for ent in span.ents:
        if ent.label_ == "PERSON":
            return str(ent.text)
    return None
