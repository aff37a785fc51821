from __future__ import annotations

from eventwire.ingest.language import detect_language

ENGLISH = (
    "The defence ministers of both countries met in the capital on Tuesday and agreed to hold joint naval "
    "exercises later this year, according to a statement released by the government after the talks."
)
FRENCH = (
    "Les ministres de la défense des deux pays se sont rencontrés mardi dans la capitale et ont convenu "
    "d'organiser des exercices navals conjoints plus tard cette année, selon un communiqué du gouvernement."
)
GERMAN = (
    "Die Verteidigungsminister beider Länder trafen sich am Dienstag in der Hauptstadt und vereinbarten "
    "gemeinsame Marineübungen noch in diesem Jahr, wie aus einer Erklärung der Regierung hervorgeht."
)


def test_english_news_is_english() -> None:
    assert detect_language(ENGLISH).english


def test_french_and_german_are_detected_as_not_english() -> None:
    french, german = detect_language(FRENCH), detect_language(GERMAN)
    assert (french.code, french.english) == ("fr", False)
    assert (german.code, german.english) == ("de", False)
    assert "not English" in french.reason()


def test_detection_is_deterministic() -> None:
    assert len({detect_language(FRENCH) for _ in range(5)}) == 1


def test_short_or_tabular_texts_are_undecided_and_kept_as_english() -> None:
    table = (
        "Shr 21.2p vs 16.0p\nDiv 4.75p making 8.25p vs 5.83p\nPretax profit 505 mln stg vs 362 mln\n"
        "Turnover 4.02 billion vs 3.88 billion\nTax 128 mln vs 85 mln\nOperating profit 527 mln vs 421 mln\n"
        "Operating profit includes associates and other income from overseas trading companies"
    )
    for text in (
        "Talks resume.",
        "Shr 1.78 dlrs vs 1.64 dlrs\nNet 117 mln vs 106 mln\nSales 2.02 billion vs 1.85",
        table,
    ):
        assert detect_language(text).english
