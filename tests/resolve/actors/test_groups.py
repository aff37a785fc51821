"""Named groups (security forces, parties, armed movements, communities) and group role nouns."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from eventwire.lexicons.gazetteer.index import shared_gazetteer
from eventwire.model import Actor
from eventwire.resolve.actors.document import ActorResolver, ResolvedActor
from eventwire.resolve.actors.phrase import Reading
from eventwire.resolve.home import Homes, settle

RESOLVER = ActorResolver()
NLP = spacy.blank("en")


def read(text: str) -> Reading:
    return RESOLVER.reader.read(text, None)


def identify_in(text: str, ents: list[tuple[str, str]], phrase: str) -> ResolvedActor:
    doc: Doc = NLP(text)
    spans = []
    for ent_text, label in ents:
        start = text.index(ent_text)
        span = doc.char_span(start, start + len(ent_text), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    start = text.index(phrase)
    actor_span = doc.char_span(start, start + len(phrase))
    assert isinstance(actor_span, Span)
    return RESOLVER.for_document(doc, None).identify(actor_span)


def resolve_in(text: str, ents: list[tuple[str, str]], phrase: str) -> Actor:
    return identify_in(text, ents, phrase).actor


def settled(found: ResolvedActor, homes: Homes) -> Actor:
    """The actor with the country its event's context gives (``eventwire.resolve.home.settle``)."""
    actor = settle(found, homes, shared_gazetteer())
    assert actor is not None
    return actor


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("UPDF soldiers", "UGA", "MIL"),
        ("officers of the Nigeria Police Force", "NGA", "COP"),
        ("FARDC", "COD", "MIL"),
        ("Tatmadaw troops", "MMR", "MIL"),
        ("CRPF personnel", "IND", "COP"),
        ("Liyu Police", "ETH", "COP"),
        ("National Police Reservists", "KEN", "COP"),
        ("ZANU-PF supporters", "ZWE", "PTY"),
        ("BJP workers", "IND", "PTY"),
        ("Mai-Mai militiamen", "COD", "REB"),
        ("the Jalisco New Generation Cartel", "MEX", "REB"),
    ],
)
def test_named_group_fixes_country_and_sector(text: str, country: str, sector: str) -> None:
    reading = read(text)
    assert (reading.country, reading.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Turkana raiders", "UNK"), ("Pokot militia", "REB"), ("Fulani herders", "AGR"), ("Dinka youths", "CVL")],
)
def test_role_noun_after_a_community_sets_the_sector(text: str, sector: str) -> None:
    assert read(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("county askaris", "COP"),
        ("police reservists", "COP"),
        ("vigilantes", "REB"),
        ("a clan militia", "REB"),
        ("cattle rustlers", "CRM"),
        ("a mob", "CVL"),
        ("traders", "BUS"),
        ("students", "EDU"),
        ("gunmen", "UAF"),
        ("security forces", "MIL"),
    ],
)
def test_group_role_nouns_have_sectors(text: str, sector: str) -> None:
    assert read(text).sector == sector


def test_lower_case_party_word_still_finds_the_party_name() -> None:
    reading = read("supporters of the Jubilee party")
    assert (reading.name, reading.country, reading.sector) == ("Jubilee Party", "KEN", "PTY")


def test_a_rebel_movement_of_one_country_takes_it() -> None:
    reading = read("Al Shabaab militants")
    assert (reading.country, reading.sector) == ("SOM", "REB")


def test_community_of_several_countries_takes_the_country_of_its_context() -> None:
    found = identify_in("Borana raiders attacked a village in Ethiopia.", [("Ethiopia", "GPE")], "Borana raiders")
    assert (found.actor.country, found.facts.choices) == (None, ("KEN", "ETH"))
    assert settled(found, Homes(place="ETH")).country == "ETH"


def test_community_of_several_countries_takes_its_main_country_without_a_context() -> None:
    found = identify_in("Borana raiders attacked a village.", [], "Borana raiders")
    assert settled(found, Homes()).country == "KEN"


def test_community_outside_its_countries_is_left_without_one() -> None:
    found = identify_in("Fulani herders clashed with farmers in Ghana.", [("Ghana", "GPE")], "Fulani herders")
    assert settled(found, Homes(place="GHA")).country is None


def test_person_named_inside_a_group_phrase_does_not_become_the_actor() -> None:
    text = "Residents of Kamari blocked the road near Nairobi."
    found = identify_in(text, [("Kamari", "PERSON"), ("Nairobi", "GPE")], "Residents of Kamari")
    assert (found.actor.name, found.actor.country, found.actor.sector) == ("Residents", None, "CVL")
    actor = settled(found, Homes(place="KEN"))
    assert (actor.name, actor.country, actor.sector) == ("Kenya Residents", "KEN", "CVL")


def test_shared_acronym_takes_the_country_of_its_context() -> None:
    found = identify_in("The ANC held a rally in Nairobi, Kenya.", [("Nairobi", "GPE"), ("Kenya", "GPE")], "The ANC")
    assert settled(found, Homes(place="KEN")).country == "KEN"


def test_ethnic_minority_is_not_the_country_of_its_name() -> None:
    reading = read("hundreds of ethnic Hungarians")
    assert (reading.country, reading.sector, reading.domestic) == (None, "CVL", True)


def test_ethnic_minority_takes_the_country_of_its_context() -> None:
    text = "In Romania, ethnic Hungarians marched in Cluj."
    found = identify_in(text, [("Romania", "GPE"), ("Cluj", "GPE")], "ethnic Hungarians")
    assert found.actor.country is None and found.facts.minority
    assert settled(found, Homes(report="ROU", place="HUN")).country == "ROU"


def test_title_in_the_phrase_picks_the_role_when_the_date_is_unknown() -> None:
    assert read("Prime Minister Ismail Haniyeh").sector == "GOV"
    assert read("Ismail Haniyeh").sector == "REB"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Jaish al-Fateh fighters", "SYR", "REB"),
        ("the Sham Legion", "SYR", "REB"),
        ("militants of Hay'at Tahrir al-Sham", "SYR", "REB"),
        ("Jabhat Fateh al-Sham", "SYR", "REB"),
        ("the Tiger Forces", "SYR", "MIL"),
        ("Badr Organization gunmen", "IRQ", "REB"),
        ("Russia's Africa Corps", "RUS", "MIL"),
        ("ISWAP insurgents", "NGA", "REB"),
        ("Shebab militants", "SOM", "REB"),
        ("the Polisario Front", "ESH", "REB"),
        ("Ansar Dine", "MLI", "REB"),
    ],
)
def test_armed_groups_of_the_second_round_resolve(text: str, country: str | None, sector: str) -> None:
    reading = read(text)
    assert (reading.country, reading.sector) == (country, sector)


@pytest.mark.parametrize(
    "phrase", ["the U.N. Security Council", "Arab League Secretary General Amr Moussa", "the UN secretary-general"]
)
def test_the_governing_organs_and_heads_of_an_igo_are_gov(phrase: str) -> None:
    reading = RESOLVER.reader.read(phrase, None)
    assert (reading.country, reading.sector) == ("IGO", "GOV")


@pytest.mark.parametrize("text", ["the Frontier Corps", "four paramilitary frontier corps soldiers"])
def test_a_force_written_in_lower_case_is_still_known(text: str) -> None:
    reading = read(text)
    assert (reading.country, reading.sector) == ("PAK", "MIL")
