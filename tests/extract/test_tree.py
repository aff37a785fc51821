"""The dependency-tree helpers the extraction rules share, on hand-built parses."""

from __future__ import annotations

from eventwire.extract.tree import (
    actor_span,
    child,
    conjuncts,
    deep_conjunct,
    descendants,
    is_actorish,
    lemma,
    phrase_tokens,
    prep_object,
    prep_objects,
    to_infinitive,
)
from tests.docs_builder import parsed, text, word

ACCUSED = "Ukraine accused Russia and Belarus of shelling the town."


def test_the_first_child_with_a_label() -> None:
    assert text(child(word(parsed(ACCUSED), "accused"), "dobj")) == "Russia"
    assert child(word(parsed(ACCUSED), "accused"), "iobj") is None


def test_the_object_of_a_prepositional_child() -> None:
    accused = word(parsed(ACCUSED), "accused")
    assert text(prep_object(accused, "of")) == "shelling"
    assert [t.text for t in prep_objects(accused, "of", "with")] == ["shelling"]
    assert prep_object(accused, "with") is None


def test_coordinated_words_are_conjuncts() -> None:
    doc = parsed(ACCUSED)
    assert [t.text for t in conjuncts(word(doc, "Russia"))] == ["Belarus"]
    assert text(deep_conjunct(word(doc, "Russia"))) == "Belarus"


def test_descendants_stop_at_the_depth_asked() -> None:
    assert [t.text for t in descendants(word(parsed(ACCUSED), "accused"), 1)] == ["Ukraine", "Russia", "of", "."]


def test_a_title_before_a_name_set_off_by_commas_gives_the_name() -> None:
    doc = parsed("Russia criticised the president, Xi Jinping, for the remarks.")
    assert actor_span(word(doc, "president")).text == "Xi Jinping"


def test_a_name_set_against_the_object_by_not_is_not_the_object() -> None:
    doc = parsed("The patrols went on hunting the militias, not Velloro, all week.")
    head = word(doc, "militias")
    assert [c.text for c in head.children if c.dep_ == "appos"] == ["Velloro"]  # the parse this test is about
    assert actor_span(head).text == "the militias"


def test_a_title_without_a_comma_stays_with_the_name() -> None:
    doc = parsed("The foreign minister summoned Ruritania's ambassador Karl Brandt to protest the raid.")
    assert actor_span(word(doc, "ambassador")).text == "Ruritania's ambassador Karl Brandt"


def test_a_nationality_coordinated_before_a_noun_shares_the_noun() -> None:
    doc = parsed("Guards in the camp have beaten dozens of Sierra Leonean and Liberian refugees.")
    assert actor_span(word(doc, "Leonean")).text == "Sierra Leonean and Liberian refugees"


def test_a_phrase_holds_its_pre_modifiers_and_of_phrases() -> None:
    doc = parsed("The finance minister of Peru declined to resign on Monday.")
    minister = word(doc, "minister")
    assert sorted(t.i for t in phrase_tokens(minister)) == [0, 1, 2, 3, 4]
    assert actor_span(minister).text == "The finance minister of Peru"


def test_an_entity_or_a_known_actor_noun_can_name_a_party() -> None:
    doc = parsed("The finance minister of Peru declined to resign on Monday.")
    assert is_actorish(word(doc, "Peru"), frozenset())
    assert is_actorish(word(doc, "minister"), frozenset({"minister"}))
    assert not is_actorish(word(doc, "minister"), frozenset())


def test_a_misspelt_trigger_word_has_the_lemma_it_stands_for() -> None:
    doc = parsed("Raiders attakced several houses at night.")
    assert lemma(word(doc, "attakced")) == "attack"
    assert lemma(word(doc, "houses")) == "house"


def test_an_infinitive_with_its_to_and_a_verb_without() -> None:
    doc = parsed("Morocco called on Algeria to reopen the border.")
    assert to_infinitive(word(doc, "reopen"))
    assert not to_infinitive(word(doc, "called"))


def test_a_kept_lemma_is_the_one_its_form_and_model_lemma_give() -> None:
    from eventwire.extract import tree

    misspelt = word(parsed("Raiders attakced several houses at night."), "attakced")
    assert lemma(misspelt) == "attack"
    assert tree._LEMMAS[(misspelt.orth, misspelt.lemma)] == "attack"
    assert lemma(word(parsed("Raiders attakced several houses at night."), "attakced")) == "attack"
    assert lemma(word(parsed(ACCUSED), "accused")) == "accuse"


def test_the_table_of_kept_lemmas_is_emptied_when_full(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eventwire.extract import tree

    monkeypatch.setattr(tree, "_LEMMAS", {(n, n): "x" for n in range(3)})
    monkeypatch.setattr(tree, "_LEMMAS_KEPT", 3)
    assert lemma(word(parsed(ACCUSED), "accused")) == "accuse"
    assert len(tree._LEMMAS) == 1
