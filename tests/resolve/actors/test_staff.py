"""Staff of international and non-governmental organizations take the organization's own sector."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.pipeline import code_text
from eventwire.resolve.actors.document import ActorResolver
from tests.tiers import Parse

RESOLVER = ActorResolver()


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Red Cross officials", "NGO", "NGO"),
        ("a Red Crescent volunteer", "NGO", "NGO"),
        ("an Amnesty International spokeswoman", "NGO", "NGO"),
        ("Human Rights Watch representatives", "NGO", "NGO"),
        ("UNHCR officials", "IGO", "IGO"),
        ("UN aid workers", "IGO", "IGO"),
    ],
)
def test_staff_nouns_after_an_igo_or_ngo_take_its_sector(text: str, country: str, sector: str) -> None:
    reading = RESOLVER.reader.read(text, None)
    assert (reading.country, reading.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "sector"),
    [("UN peacekeepers", "MIL"), ("the UN Secretary-General", "GOV"), ("Arab League Secretary General", "GOV")],
)
def test_armed_roles_and_heads_of_an_igo_keep_their_own_sector(text: str, sector: str) -> None:
    assert RESOLVER.reader.read(text, None).sector == sector


@pytest.mark.hand_built
def test_a_visitors_nationality_is_not_the_documents_country(parse: Parse) -> None:
    doc = parse("Officers detained four men on Friday after a Norwegian missionary was robbed at his home.")
    assert RESOLVER.for_document(doc, date(2011, 3, 4)).default_country is None


def test_a_nationality_of_local_people_still_tells_the_documents_country(parse: Parse) -> None:
    doc = parse("Officers detained four men on Friday after a Tanzanian trader was robbed at his shop.")
    assert RESOLVER.for_document(doc, date(2011, 3, 4)).default_country == "TZA"


@pytest.mark.slow
def test_bare_roles_do_not_take_a_visitors_nationality() -> None:
    events = code_text("Police arrested three suspects after a Norwegian missionary was shot dead.", "2011-03-04")
    police = [e.source for e in events if e.source is not None and e.source.text == "Police"]
    assert police
    assert all(actor.country is None for actor in police)
