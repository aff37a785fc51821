"""The extraction cues (``data/extract/cues.yaml``): one frozen dataclass per section, loaded once and validated.

Every section the extraction steps read is a typed field here (``load_cues().alerts.verbs``), so a section renamed
or dropped in the file fails at start-up naming the file and line, never silently as an empty word list. Status
words must name a status, background types a PLOVER type, class groups classes of ``classes.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, TypeVar, cast

from eventwire.lexicons.classes import WordClasses, load_classes
from eventwire.lexicons.files import Section, loader, read_yaml
from eventwire.model import EVENT_TYPES, STATUSES, Status

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = [
    "CUES_FILE",
    "AlertCues",
    "ArmedGroupCues",
    "AskCues",
    "AttributionCues",
    "BackgroundCues",
    "CarrierCues",
    "ChargeCues",
    "ClassGroups",
    "Cues",
    "DocumentCues",
    "FactCues",
    "IntentCues",
    "NonEventCues",
    "NoneventCues",
    "PartyCues",
    "StatusCues",
    "TravelCues",
    "load_cues",
]

CUES_FILE = "extract/cues.yaml"

WordMap = Mapping[str, frozenset[str]]
T = TypeVar("T", bound="DataclassInstance")


@dataclass(frozen=True, slots=True)
class StatusCues:
    """``status``: auxiliaries and governing words with the status they give, words that modify an event noun ("the
    planned visit"), the status of "is to" + verb, the marks of a conditional and of an embedded question,
    determiners of a known event, subjects that deny, negation words, prepositions that negate their object
    ("without talks"), and the verbs by which a plan names what it would bring about ("the plan provides for")."""

    aux: Mapping[str, Status]
    governor: Mapping[str, Status]
    modifier: Mapping[str, Status]
    be_to: Status
    conditional: frozenset[str]
    question: frozenset[str]
    definite: frozenset[str]
    nobody: frozenset[str]
    negation: frozenset[str]
    negating_prep: frozenset[str]
    stipulating: frozenset[str]


@dataclass(frozen=True, slots=True)
class AttributionCues:
    """``attribution``: speech and report verbs, and nouns that can name a report."""

    verbs: frozenset[str]
    nouns: frozenset[str]


@dataclass(frozen=True, slots=True)
class NoneventCues:
    """``nonevent``: the words of sports, markets, business, companies, accidents and nature."""

    sports: frozenset[str]
    sports_ambiguous: frozenset[str]
    market: frozenset[str]
    market_people: frozenset[str]
    economic_roles: frozenset[str]
    business: frozenset[str]
    disaster: frozenset[str]
    disaster_modifiers: frozenset[str]
    gunfire: frozenset[str]
    nature: frozenset[str]
    corporate: frozenset[str]
    score_verbs: frozenset[str]


@dataclass(frozen=True, slots=True)
class IntentCues:
    """``intent``: willingness and readiness words, refusal words and modals, governors of obligations."""

    willing: frozenset[str]
    ready: frozenset[str]
    refusal: frozenset[str]
    refusal_modals: frozenset[str]
    obligation_governors: frozenset[str]


@dataclass(frozen=True, slots=True)
class AlertCues:
    """``alerts``: warning words, consequences a party is warned of, modals of a stated future act, and verbs of a
    state or fate (no act) in the warned clause."""

    verbs: frozenset[str]
    consequences: frozenset[str]
    modals: frozenset[str]
    state_verbs: frozenset[str]


@dataclass(frozen=True, slots=True)
class TravelCues:
    """``travel``: travel words, travellers who stand for no party, journeys that give way to their meeting, private
    aims, aims that make a visit, the pronouns of the writer, talking verbs that need a counterpart in view and the
    words that make doers two sides, and the nouns of a trip whose traveller the clause around it names."""

    verbs: frozenset[str]
    private_travellers: frozenset[str]
    journeys: frozenset[str]
    private_purposes: frozenset[str]
    meeting_purposes: frozenset[str]
    writer: frozenset[str]
    lone_talk: frozenset[str]
    sides: frozenset[str]
    trip_nouns: frozenset[str]


@dataclass(frozen=True, slots=True)
class FactCues:
    """``facts``: accepting words, and words that make a that-clause a claim against the speaker."""

    verbs: frozenset[str]
    faults: frozenset[str]


@dataclass(frozen=True, slots=True)
class AskCues:
    """``asks``: appealing words, words that only strive, request words, what a reporter asks for, claiming words."""

    appeals: frozenset[str]
    striving: frozenset[str]
    requests: frozenset[str]
    comment: frozenset[str]
    claims: frozenset[str]


@dataclass(frozen=True, slots=True)
class DocumentCues:
    """``documents``: plan nouns, verbs judging plans, documents, media, containing and authoring verbs."""

    plans: frozenset[str]
    plan_judges: frozenset[str]
    nouns: frozenset[str]
    media: frozenset[str]
    contents: frozenset[str]
    authors: frozenset[str]


@dataclass(frozen=True, slots=True)
class PartyCues:
    """``parties``: titles, nouns suffered by their possessor, verbs of sending forces, actor nouns with an
    adjective sense, help nouns, passages, doer-class words that name no doer as a modifier, nouns of conduct whose
    of-phrase names the one who behaves so (the accused), holdings, whose owner a sanction or seizure falls on, and
    verbs whose subject does the -ing clause of their "in" or "on" phrase, and adverbs that make "from" a preposition
    of exception."""

    titles: frozenset[str]
    suffered_nouns: frozenset[str]
    sending_verbs: frozenset[str]
    adjective_senses: frozenset[str]
    help_nouns: frozenset[str]
    passages: frozenset[str]
    not_modifier_doers: frozenset[str]
    conduct_nouns: frozenset[str]
    holdings: frozenset[str]
    sharing_verbs: frozenset[str]
    excepting_adverbs: frozenset[str]


@dataclass(frozen=True, slots=True)
class ClassGroups:
    """``class_groups``: named unions of word classes, as the lemmas of their classes; ``kind_bearers`` and
    ``ing_doers`` stay class names, since a class also matches named entities (``human``: a PERSON or NORP)."""

    doers_not_acts: frozenset[str]
    headline_people: frozenset[str]
    modifier_doers: frozenset[str]
    victims: frozenset[str]
    sites: frozenset[str]
    backers: frozenset[str]
    kind_bearers: tuple[str, ...]
    ing_doers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CarrierCues:
    """``carriers``: occurrence, light, claiming and attempting verbs, which carry a trigger into its evidence, and
    the adjectives of culpability whose "for" phrase is an act of the one they are said of."""

    occurrence: frozenset[str]
    light: frozenset[str]
    happening: frozenset[str]
    claims: frozenset[str]
    culpable: frozenset[str]
    attempts: frozenset[str]


@dataclass(frozen=True, slots=True)
class BackgroundCues:
    """``background``: frame nouns by the preposition that takes them, and event types by the preposition whose
    object they are background as."""

    frames: WordMap
    preps: WordMap


@dataclass(frozen=True, slots=True)
class ChargeCues:
    """``charges``: charge nouns, and reasons for holding someone that are no charge."""

    nouns: frozenset[str]
    holding_reasons: frozenset[str]


@dataclass(frozen=True, slots=True)
class NonEventCues:
    """``non_events``: likelihood adjectives, those that deny, words that doubt a likelihood, adverbs of a habit,
    determiners of a recurrence, nouns of a rule as subject, verbs that compel, the marks of a clause that
    states what happens whenever ("when America retreats, chaos follows"), modals of advice, verbs of necessity,
    the marks of a condition, the verbs of a step that prepares an act and the asking words that can be a
    question's subject or that take the act asked about as done."""

    likelihood: frozenset[str]
    unlikely: frozenset[str]
    doubting: frozenset[str]
    frequency: frozenset[str]
    recurring: frozenset[str]
    rule_nouns: frozenset[str]
    compelling: frozenset[str]
    generic_marks: frozenset[str]
    advising: frozenset[str]
    necessity: frozenset[str]
    conditions: frozenset[str]
    preparing: frozenset[str]
    asking: frozenset[str]
    presupposing: frozenset[str]


@dataclass(frozen=True, slots=True)
class SenseCues:
    """``other_senses``: verbs that show rather than protest with an object or clause, verbs that report a question,
    question words, verbs of knowing a fact or a person, singular nouns that with an of-phrase are a topic, and nouns
    that after "in" name a responsibility ("in charge of")."""

    showing: frozenset[str]
    questioning: frozenset[str]
    question_words: frozenset[str]
    knowing: frozenset[str]
    topics: frozenset[str]
    responsibilities: frozenset[str]


@dataclass(frozen=True, slots=True)
class ArmedGroupCues:
    """``armed_groups``: the sectors and kinds of actor-table rows that name armed bodies."""

    sectors: frozenset[str]
    kinds: frozenset[str]


@dataclass(frozen=True, slots=True)
class Cues:
    """Every section of ``cues.yaml``."""

    status: StatusCues
    attribution: AttributionCues
    nonevent: NoneventCues
    kind_modifiers: WordMap
    participle_endings: tuple[str, ...]
    intent: IntentCues
    alerts: AlertCues
    travel: TravelCues
    facts: FactCues
    asks: AskCues
    documents: DocumentCues
    parties: PartyCues
    class_groups: ClassGroups
    side_counts: frozenset[str]
    armed_groups: ArmedGroupCues
    lemma_fixes: Mapping[str, str]
    form_fixes: Mapping[str, str]
    carriers: CarrierCues
    actors: frozenset[str]
    assault_modes: tuple[tuple[str, frozenset[str]], ...]
    background: BackgroundCues
    standing_participles: frozenset[str]
    casualty_verbs: frozenset[str]
    casualty_additions: frozenset[str]
    casualty_means: frozenset[str]
    statements: frozenset[str]
    charges: ChargeCues
    country_short_names: frozenset[str]
    non_events: NonEventCues
    figurative: WordMap
    other_senses: SenseCues


@loader
def load_cues() -> Cues:
    """The sections of ``data/extract/cues.yaml``, each checked for its shape."""
    top = read_yaml(CUES_FILE)
    classes = load_classes()
    armed = top.child("armed_groups")
    return Cues(
        status=_status(top.child("status")),
        attribution=_words(AttributionCues, top.child("attribution")),
        nonevent=_words(NoneventCues, top.child("nonevent")),
        kind_modifiers=_word_map(top.child("kind_modifiers")),
        participle_endings=tuple(sorted(top.child("headlines").words("participle_endings"))),
        intent=_words(IntentCues, top.child("intent")),
        alerts=_words(AlertCues, top.child("alerts")),
        travel=_words(TravelCues, top.child("travel")),
        facts=_words(FactCues, top.child("facts")),
        asks=_words(AskCues, top.child("asks")),
        documents=_words(DocumentCues, top.child("documents")),
        parties=_words(PartyCues, top.child("parties")),
        class_groups=_class_groups(top.child("class_groups"), classes),
        side_counts=top.child("exercises").words("side_counts"),
        armed_groups=ArmedGroupCues(_codes(armed, "sectors"), armed.words("kinds")),
        lemma_fixes=_fixes(top.child("lemma_fixes")),
        form_fixes=_fixes(top.child("form_fixes")),
        carriers=_words(CarrierCues, top.child("carriers")),
        actors=top.words("actors"),
        assault_modes=tuple(_word_map(top.child("assault_modes")).items()),
        background=_background(top.child("background")),
        standing_participles=top.words("standing_participles"),
        casualty_verbs=top.words("casualty_verbs"),
        casualty_additions=top.words("casualty_additions"),
        casualty_means=top.words("casualty_means"),
        statements=_event_types(top, "statements"),
        charges=_words(ChargeCues, top.child("charges")),
        country_short_names=top.words("country_short_names"),
        non_events=_words(NonEventCues, top.child("non_events")),
        figurative=_word_map(top.child("figurative")),
        other_senses=_words(SenseCues, top.child("other_senses")),
    )


def _words(kind: type[T], section: Section) -> T:
    """A dataclass of word lists, one field per key of ``section`` (every field is required)."""
    return kind(**{field.name: section.words(field.name) for field in fields(kind)})


def _word_map(section: Section) -> dict[str, frozenset[str]]:
    """A mapping of names to word lists, in the file's order."""
    return {str(name): section.words(name) for name, _ in section.items()}


def _codes(section: Section, key: str) -> frozenset[str]:
    """A list of codes, kept as written (upper case)."""
    child = section.child(key)
    if not isinstance(child.value, list) or not all(isinstance(c, str) for c in child.value):
        raise section.error(f"section {key!r} must be a list of codes", key)
    return frozenset(child.value)


def _event_types(section: Section, key: str) -> frozenset[str]:
    """A list of PLOVER event types."""
    listed = _codes(section, key)
    unknown = sorted(t for t in listed if t not in EVENT_TYPES)
    if unknown:
        raise section.error(f"section {key!r} must list PLOVER event types (not {unknown})", key)
    return listed


def _status(section: Section) -> StatusCues:
    return StatusCues(
        aux=_statuses(section.child("aux")),
        governor=_statuses(section.child("governor")),
        modifier=_statuses(section.child("modifier")),
        be_to=_a_status(section, "be_to"),
        conditional=section.words("conditional"),
        question=section.words("question"),
        definite=section.words("definite"),
        nobody=section.words("nobody"),
        negation=section.words("negation"),
        negating_prep=section.words("negating_prep"),
        stipulating=section.words("stipulating"),
    )


def _statuses(section: Section) -> dict[str, Status]:
    return {str(word): _a_status(section, word) for word, _ in section.items()}


def _a_status(section: Section, key: str) -> Status:
    value = section.child(key).value
    if value not in STATUSES:
        raise section.error(f"{value!r} is no status (one of {', '.join(STATUSES)})", key)
    return cast(Status, value)


def _fixes(section: Section) -> dict[str, str]:
    fixes = {}
    for word, value in section.items():
        if not isinstance(value.value, str):
            raise section.error(f"{word!r} must map to one lemma", word)
        fixes[str(word)] = value.value
    return fixes


def _background(section: Section) -> BackgroundCues:
    preps = {}
    for prep, types in section.child("preps").items():
        listed = types.value if isinstance(types.value, list) else []
        unknown = [t for t in listed if t not in EVENT_TYPES]
        if not listed or unknown:
            raise section.child("preps").error(f"{prep!r} must list PLOVER event types (not {unknown})", prep)
        preps[str(prep)] = frozenset(listed)
    return BackgroundCues(_word_map(section.child("frames")), preps)


def _class_groups(section: Section, classes: WordClasses) -> ClassGroups:
    def names(group: str) -> tuple[str, ...]:
        listed = section.child(group).value
        unknown = [n for n in listed if n not in classes] if isinstance(listed, list) else []
        if not listed or not isinstance(listed, list) or unknown:
            raise section.error(f"{group!r} must list word classes of classes.yaml (unknown: {unknown})", group)
        return tuple(str(n) for n in listed)

    return ClassGroups(
        doers_not_acts=classes.union(names("doers_not_acts")),
        headline_people=classes.union(names("headline_people")),
        modifier_doers=classes.union(names("modifier_doers")),
        victims=classes.union(names("victims")),
        sites=classes.union(names("sites")),
        backers=classes.union(names("backers")),
        kind_bearers=names("kind_bearers"),
        ing_doers=names("ing_doers"),
    )
