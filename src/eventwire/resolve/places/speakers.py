"""Where a speaker is: a place the text gives a person's words once, for that person's other statements.

A report of a speech or an interview says where it was given once ("In a speech delivered in Cairo, X called
for ...", "X, who is in London, expressed ...", "Speaking in Geneva, X said ...") and then goes on quoting the
speaker sentence after sentence with no place ("He warned ...", "X denied ..."). Those statements were made
there: the text sets the frame explicitly, for that speaker. ``speaker_frames`` finds, once per document, the
places such sentences give their speaker; a statement whose own clause gives no place takes its speaker's,
when the document gives that speaker exactly one.

A frame is one of:
- a locative phrase opening the sentence, before a comma, whose main clause has a person as its subject
  ("In X, Y said ...", "At a news conference in X, Y called for ...");
- a relative clause of being on a person subject ("Y, who is in X, said ...");
- a speech verb (``speech_verbs`` of ``data/places/cues.yaml``) with its own locative phrase ("Y said in X ...",
  "Speaking in X, Y warned ...", "Y told reporters in X").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons.gazetteer.index import Gazetteer, fold
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.resolve.places.document import facts
from eventwire.resolve.places.frames import opening_frame
from eventwire.resolve.places.scope import SCOPE_DISTANCE, Mention
from eventwire.resolve.places.spans import place_spans

__all__ = ["speaker_frame", "speaker_frames", "speaker_key"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FRAME_PREPS = frozenset({"in", "at"})


def speaker_key(name: str) -> str:
    """The word a speaker is known by: the folded last word of the name, without an Arabic article joined to it
    by a hyphen ("Nasr al-Hariri" and "Hariri" are both "hariri")."""
    words = name.replace("’s", "").replace("'s", "").split()
    if not words:
        return ""
    return fold(words[-1].split("-")[-1])


def speaker_frame(sentence: Span, speaker: str | None, gazetteer: Gazetteer) -> list[Mention]:
    """The place the document gives ``speaker`` (a person's name) for their words, when it gives exactly one."""
    if not speaker:
        return []
    key = speaker_key(speaker)
    frames = speaker_frames(sentence.doc, gazetteer).get(key, [])
    if not key or len({fold(span.text) for span in frames}) != 1:
        return []
    span = frames[0]
    return [Mention(span, SCOPE_DISTANCE, span.root.i, borrowed=True, framed=True)]


def speaker_frames(doc: Doc, gazetteer: Gazetteer) -> dict[str, list[Span]]:
    """The place names each speaker (by ``speaker_key``) is framed at in the document, worked out once."""
    return facts(doc).per_span(f"speaker_frames:{id(gazetteer)}", doc[:], lambda: _frames(doc, gazetteer))


def _frames(doc: Doc, gazetteer: Gazetteer) -> dict[str, list[Span]]:
    found: dict[str, list[Span]] = {}
    for sentence in facts(doc).sentences:
        for speaker, span in _sentence_frames(sentence, gazetteer):
            found.setdefault(speaker_key(speaker.text), []).append(span)
    return found


def _sentence_frames(sentence: Span, gazetteer: Gazetteer) -> Iterator[tuple[Span, Span]]:
    """(speaker, place) of each frame the sentence sets."""
    for span in place_spans(sentence, gazetteer):
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in FRAME_PREPS:
            continue
        speaker = _opening_speaker(root, sentence) or _present_speaker(root) or _speaking_speaker(root)
        if speaker is not None:
            yield speaker, span


def _opening_speaker(place: Token, sentence: Span) -> Span | None:
    """The person subject of the main clause a locative phrase opening the sentence frames: "In X, Y said"."""
    if not opening_frame(place, sentence.root):
        return None
    return _person_subject(sentence.root)


def _present_speaker(place: Token) -> Span | None:
    """The person a "who is in X" clause describes: "Y, who is in X, said ..."."""
    verb = place.head.head
    if verb.dep_ != "relcl" or verb.lemma_ != "be" or not any(c.lower_ == "who" for c in verb.children):
        return None
    return _person(verb.head)


def _speaking_speaker(place: Token) -> Span | None:
    """The subject of a speech verb with its own locative phrase: "Y said in X", "Speaking in X, Y warned"."""
    verb = place.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues().speech_verbs:
        return None
    subject = _person_subject(verb)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "Speaking in X, Y said"
        subject = _person_subject(verb.head)
    return subject


def _person_subject(verb: Token) -> Span | None:
    subject = next((child for child in verb.children if child.dep_ in SUBJECT_DEPS), None)
    return _person(subject) if subject is not None else None


def _person(token: Token) -> Span | None:
    """The PERSON entity ``token`` heads, if any."""
    ent = next((e for e in facts(token.doc).ents_in(token.sent) if e.start <= token.i < e.end), None)
    return ent if ent is not None and ent.label_ == "PERSON" else None
