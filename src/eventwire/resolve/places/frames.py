"""Frames the text sets explicitly: words that point an event to a place named elsewhere.

- A relative clause opened by "where" happens at the place it describes: "travelled on to Cairo, where he met
  Sisi" places the meeting in Cairo (``where_antecedent``).
- "There" opening a clause points back to the place the sentence before ends on: "... talks failed at the Hanoi
  Summit. There, Kim asked Trump for relief" (``there_frame``).
- A locative phrase that opens a sentence ("In Cairo, ...", "In a speech delivered in Cairo, ...") frames the
  sentence's main clause, however the parse hung it (``opening_frame``); an act in a clause below it ("even though
  he had demanded ...") is not framed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.resolve.places.clause import SAME_ACT_DEPS, same_clause
from eventwire.resolve.places.document import facts
from eventwire.resolve.places.scope import SCOPE_DISTANCE, Mention, in_locative_phrase
from eventwire.resolve.places.spans import place_spans

__all__ = ["opening_frame", "there_frame", "where_antecedent"]

FRAME_DISTANCE = 1.0  # a place the text points to in so many words is as near as the trigger's own phrase
LEAD_TAGS = frozenset({"CCONJ", "ADV", "PUNCT", "SCONJ"})  # "But in X, ...", "Meanwhile, in X, ..."
VERB_TAGS = frozenset({"VERB", "AUX"})


def where_antecedent(raw: RawEvent, gazetteer: Gazetteer) -> Mention | None:
    """The place a "where" clause holding the trigger describes: "Cairo, where he met Sisi"."""
    for node in _clause_path(raw.trigger.root):
        if node.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in node.children):
            continue
        span = _place_at(node.head, raw.sentence, gazetteer)
        return Mention(span, FRAME_DISTANCE, node.head.i) if span is not None else None
    return None


def there_frame(raw: RawEvent, gazetteer: Gazetteer) -> list[Mention]:
    """The last place of the sentence before, when "There" opens the trigger's clause."""
    if not any(_points_there(node) for node in _clause_path(raw.trigger.root)):
        return []
    sentences = facts(raw.sentence.doc).sentences
    here = facts(raw.sentence.doc).sentence_index(raw.sentence)
    if here == 0:
        return []
    before = sentences[here - 1]
    spans = [span for span in place_spans(before, gazetteer) if in_locative_phrase(span.root)]
    spans += [span for span in _occasion_towns(before, gazetteer) if not any(s.start == span.start for s in spans)]
    if not spans:
        return []
    last = max(spans, key=lambda span: span.start)
    return [Mention(last, SCOPE_DISTANCE, -1 - last.root.i, borrowed=True, framed=True)]


def opening_frame(place: Token, trigger: Token) -> bool:
    """``place`` stands in a locative phrase that opens its sentence, before a comma, and the trigger is in the
    sentence's main clause: "In a speech delivered in Cairo, pitched as ..., Pompeo called for ..."."""
    sentence = place.sent
    opening = next((t for t in sentence if t.pos_ not in LEAD_TAGS), None)
    if opening is None or opening.dep_ != "prep" or opening.lower_ not in cues().locative_preps:
        return False
    if opening.i not in {t.i for t in place.ancestors}:
        return False
    after = opening.right_edge.i + 1
    if after >= sentence.end or sentence.doc[after].text != ",":
        return False
    return same_clause(trigger, sentence.root)


def _clause_path(trigger: Token) -> list[Token]:
    """The trigger, the words above it up to its clause's verb, and the verbs that verb completes or joins."""
    path = [trigger]
    node = trigger
    while node.head.i != node.i and not (node.pos_ in VERB_TAGS and node.dep_ not in SAME_ACT_DEPS):
        node = node.head
        path.append(node)
    return path


def _points_there(node: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "there" for c in node.children)


def _place_at(token: Token, sentence: Span, gazetteer: Gazetteer) -> Span | None:
    """The place name of the sentence whose root is ``token``."""
    return next((span for span in place_spans(sentence, gazetteer) if span.root.i == token.i), None)


def _occasion_towns(sentence: Span, gazetteer: Gazetteer) -> list[Span]:
    """Towns naming an occasion after a locative preposition: "at the Hanoi Summit" -> Hanoi."""
    towns: list[Span] = []
    for token in sentence:
        noun = token.head
        if token.dep_ != "compound" or token.pos_ != "PROPN" or noun.lemma_.lower() not in cues().occasion_nouns:
            continue
        if noun.dep_ != "pobj" or noun.head.lower_ not in cues().locative_preps:
            continue
        entry = gazetteer.best(token.text)
        if entry is not None and entry.precision == "city":
            towns.append(sentence.doc[token.i : token.i + 1])
    return towns
