"""Actor phrases to country and sector, people at the event's date, document default country, coreference."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc, Span

from eventwire.model import Actor
from eventwire.resolve.actors.document import ActorResolver
from eventwire.resolve.actors.phrase import Reading

RESOLVER = ActorResolver()
NLP = spacy.blank("en")


def read(text: str, when: date | None = None) -> Reading:
    return RESOLVER.reader.read(text, when)


def make_doc(text: str, ents: list[tuple[str, str]]) -> Doc:
    """A tokenised Doc with the given (text, label) entities marked in order of occurrence."""
    doc = NLP(text)
    spans = []
    start = 0
    for ent_text, label in ents:
        start = text.index(ent_text, start)
        span = doc.char_span(start, start + len(ent_text), label=label)
        assert span is not None, ent_text
        spans.append(span)
        start += len(ent_text)
    doc.ents = spans
    return doc


def resolve_in(doc: Doc, phrase: str, when: date | None = None, occurrence: int = 0) -> Actor:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(phrase, start + 1)
    span = doc.char_span(start, start + len(phrase))
    assert isinstance(span, Span)
    return RESOLVER.for_document(doc, when).resolve(span, when)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("China", "CHN"),
        ("the United States", "USA"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("Ivory Coast", "CIV"),
        ("Hungarian", "HUN"),
        ("Türkiye", "TUR"),
        ("North Korea", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
    ],
)
def test_country_names_and_demonyms_give_the_iso3_code(text: str, country: str) -> None:
    assert read(text).country == country


def test_lower_case_words_are_not_taken_for_capitalised_aliases() -> None:
    assert read("us").country is None
    assert read("turkey farmers").country is None


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the Kremlin", "RUS", "GOV"),
        ("the White House", "USA", "GOV"),
        ("Downing Street", "GBR", "GOV"),
        ("Beijing", "CHN", "GOV"),
        ("Kyiv", "UKR", "GOV"),
        ("Pyongyang", "PRK", "GOV"),
        ("Tokyo", "JPN", "GOV"),
        ("Ottawa", "CAN", "GOV"),
        ("the Pentagon", "USA", "MIL"),
    ],
)
def test_seats_of_power_stand_for_the_government(text: str, country: str, sector: str) -> None:
    reading = read(text)
    assert (reading.country, reading.sector) == (country, sector)


def test_a_capital_after_a_preposition_gives_only_the_country() -> None:
    reading = read("protesters in Nairobi")
    assert (reading.country, reading.sector) == ("KEN", "CVL")


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Chinese companies", "CHN", "BUS"),
        ("Kenyan police", "KEN", "COP"),
        ("Russian troops", "RUS", "MIL"),
        ("Hungarian officials", "HUN", "GOV"),
        ("the Sudanese government", "SDN", "GOV"),
        ("the Foreign Ministry of Ukraine", "UKR", "GOV"),
        ("the Ministry of Foreign Affairs of China", "CHN", "GOV"),
        ("Israel's high court", "ISR", "JUD"),
        ("the Serbian parliament", "SRB", "LEG"),
        ("Afghan rebels", "AFG", "REB"),
        ("Ugandan opposition candidates", "UGA", "OPP"),
        ("Turkish journalists", "TUR", "MED"),
        ("Iraqi villagers", "IRQ", "CVL"),
        ("Egyptian protesters", "EGY", "CVL"),
        ("Indonesian students", "IDN", "EDU"),
        ("the Nigerian teachers union", "NGA", "LAB"),
        ("Zambian church leaders", "ZMB", "GOV"),
        ("the Greek clergy", "GRC", "REL"),
        ("Ghanaian police forces", "GHA", "COP"),
        ("a Malawian prison warder", "MWI", "COP"),
        ("a Peruvian officer", "PER", "COP"),
        ("a Peruvian army officer", "PER", "MIL"),
        ("Nigerian-led troops", "NGA", "MIL"),
        ("U.S.-led troops", "USA", "MIL"),
        ("Iranian airbases", "IRN", "MIL"),
        ("Isis commanders", "IMG", "REB"),
        ("some Isis leaders", "IMG", "REB"),
        ("Boko Haram officials", "NGA", "REB"),
        ("a Chadian army barracks", "TCD", "MIL"),
        ("a French naval base", "FRA", "MIL"),
        ("US air support", "USA", "MIL"),
        ("Turkish air cover", "TUR", "MIL"),
        ("the Hungarians of northern Romania", "ROU", "CVL"),
    ],
)
def test_country_words_and_role_nouns_combine(text: str, country: str, sector: str) -> None:
    reading = read(text)
    assert (reading.country, reading.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the United Nations", "IGO", "IGO"),
        ("NATO", "IGO", "IGO"),
        ("the EU", "IGO", "IGO"),
        ("the IMF", "IGO", "IGO"),
        ("WHO", "IGO", "IGO"),
        ("Asia-Pacific Economic Cooperation", "IGO", "IGO"),
        ("UN peacekeepers", "IGO", "MIL"),
        ("Amnesty International", "NGO", "NGO"),
        ("Human Rights Watch", "NGO", "NGO"),
        ("Al Shabaab militants", "SOM", "REB"),
        ("al-Qaeda", "IMG", "REB"),
        ("ISIS fighters", "IMG", "REB"),
        ("Hamas", "PSE", "REB"),
        ("Hezbollah", "LBN", "REB"),
        ("the Taliban", "AFG", "REB"),
        ("Boko Haram", "NGA", "REB"),
        ("Politico", "USA", "MED"),
    ],
)
def test_named_organizations(text: str, country: str | None, sector: str) -> None:
    reading = read(text)
    assert (reading.country, reading.sector) == (country, sector)


def test_who_in_lower_case_is_not_the_health_organization() -> None:
    assert read("who").country is None


def test_a_person_takes_the_role_held_on_the_event_date() -> None:
    vice = read("Xi Jinping", date(2010, 6, 1))
    president = read("Xi Jinping", date(2020, 6, 1))
    assert (vice.country, vice.sector, vice.name) == ("CHN", "GOV", "Xi Jinping")
    assert vice.person is not None
    assert president.person is not None
    role_then, role_now = vice.person.role_at(date(2010, 6, 1)), president.person.role_at(date(2020, 6, 1))
    assert role_then is not None
    assert role_then.title == "vice president"
    assert role_now is not None
    assert role_now.title == "president"


def test_a_person_out_of_office_after_a_role_is_a_former_official_of_the_same_country() -> None:
    reading = read("Tony Blair", date(2015, 1, 1))
    assert (reading.country, reading.sector) == ("GBR", "ELI")
    assert read("Tony Blair", date(2003, 3, 20)).sector == "GOV"


def test_a_shared_surname_goes_to_the_person_in_office_then() -> None:
    assert read("President Bush", date(1991, 1, 17)).name == "George H. W. Bush"
    assert read("President Bush", date(2003, 3, 20)).name == "George W. Bush"


def test_an_office_holder_of_an_international_body_takes_its_code() -> None:
    assert read("Ursula von der Leyen", date(2022, 1, 1)).country == "IGO"
    assert read("Ursula von der Leyen", date(2015, 1, 1)).country == "DEU"


def test_titles_with_full_names_resolve_to_the_listed_person() -> None:
    reading = read("US Secretary of State Anthony Blinken", date(2023, 2, 1))
    assert (reading.name, reading.country, reading.sector) == ("Antony Blinken", "USA", "GOV")


def test_default_country_is_the_most_mentioned_place_early_mentions_weighing_more() -> None:
    doc = make_doc(
        "Police in Nairobi arrested traders in Mombasa. A visitor from Uganda was there.",
        [("Nairobi", "GPE"), ("Mombasa", "GPE"), ("Uganda", "GPE")],
    )
    assert RESOLVER.for_document(doc, None).default_country == "KEN"


@pytest.mark.parametrize(("phrase", "sector"), [("Police", "COP"), ("traders", "BUS"), ("gunmen", "UAF")])
def test_unqualified_domestic_actors_take_no_country_from_the_document(phrase: str, sector: str) -> None:
    """A bare role noun has no country of its own: only its event's context gives one (``resolve.home``), never
    the country the document is about."""
    doc = make_doc(
        "Police in Nairobi clashed with traders in Mombasa after gunmen attacked.",
        [("Nairobi", "GPE"), ("Mombasa", "GPE")],
    )
    span = doc.char_span(*_offsets(doc, phrase))
    assert span is not None
    found = RESOLVER.for_document(doc, None).identify(span)
    assert (found.actor.country, found.actor.sector, found.facts.unqualified) == (None, sector, True)
    assert found.actor.text == phrase
    assert found.actor.start == doc.text.index(phrase)


def _offsets(doc: Doc, phrase: str) -> tuple[int, int]:
    start = doc.text.index(phrase)
    return start, start + len(phrase)


def test_an_armed_group_keeps_its_home_country_not_the_place_of_its_attack() -> None:
    doc = make_doc("Al Shabaab militants attacked a bus in Mandera, Kenya.", [("Mandera", "GPE"), ("Kenya", "GPE")])
    actor = resolve_in(doc, "Al Shabaab militants")
    assert (actor.country, actor.sector) == ("SOM", "REB")


def test_a_definite_description_refers_back_to_the_listed_leader() -> None:
    doc = make_doc(
        "Xi Jinping will visit Russia. Putin said that the Chinese leader will come in spring.",
        [("Xi Jinping", "PERSON"), ("Russia", "GPE"), ("Putin", "PERSON")],
    )
    actor = resolve_in(doc, "the Chinese leader", date(2023, 3, 1))
    assert (actor.name, actor.country, actor.sector) == ("Xi Jinping", "CHN", "GOV")


def test_a_personal_pronoun_takes_the_latest_person_before_it() -> None:
    doc = make_doc(
        "Sergey Lavrov met reporters in Moscow. He denied the claims.",
        [("Sergey Lavrov", "PERSON"), ("Moscow", "GPE")],
    )
    actor = resolve_in(doc, "He", date(2020, 1, 1))
    assert (actor.name, actor.country, actor.sector) == ("Sergey Lavrov", "RUS", "GOV")


def test_a_surname_alone_refers_back_to_an_unlisted_full_name() -> None:
    doc = make_doc(
        "Ugandan President Yoweri Kaguta Museveni spoke. Later Museveni left.",
        [("Yoweri Kaguta Museveni", "PERSON"), ("Museveni", "PERSON")],
    )
    first, later = doc.ents
    resolver = RESOLVER.for_document(doc, None)
    assert resolver.resolve(later).name == resolver.resolve(first).name or resolver.resolve(later).country == "UGA"


def test_a_family_name_written_first_refers_back_to_the_full_name() -> None:
    doc = make_doc(
        "Exports will fall, Malaysian trade minister Tan Wei Ming told reporters. Tan later left for Tokyo.",
        [("Malaysian", "NORP"), ("Tan Wei Ming", "PERSON"), ("Tan", "PERSON")],
    )
    later = doc.ents[-1]
    actor = RESOLVER.for_document(doc, date(2003, 4, 1)).resolve(later)
    assert actor.name == "Tan Wei Ming"  # not "Tan": the family name opens the full name


def test_the_parties_are_left_unresolved() -> None:
    doc = make_doc("Russia and China met. The parties will discuss trade.", [("Russia", "GPE"), ("China", "GPE")])
    actor = resolve_in(doc, "The parties")
    assert (actor.country, actor.sector) == (None, None)


def test_a_group_noun_refers_back_to_a_nearby_group_of_the_same_sector() -> None:
    doc = make_doc(
        "The Ministry of Foreign Affairs of China said talks went well. The ministry added details.",
        [("Ministry of Foreign Affairs of China", "ORG")],
    )
    actor = resolve_in(doc, "The ministry")
    assert (actor.country, actor.sector) == ("CHN", "GOV")


def test_a_patron_in_a_backed_compound_is_not_the_actors_country() -> None:
    reading = read("Iranian-backed militias")
    assert reading.country is None
    assert reading.sector == "REB"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the guards", "COP"),
        ("a security guard", "COP"),
        ("a prison warden", "COP"),
        ("the robbers", "CRM"),
        ("a criminal gang", "CRM"),
        ("the kidnappers", "CRM"),
        ("one person", "CVL"),
        ("displaced persons", "REF"),
        ("IDPs", "REF"),
        ("the herdsmen", "AGR"),
        ("matatu drivers", "LAB"),
        ("the lawyers", "JUD"),
        ("a pastor", "REL"),
        ("county councillors", "GOV"),
        ("schoolchildren", "EDU"),
    ],
)
def test_conflict_news_role_nouns_have_a_sector(text: str, sector: str) -> None:
    assert read(text).sector == sector


@pytest.mark.parametrize(
    ("text", "country"),
    [("U.N.-organized", "IGO"), ("EU-hosted", "IGO"), ("Kenyan-sponsored", "KEN"), ("US-backed", None)],
)
def test_a_compound_of_hosting_reads_as_its_host(text: str, country: str | None) -> None:
    assert read(text).country == country


def test_an_armed_group_name_before_a_party_noun_names_no_armed_group() -> None:
    reading = read("the Umma party")
    assert (reading.country, reading.sector) != ("IND", "REB")
    assert reading.sector == "PTY"
