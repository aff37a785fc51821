"""The source readers of the knowledge base on the public sources in ``../shared/actors``."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import KnowledgeSourceError
from eventwire.knowledge.build.ofac import ofac
from eventwire.knowledge.build.phoenix import phoenix
from eventwire.knowledge.build.sources import digest, open_source
from eventwire.knowledge.build.ucdp import ucdp
from eventwire.knowledge.build.wikidata import officeholders, world_leaders
from tests.paths import SharedFile


@pytest.fixture(scope="module")
def shared(shared_file: SharedFile) -> Path:
    """The shared folder, when its ``actors/`` sources are there."""
    return shared_file("actors").parent


def test_ucdp_gives_governments_and_armed_groups_with_their_country(shared: Path) -> None:
    orgs = ucdp(shared)
    assert {o.kind for o in orgs} >= {"government"}
    assert all(o.source == "ucdp" for o in orgs)
    assert any(o.country == "IND" and o.sector == "GOV" for o in orgs)


def test_ofac_gives_sanctioned_people_and_groups_as_of_the_list_date(shared: Path) -> None:
    people, orgs = ofac(shared)
    assert people
    assert orgs
    assert {r.as_of for p in people for r in p.roles} == {"2024-05-03"}


def test_phoenix_gives_people_with_dated_roles_and_organisations(shared: Path) -> None:
    people, orgs = phoenix(shared)
    assert len(people) > 1000
    assert len(orgs) > 100
    assert all(p.source == "phoenix" for p in people)


def test_wikidata_gives_office_holders_and_world_leaders(shared: Path) -> None:
    holders = officeholders(shared)
    leaders = world_leaders(shared)
    assert len(holders) > 1000
    assert any(r.title.startswith("monarch of") for p in leaders for r in p.roles)


def test_a_missing_source_names_its_path(tmp_path: Path) -> None:
    opened = open_source(tmp_path, Path("absent.csv"))
    with pytest.raises(KnowledgeSourceError, match=r"absent\.csv: cannot open a knowledge base source"), opened:
        pass
    with pytest.raises(KnowledgeSourceError, match=r"absent\.csv: cannot read"):
        digest(tmp_path, Path("absent.csv"))


def test_the_digest_of_a_source_is_its_sha256(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"abc")
    assert digest(tmp_path, Path("a.csv")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
