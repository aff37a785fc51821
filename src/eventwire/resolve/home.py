"""The country an actor takes from the event's context when its own words leave it open ("home-country settling").

An actor's country comes from its own words, the knowledge base, or coreference to an actor that has one; never
from what the document is about. Only an unnamed role noun ("police", "rioters", "the home secretary") takes one
from its context (``Homes``): where the event happened, when the text places it, and the home country of the
feed or outlet, when the input gives one (``Document.country``). A role noun for one office holder ("the home
secretary") is the outlet's home's first; people and forces ("police", "civilians") are where the event is first.
A people living in several countries ("Kurdish fighters") takes the one of them its context gives, if any.
``settle`` leaves alone blocs, countries of origin ("raiders from Ethiopia") and territories ("Crimea", whose
polity is their own); an ethnic minority ("ethnic Albanian guerrillas") takes the context's country; local people
whose country is not in their own words take it instead of a stray one. ``as_of`` finally moves an actor of a
state that became independent later to the state it was part of on the event's date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from spacy.tokens import Span, Token

from eventwire.lexicons.actors import country_name, country_on
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.lexicons.gazetteer.index import demonyms, fold
from eventwire.model import Actor, Place
from eventwire.resolve.actors.document import ResolvedActor
from eventwire.resolve.actors.phrase import core_text
from eventwire.resolve.places.event import Gazetteer
from eventwire.resolve.places.names import bare_name
from eventwire.resolve.places.spans import place_spans

__all__ = [
    "DOMESTIC_SECTORS",
    "LOCAL_SECTORS",
    "Homes",
    "as_of",
    "as_territory",
    "lead_country",
    "sentence_country",
    "settle",
]

# Sectors of unnamed parties that act where they are: with no country in their words, they take their context's
# (``Homes``): states' bodies and people of every kind, clergy (REL), unidentified gunmen (UAF), criminals (CRM),
# militias and rebels known only by a role noun (PRM, REB: "a vigilante militia", "militants"), refugees and the
# displaced (REF), farmers (AGR), former officials (ELI), civil society (SOC), and parties of no known sector ("a
# suspected drug dealer", "an unknown group"). Named groups keep the country their name gives, or none ("Al Shabaab"
# in Kenya is not a Kenyan actor); international and transnational bodies (IGO, NGO, IMG) never take one.
DOMESTIC_SECTORS = frozenset(
    {None, "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "CVL", "BUS", "MED", "EDU", "LAB", "REL", "UNK"}
    | {"UAF", "CRM", "PRM", "REB", "REF", "AGR", "ELI", "SOC"}
)

# People who are where they act: a country their own words do not name ("Kibwezi residents", picked up from
# "a Chinese company" elsewhere in the sentence) gives way to the country of the event's place.
LOCAL_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "REF"})

# Dependencies of a clause inside a sentence: a place reached through one ("fighting in Syria", "immigration to France
# should stop") belongs to that clause, not to where the sentence's own event is set.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "pcomp", "relcl", "csubj", "parataxis"})

# Dependencies of a clause of another verb beside the one it hangs on ("says they must leave Syria", "while Y
# says ..."): a place inside one says nothing of where the other verb's parties are.
APART_DEPS = frozenset({"ccomp", "advcl", "csubj", "parataxis"})

# The precisions of gazetteer places that are states or territories (our own codes of ``Place.precision``).
STATE_PRECISIONS = frozenset({"country", "region"})


@dataclass(frozen=True, slots=True)
class Homes:
    """The countries an event's context gives: its place's, when the text places it (``place``); the one country
    the place names of the event's own sentence lie in (``sentence``); the country a short report of one event
    (a wire summary, an event note) is set in, from its place names and the national bodies it names (``report``);
    the one country the place names of a longer article's opening sentence lie in, where its lead sets the story
    ("A court in Zimbabwe adjourned...": ``lead``); and the home country of the document's feed or outlet, when the
    input gives one (``document``). What a long article is about, beyond where its lead sets it, gives none.
    ``sentence`` leaves out the places of other verbs' clauses (``sentence_country``); ``wider`` is the one country
    of all the sentence's place names, which a people of several countries picks from (``among``)."""

    place: str | None = None
    sentence: str | None = None
    report: str | None = None
    document: str | None = None
    lead: str | None = None
    wider: str | None = None

    def of(self, office: bool = False) -> str | None:
        """The country an unnamed role noun takes: one office holder ("the home secretary") is the outlet's home's
        first, else where the event is; people and forces ("police", "rioters") are where the event is (its place,
        else its sentence's, else where the report or the article's lead is set), else the outlet's home."""
        if office:
            return self.document or self.place or self.report
        return self.place or self.sentence or self.report or self.lead or self.document

    def settled(self) -> str | None:
        """The country an ethnic minority lives in ("ethnic Hungarians"): the document's home, else the country the
        short report or the lead is set in, else where the event is (a minority's home is seldom the scene of one
        event)."""
        return self.document or self.report or self.lead or self.wider or self.sentence or self.place

    def among(self, countries: tuple[str, ...]) -> str | None:
        """Which of the countries a people lives in ("Pokot raiders": Kenya, Uganda) the context picks: the event's,
        else the document's home; none when the context names another country; the people's main country (listed
        first) when it names none."""
        near = self.wider or self.sentence
        homes = [home for home in (self.place, near, self.report, self.lead, self.document) if home]
        if not homes:
            return countries[0] if countries else None
        return next((home for home in homes if home in countries), None)


