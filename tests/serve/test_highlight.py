"""Highlights: where an event's trigger, parties, date, place and attribution sit in the text."""

from __future__ import annotations

from typing import Any

from eventwire.serve.highlight import spans

TEXT = (
    "Officials said on Friday that Xi Jinping will visit Russia from March 20 to 22. "
    "According to the Kremlin, Putin did not invite him earlier. Xi visited Moscow in 2019."
)


def event(**changes: Any) -> dict[str, Any]:
    sentence = TEXT[: TEXT.index(". ") + 1]
    base: dict[str, Any] = {
        "type": "CONSULT",
        "mode": "visit",
        "cameo": "042",
        "status": "planned",
        "source": {
            "text": "Xi Jinping",
            "name": "Xi Jinping",
            "country": "CHN",
            "sector": "GOV",
            "start": 30,
            "end": 40,
        },
        "target": {"text": "Russia", "name": "Russia", "country": "RUS", "sector": None, "start": 52, "end": 58},
        "date": {"start": "2023-03-20", "end": "2023-03-22", "precision": "day", "text": "from March 20 to 22"},
        "location": {"name": "Russia", "country": "RUS", "lat": 61.52, "lon": 105.32, "precision": "country"},
        "attribution": None,
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence), "trigger": "visit"},
    }
    return base | changes


def by_role(found: list[Any]) -> dict[str, Any]:
    return {s.role: s for s in found}


def test_every_part_of_the_event_is_found_with_its_coded_value() -> None:
    found = by_role(spans(event(), TEXT))
    assert found["trigger"].text == "will visit"
    assert found["trigger"].value == "CONSULT visit CAMEO 042; planned"
    assert (found["source"].text, found["source"].value) == ("Xi Jinping", "Xi Jinping · CHN GOV")
    assert (found["target"].text, found["target"].value) == ("Russia", "Russia · RUS")
    assert found["date"].text == "from March 20 to 22"
    assert found["date"].value == "2023-03-20 – 2023-03-22 (day)"
    assert found["place"].text == "Russia"
    assert "61.52, 105.32" in found["place"].value
    assert found["evidence"].start == 0
    assert found["evidence"].text.endswith("to 22.")
    for span in found.values():
        assert TEXT[span.start : span.end] == span.text


def test_trigger_takes_negation_and_auxiliaries_and_other_word_forms() -> None:
    second = TEXT.index("According")
    sentence = TEXT[second : TEXT.index(". ", second) + 1]
    negated = event(
        source={"text": "Putin", "start": TEXT.index("Putin"), "end": TEXT.index("Putin") + 5},
        target=None,
        date=None,
        location=None,
        attribution={"text": "the Kremlin"},
        evidence={"sentence": sentence, "start": second, "end": second + len(sentence), "trigger": "invited"},
    )
    found = by_role(spans(negated, TEXT))
    assert found["trigger"].text == "did not invite"  # "invited" found by its stem, "did not" taken in
    assert found["attribution"].text == "the Kremlin"


def test_the_occurrence_nearest_the_source_is_the_trigger() -> None:
    text = "Leaders visit often. Xi Jinping will visit Russia, a visit long planned."
    e = event(
        source={"text": "Xi Jinping", "start": 21, "end": 31},
        target={"text": "Russia", "start": 43, "end": 49},
        date=None,
        location=None,
        evidence={"sentence": text[21:], "start": 21, "end": len(text), "trigger": "visit"},
    )
    trigger = by_role(spans(e, text))["trigger"]
    assert (trigger.start, trigger.text) == (32, "will visit")


def test_parts_without_offsets_or_words_in_the_text_are_left_out() -> None:
    found = by_role(
        spans(event(source={"text": "Xi"}, date={"start": "2023-03-01", "end": "2023-03-01", "text": "in May"}), TEXT)
    )
    assert "source" not in found
    assert "date" not in found
    assert {"trigger", "target", "place", "evidence"} <= set(found)
