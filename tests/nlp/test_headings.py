"""Section headings glued to the next sentence are cut from it, and their words are not coded."""

from __future__ import annotations

from spacy.language import Language

from eventwire.nlp.headings import is_heading


def _sentences(nlp: Language, text: str) -> list[tuple[str, bool]]:
    return [(s.text, is_heading(s)) for s in nlp(text).sents]


def test_a_heading_run_into_the_next_sentence_becomes_a_sentence_of_its_own(nlp: Language) -> None:
    sents = _sentences(nlp, "The rebels left the city. Talks stall On Monday, the envoy said the talks had failed.")
    assert ("Talks stall", True) in sents
    assert sents[-1][0].startswith("On Monday")


def test_a_heading_before_a_quote_keeps_the_quote_with_its_sentence(nlp: Language) -> None:
    sents = _sentences(nlp, 'Prices rose. Limits on exports "It will take time," the trader said.')
    assert sents[1:] == [("Limits on exports", True), ('"It will take time," the trader said.', False)]


def test_a_country_heading_before_a_name_is_cut(nlp: Language) -> None:
    sents = _sentences(nlp, "Fighting resumed. Ruritania For its president, the war is a test of will.")
    assert ("Ruritania", True) in sents


def test_titles_after_prepositions_and_verbs_stay_in_their_sentence(nlp: Language) -> None:
    for text in (
        "The envoy flew to The Hague on Monday. Police said the talks failed.",
        "He appeared on a programme called The Region. Police said so.",
        "The director spoke at Doctors For Peace and Justice. Nobody else spoke.",
    ):
        assert not any(heading for _, heading in _sentences(nlp, text)), text


def test_a_mid_sentence_pronoun_or_article_is_no_heading(nlp: Language) -> None:
    for text in ("The man I met left the town. Plan A was dropped.", "Exhibit A showed the damage. It was clear."):
        assert not any(heading for _, heading in _sentences(nlp, text)), text
