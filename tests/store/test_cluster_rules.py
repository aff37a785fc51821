"""The rules that say when two reports are of one event (pure functions, no store)."""

from __future__ import annotations

import pytest

from eventwire.store.clusters import ClusterRules, ClusterSettingError, Mention, Party, Spot, relation

RULES = ClusterRules.from_settings()
DAY = 738_600

RUS = Party("RUS", "russian forces", "MIL")
UKR = Party("UKR", "ukraine", None)
KYIV = Spot("g703448", "UKR", 50.45, 30.52, "city")
IRPIN = Spot("g700000", "UKR", 50.52, 30.25, "city")
LVIV = Spot("g702550", "UKR", 49.84, 24.03, "city")
UKRAINE = Spot("g690791", "UKR", 49.0, 32.0, "country")


def mention(
    id_: str = "m",
    type_: str = "ASSAULT",
    source: Party | None = RUS,
    target: Party | None = UKR,
    day: int = DAY,
    place: Spot | None = KYIV,
    status: str = "asserted",
    end: int | None = None,
    mode: str | None = None,
    explicit: bool = True,
) -> Mention:
    return Mention(id_, type_, status, mode, day, day if end is None else end, explicit, 3, source, target, place)


def test_the_same_dyad_place_and_day_are_linked() -> None:
    assert relation(mention("a"), mention("b"), RULES) == 1


def test_different_types_conflict() -> None:
    assert relation(mention("a"), mention("b", "COERCE"), RULES) == -1


def test_a_type_group_setting_lets_two_types_cluster() -> None:
    rules = ClusterRules.from_settings(type_groups="ASSAULT COERCE")
    assert relation(mention("a"), mention("b", "COERCE"), rules) == 1


def test_a_planned_report_and_a_done_report_may_be_one_event() -> None:
    assert relation(mention("a", status="planned"), mention("b"), RULES) == 1


def test_a_negated_report_never_joins_an_asserted_one() -> None:
    assert relation(mention("a", status="negated"), mention("b"), RULES) == -1


def test_hypothetical_reports_never_cluster_even_together() -> None:
    assert relation(mention("a", status="hypothetical"), mention("b", status="hypothetical"), RULES) == -1


def test_with_dates_from_the_publication_one_country_is_not_enough() -> None:
    a = mention("a", target=None, place=None, explicit=False)
    b = mention("b", source=Party("RUS", "russia", None), target=None, place=None, explicit=False)
    assert relation(a, b, RULES) == 0


def test_with_dates_from_the_publication_a_party_and_the_place_are_enough() -> None:
    a, b = mention("a", target=None, explicit=False), mention("b", target=None, explicit=False)
    assert relation(a, b, RULES) == 1


def test_with_days_from_the_text_one_country_is_enough() -> None:
    a = mention("a", target=None, place=None)
    b = mention("b", source=Party("RUS", "russia", None), target=None, place=None)
    assert relation(a, b, RULES) == 1


def test_one_name_in_two_countries_is_two_parties() -> None:
    a, b = (
        mention("a", source=Party("GBR", "prime minister", "GOV")),
        mention("b", source=Party("IND", "prime minister", "GOV")),
    )
    assert relation(a, b, RULES) == -1


def test_a_visit_and_a_phone_call_are_two_events() -> None:
    assert relation(mention("a", "CONSULT", mode="visit"), mention("b", "CONSULT", mode="phone"), RULES) == -1


def test_a_report_without_a_mode_may_join_one_with_a_mode() -> None:
    assert relation(mention("a", "CONSULT", mode="visit"), mention("b", "CONSULT"), RULES) == 1


def test_dates_one_day_apart_are_within_the_window() -> None:
    assert relation(mention("a"), mention("b", day=DAY + 1), RULES) == 1


def test_dates_two_days_apart_are_not() -> None:
    assert relation(mention("a"), mention("b", day=DAY + 2), RULES) == -1


def test_a_month_long_date_does_not_join_a_day() -> None:
    assert relation(mention("a", day=DAY - 10, end=DAY + 20), mention("b"), RULES) == -1


def test_swapped_parties_conflict_for_a_directed_type() -> None:
    assert relation(mention("a"), mention("b", source=UKR, target=RUS), RULES) == -1


def test_swapped_parties_agree_for_a_symmetric_type() -> None:
    a, b = mention("a", "CONSULT"), mention("b", "CONSULT", source=UKR, target=RUS)
    assert relation(a, b, RULES) == 1


def test_a_missing_party_is_no_conflict() -> None:
    assert relation(mention("a"), mention("b", target=None), RULES) == 1


def test_different_countries_conflict() -> None:
    assert relation(mention("a"), mention("b", target=Party("POL", "poland", None)), RULES) == -1


def test_a_police_source_and_a_rebel_source_of_one_country_conflict() -> None:
    police, rebels = Party("SYR", "police", "COP"), Party("SYR", "rebels", "REB")
    assert relation(mention("a", source=police), mention("b", source=rebels), RULES) == -1


def test_government_and_military_of_one_country_may_be_one_party() -> None:
    government = Party("RUS", "moscow", "GOV")
    assert relation(mention("a"), mention("b", source=government), RULES) == 1


def test_two_unnamed_countries_parties_with_different_names_conflict() -> None:
    a, b = Party(None, "protesters", "CVL"), Party(None, "farmers", "CVL")
    assert relation(mention("a", source=a), mention("b", source=b), RULES) == -1


def test_nearby_towns_are_one_place() -> None:
    assert relation(mention("a"), mention("b", place=IRPIN), RULES) == 1


def test_distant_towns_conflict() -> None:
    assert relation(mention("a"), mention("b", place=LVIV), RULES) == -1


def test_a_country_contains_its_towns_without_anchoring_them() -> None:
    a, b = mention("a", source=None, target=None), mention("b", source=None, target=None, place=UKRAINE)
    assert relation(a, b, RULES) == 0


def test_the_same_country_as_place_does_not_anchor() -> None:
    a = mention("a", source=None, target=None, place=UKRAINE)
    b = mention("b", source=None, target=None, place=UKRAINE)
    assert relation(a, b, RULES) == 0


def test_two_reports_with_nothing_in_common_but_type_and_day_are_not_linked() -> None:
    a, b = mention("a", source=None, target=None, place=None), mention("b", source=None, target=None, place=None)
    assert relation(a, b, RULES) == 0


def test_relation_is_symmetric() -> None:
    pairs = [(mention("a"), mention("b", place=UKRAINE)), (mention("a", target=None), mention("b", source=None))]
    for a, b in pairs:
        assert relation(a, b, RULES) == relation(b, a, RULES)


def test_an_unknown_type_in_a_setting_is_refused_by_name() -> None:
    with pytest.raises(ClusterSettingError, match="ATTACK"):
        ClusterRules.from_settings(type_groups="ASSAULT ATTACK")


def test_a_type_in_two_groups_is_refused() -> None:
    with pytest.raises(ClusterSettingError, match="two groups"):
        ClusterRules.from_settings(type_groups="ASSAULT COERCE; COERCE THREATEN")
