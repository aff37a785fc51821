from __future__ import annotations

from pathlib import Path

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


CHINESE = "中国外交部发言人周三表示，北京将对美国的新制裁措施作出坚决回应。"
RUSSIAN = "Министр иностранных дел России заявил в среду, что Москва ответит на новые санкции Запада."


def test_chinese_and_russian_get_their_language_and_are_not_english_however_short() -> None:
    """The issue: Chinese text was stored as 'und' and coded by the English model."""
    for text, code in ((CHINESE, "zh"), (CHINESE[:6], "zh"), (RUSSIAN, "ru")):
        language = detect_language(text)
        assert (language.code, language.english) == (code, False), text


def test_english_with_a_few_foreign_words_stays_english() -> None:
    text = "Reuters reported that Xi Jinping (习近平) met Biden in Bali on Monday, officials said."
    assert detect_language(text).english
    assert detect_language("Macron and Scholz met in Berlin.").english  # CLD3 alone says Dutch


def test_ingest_stores_chinese_as_not_english_and_leaves_it_uncoded(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main
    from eventwire.store import Store

    path = tmp_path / "zh.txt"
    path.write_text(CHINESE, encoding="utf-8")
    db = str(tmp_path / "store.db")
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0
    assert "1 not English" in result.stderr
    with Store(db) as store:
        stored = store.document("zh")
        assert stored is not None
        assert (stored.status, stored.language) == ("not_english", "zh")
        assert list(store.uncoded()) == []