def sentence_country(
    sentence: Span, gazetteer: Gazetteer, parties: tuple[Span, ...] = (), trigger: Span | None = None
) -> str | None:
    """The one country the place names of ``sentence`` lie in ("Police fired tear gas in Kisumu"): each name the
    gazetteer knows in a single country votes for it; None when there is none, or they disagree. A name that is
    one of the event's ``parties`` ("sanctions on Iran") is an actor there, not a place, and has no vote; nor has,
    given the event's ``trigger``, a name inside the clause of another verb that the trigger is not part of ("X
    says troops must leave Syria, while Y says they must stay": Syria says nothing of where Y is)."""
    found = set()
    for span in place_spans(sentence, gazetteer):
        if any(span.start < party.end and party.start < span.end for party in parties):
            continue
        if trigger is not None and _apart(span, trigger):
            continue
        countries = gazetteer.countries_of(bare_name(span))
        if len(countries) == 1:
            found |= countries
    return found.pop() if len(found) == 1 else None


def lead_country(sentence: Span, gazetteer: Gazetteer) -> str | None:
    """The one country the opening sentence of an article sets its story in: that of the place names of its main
    clause ("A judge in Zimbabwe adjourned...", "Gunmen stormed a hotel in the Somali city of Beledweyne"), not of
    a clause inside it ("a soldier ... while fighting in Syria"), nor of a region of several countries ("in
    Africa"); None when there is none, or they disagree."""
    regions = load_actor_words().region_names
    found = set()
    for span in place_spans(sentence, gazetteer):
        name = bare_name(span)
        if name.lower() in regions or _in_clause(span, sentence):
            continue
        countries = gazetteer.countries_of(name)
        if len(countries) == 1:
            found |= countries
    return found.pop() if len(found) == 1 else None


def _apart(span: Span, trigger: Span) -> bool:
    """The place name and the event's ``trigger`` lie in different verbs' clauses: on the way up from the place to
    the word heading both, a clause of its own (a complement, adverbial, coordinated or parenthetical clause); or
    on the way up from the trigger, an adverbial, coordinated or parenthetical clause ("X will quit Mali, while Y
    argues they should stay"), though not a complement (the places of "Police in Kisumu said they held ten" still
    say where the police are)."""
    above = {token.i for token in (trigger.root, *trigger.root.ancestors)}
    for token in (span.root, *span.root.ancestors):
        if token.i in above:
            break
        if _other_clause(token):
            return True
    else:
        return False
    meet = token.i
    return any(t.i != meet and _other_clause(t) and t.dep_ != "ccomp" for t in _path_to(trigger.root, meet))


