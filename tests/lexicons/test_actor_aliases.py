"""Finding actor aliases in a phrase: whole words, longest first, capitals agreeing with the text."""

from __future__ import annotations

from eventwire.lexicons.actors.aliases import AliasIndex, normalize

INDEX = AliasIndex([("Jubilee Party", "party"), ("Jubilee", "coalition"), ("KDF", "army")])


def test_the_longest_alias_in_a_phrase_wins() -> None:
    (hit,) = INDEX.find("Members of the Jubilee Party met")
    assert (hit.text, hit.value, hit.start, hit.end) == ("Jubilee Party", "party", 15, 28)


def test_an_alias_whose_capitals_disagree_falls_back_to_a_shorter_one() -> None:
    assert [(h.text, h.value) for h in INDEX.find("the Jubilee party met")] == [("Jubilee", "coalition")]


def test_aliases_are_looked_up_whatever_their_case() -> None:
    assert "kdf" in INDEX
    assert INDEX.get("KDF") == ["army"]
    assert INDEX.get("UPDF") == []


def test_quotes_are_straightened_and_spaces_collapsed() -> None:
    assert normalize("Côte  d’Ivoire") == "Côte d'Ivoire"
