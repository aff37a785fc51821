"""A speaker's statements placed where the text says the speaker spoke, and acts of a story placed in its
country whoever the armed group is (loads the spaCy model). Texts written for these tests."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.resolve.places.event import event_place
from eventwire.resolve.places.scene import located_parties
from eventwire.resolve.places.speakers import speaker_frames, speaker_key
from tests.tiers import Parse

SPEECH = (
    "In a speech delivered in Lisbon on Monday, Ana Costa called for new talks on the border. "
    "The minister also condemned the rebels for the attack on the convoy. "
    "Costa warned the militias against any new offensive."
)
GUEST = (
    "Omar al-Rashid, who is in Vienna, expressed doubts about the plan. "
    "Rashid rejected any deal that kept the president in power."
)
SPEAKING = (
    "Speaking in Nairobi on Friday, Grace Wanjiru urged donors to release the funds. "
    "Wanjiru accused the government of stalling."
)
TWO_PLACES = (
    "Speaking in Nairobi on Friday, Grace Wanjiru urged donors to release the funds. "
    "Wanjiru said in Kampala on Sunday that the plan had failed. "
    "Wanjiru accused the government of stalling."
)
STORY = (
    "Heavy fighting went on in Idlib on Monday. Shells fell on a market in Idlib on Tuesday. "
    "Islamic State fighters surrendered to the troops."
)


def _last(doc: Doc, trigger: str, kind: str) -> RawEvent:
    """The event of ``trigger`` in the last sentence of ``doc``, with no parties."""
    sentence = list(doc.sents)[-1]
    token = next(t for t in sentence if t.text == trigger)
    return RawEvent(type=kind, trigger=doc[token.i : token.i + 1], sentence=sentence, source=None, target=None)


def test_a_speaker_is_known_by_the_last_word_of_the_name() -> None:
    assert speaker_key("Omar al-Rashid") == speaker_key("Rashid") == "rashid"


def test_a_speech_opening_the_sentence_frames_its_speaker(parse: Parse, gazetteer: Gazetteer) -> None:
    frames = speaker_frames(parse(SPEECH), gazetteer)
    assert [span.text for span in frames["costa"]] == ["Lisbon"]


def test_the_speaker_s_later_statement_is_placed_where_the_speech_was(parse: Parse, gazetteer: Gazetteer) -> None:
    raw = _last(parse(SPEECH), "warned", "THREATEN")
    place = event_place(raw, gazetteer, ["PRT"], speaker="Ana Costa")
    assert place is not None and place.name == "Lisbon"


def test_another_person_s_statement_is_not_placed_by_the_speech(parse: Parse, gazetteer: Gazetteer) -> None:
    raw = _last(parse(SPEECH), "warned", "THREATEN")
    assert event_place(raw, gazetteer, ["PRT"], speaker="Rui Santos") is None
    assert event_place(raw, gazetteer, ["PRT"]) is None


def test_who_is_in_a_place_frames_the_person(parse: Parse, gazetteer: Gazetteer) -> None:
    raw = _last(parse(GUEST), "rejected", "REJECT")
    place = event_place(raw, gazetteer, ["SYR"], speaker="Omar al-Rashid")
    assert place is not None and place.name == "Vienna"


def test_speaking_in_a_place_frames_the_subject(parse: Parse, gazetteer: Gazetteer) -> None:
    raw = _last(parse(SPEAKING), "accused", "ACCUSE")
    place = event_place(raw, gazetteer, ["KEN"], speaker="Grace Wanjiru")
    assert place is not None and place.name == "Nairobi"


def test_a_speaker_framed_at_two_places_is_placed_by_neither(parse: Parse, gazetteer: Gazetteer) -> None:
    raw = _last(parse(TWO_PLACES), "accused", "ACCUSE")
    assert event_place(raw, gazetteer, ["KEN"], speaker="Grace Wanjiru") is None


def test_codes_of_no_country_say_nothing_of_where_a_party_is() -> None:
    assert located_parties(["IMG", "SYR", "IGO", "NGO"]) == ["SYR"]


def test_an_armed_group_s_act_is_placed_in_the_story_s_country(parse: Parse, gazetteer: Gazetteer) -> None:
    raw = _last(parse(STORY), "surrendered", "RETREAT")
    place = event_place(raw, gazetteer, ["IMG"])
    assert place is not None and place.country == "SYR"
    assert event_place(raw, gazetteer, ["USA"]) is None


HOME = (
    "Kenya's deputy president was impeached by the Senate last month. "
    "Kenyan lawmakers have been divided since the vote. "
    "His allies say the charges were political. "
    "He denies every one of them. "
    "The court lifted the orders on Thursday."
)


def test_a_domestic_act_of_a_document_about_a_country_is_placed_there(parse: Parse, gazetteer: Gazetteer) -> None:
    """No place phrase sets a scene, but the document is about Kenya and a Kenyan party acts."""
    raw = _last(parse(HOME), "lifted", "CONCEDE")
    place = event_place(raw, gazetteer, ["KEN"])
    assert place is not None and place.country == "KEN"


def test_a_short_note_is_not_placed_by_the_document_s_country(parse: Parse, gazetteer: Gazetteer) -> None:
    raw = _last(parse("Kenyan lawmakers met on Monday. The court lifted the orders on Thursday."), "lifted", "CONCEDE")
    assert event_place(raw, gazetteer, ["KEN"]) is None


def test_force_and_foreign_parties_are_not_placed_by_the_document_s_country(parse: Parse, gazetteer: Gazetteer) -> None:
    raw = _last(parse(HOME), "lifted", "CONCEDE")
    assert event_place(raw, gazetteer, ["USA"]) is None
    assert event_place(raw, gazetteer) is None  # no party of the country
    force = _last(parse(HOME), "lifted", "ASSAULT")
    assert event_place(force, gazetteer, ["KEN"]) is None


SIEGE = (
    "Gunmen stormed a hotel in the Kenyan town of Garissa on Monday, killing four guards. "
    "Police said the attackers were still inside. "
    "Elders had been meeting at the Amani Hotel in eastern Kenya when the gunmen arrived."
)


def test_an_unknown_site_placed_only_by_its_country_stands_in_the_story_s_town(
    parse: Parse, gazetteer: Gazetteer
) -> None:
    raw = _last(parse(SIEGE), "meeting", "CONSULT")
    place = event_place(raw, gazetteer, ["KEN"])
    assert place is not None and place.name == "Amani Hotel"
    garissa = gazetteer.best("Garissa")
    assert garissa is not None and (place.lat, place.lon) == (garissa.lat, garissa.lon)


def test_an_unknown_site_keeps_its_country_when_the_story_names_no_town(parse: Parse, gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked guards in Kenya on Monday. Police said little. Elders met at the Amani Hotel in Kenya."
    place = event_place(_last(parse(text), "met", "CONSULT"), gazetteer, ["KEN"])
    assert place is not None and place.precision == "country"