def _path_to(token: Token, top: int) -> list[Token]:
    """``token`` and the words above it below the word at index ``top``."""
    path = []
    while token.i != top and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _other_clause(token: Token) -> bool:
    """``token`` heads a clause of its own beside its head's: a complement, adverbial, coordinated verb or
    parenthetical clause (not a clause describing a noun, whose places are its noun's)."""
    if token.dep_ in APART_DEPS:
        return True
    return token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"} and token.head.pos_ in {"VERB", "AUX"}


def _in_clause(span: Span, sentence: Span) -> bool:
    """The place name hangs on a clause inside the sentence, not on its main clause."""
    token = span.root
    while token.i != sentence.root.i and token.head.i != token.i:
        if token.dep_ in CLAUSE_DEPS:
            return True
        token = token.head
    return False


def settle(resolved: ResolvedActor | None, homes: Homes, gazetteer: Gazetteer) -> Actor | None:
    """The actor with the country its context gives: a bare role noun of a domestic sector ("police", "civilians")
    takes its home (``Homes.of``); an ethnic minority takes it too; local people keep no stray country. Anything
    else keeps the country its own words gave, or none."""
    if resolved is None:
        return None
    actor, facts = resolved.actor, resolved.facts
    if facts.countryless:
        return actor
    if facts.choices:
        return replace(actor, country=homes.among(facts.choices))
    territory = _territory(actor, gazetteer)
    if territory is not None:
        return replace(actor, country=territory)
    home = homes.of(facts.office)
    if facts.unqualified:
        return _domestic(actor, home)
    if facts.minority:
        return actor if actor.country else replace(actor, country=homes.settled())
    if facts.from_origin:
        return actor if actor.country or home is None else replace(actor, country=home)
    return _local(actor, homes.place, gazetteer)


def _territory(actor: Actor, gazetteer: Gazetteer) -> str | None:
    """The country of an actor that is itself a territory the actor dictionaries do not know ("Crimea",
    "Darfur"): the polity there, never the context's country."""
    if actor.country or actor.sector is not None or not actor.text:
        return None
    place = as_territory(actor.text, gazetteer)
    return place.country if place is not None else None


def as_territory(text: str, gazetteer: Gazetteer) -> Place | None:
    """The gazetteer's country or region named by ``text``, if it names one."""
    place = gazetteer.lookup(core_text(text))
    return place if place is not None and place.precision in STATE_PRECISIONS else None


def _local(actor: Actor, home: str | None, gazetteer: Gazetteer) -> Actor:
    """Local people whose country is not in their own words take ``home`` instead."""
    if home is None or actor.country in (None, home) or actor.sector not in LOCAL_SECTORS:
        return actor
    if actor.country and _names_country(actor.text, actor.country, gazetteer):
        return actor
    return Actor(actor.text, actor.name, home, actor.sector, actor.start, actor.end)


def _names_country(text: str, country: str, gazetteer: Gazetteer) -> bool:
    """``text`` names ``country`` or one of its people or places ("Ugandan students", "Kampala traders")."""
    nationalities = demonyms()
    words = [word.strip(".,;:'\"()") for word in text.split()]
    names = [w for w in words if w[:1].isupper()]
    names += [f"{a} {b}" for a, b in pairwise(words) if a[:1].isupper() and b[:1].isupper()]
    return any(nationalities.get(fold(name)) == country or country in gazetteer.countries_of(name) for name in names)


def _domestic(actor: Actor, home: str | None) -> Actor:
    """A bare role noun of a domestic sector with ``home`` as its country, named after it ("Kenya Police")."""
    if actor.country or home is None or actor.sector not in DOMESTIC_SECTORS:
        return actor
    name = f"{country_name(home)} {actor.name}" if actor.name else None
    return Actor(actor.text, name, home, actor.sector, actor.start, actor.end)


def as_of(actor: Actor | None, when: date | None) -> Actor | None:
    """``actor`` with the country its country was part of on ``when`` (South Sudanese before 2011 are Sudanese)."""
    if actor is None:
        return None
    country = country_on(actor.country, when)
    return actor if country == actor.country else replace(actor, country=country)
