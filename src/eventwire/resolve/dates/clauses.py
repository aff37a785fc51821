"""What a clause says about time: its head verb, its tense and aspect, and whether it stands inside a quotation.

The date rules of ``dates.linking`` read these: a future auxiliary or a word of schedule looks forward, a past
form looks back, a present or present-perfect clause speaks of the time of the report, a past-perfect clause
("had attacked") tells of something before the narrative's time, and quoted words keep their own time.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.tree import to_infinitive
from eventwire.lexicons.dates import load_lexicon
from eventwire.nlp.quotes import quotation, quoted
from eventwire.resolve.dates.anchor import Tense

__all__ = [
    "CLAUSAL",
    "VERBAL",
    "aim",
    "background",
    "clause_head",
    "clause_tense",
    "finite_tense",
    "past_perfect",
    "present_clause",
    "quotation",
    "quoted",
]

CLAUSAL = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "csubj", "csubjpass", "parataxis", "acl"})
VERBAL = frozenset({"VERB", "AUX"})
_AUXILIARY_DEPS = ("aux", "auxpass")
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_PRESENT_MODALS = frozenset({"must", "can", "may", "should", "might", "ca"})
_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "would", "wo"})
# Quotation marks: curly pairs open and close; a straight double quote toggles.


def clause_head(token: Token) -> Token:
    """The verb heading the clause ``token`` is in (the sentence root when no verb is found)."""
    while not (token.pos_ in VERBAL and token.dep_ in CLAUSAL) and token.head.i != token.i:
        token = token.head
    return token


def auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb``; a second verb of a coordination shares the first one's ("have condemned the
    arrest and urged ...": "urged" is present perfect too)."""
    own = [child for child in verb.children if child.dep_ in _AUXILIARY_DEPS]
    if own or verb.dep_ != "conj" or verb.head.pos_ not in VERBAL or any(_subject(child) for child in verb.children):
        return own
    return [child for child in verb.head.children if child.dep_ in _AUXILIARY_DEPS]


def _subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass", "expl")


def clause_tense(token: Token) -> Tense | None:
    """The tense of the clause ``token`` is in, when its verb shows one: a will/shall/would auxiliary looks
    forward, a past form looks back, as does a bare past participle ("the pullout, announced by the president in
    December"); present or bare forms say nothing."""
    verb = clause_head(token)
    helpers = auxiliaries(verb)
    if any(aux.lower_ in _FUTURE_AUXILIARIES for aux in helpers) or _framed_ahead(verb):
        return "future"
    # With a perfect "have" the verb is a participle, whatever its tag ("have condemned ... and urged").
    forms = helpers if any(aux.lemma_.lower() == "have" for aux in helpers) else [verb, *helpers]
    if any("Past" in t.morph.get("Tense", []) and t.tag_ != "VBN" for t in forms):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not helpers:
        return "past"
    return None


def finite_tense(token: Token) -> Tense | None:
    """The tense of ``token``'s clause, looking through infinitives to the verb that governs them
    ("was told to plan for a withdrawal" is past)."""
    verb = clause_head(token)
    tense = clause_tense(verb)
    while tense is None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = clause_head(verb.head)
        tense = clause_tense(verb)
    return tense


def _framed_ahead(verb: Token) -> bool:
    """ "is expected to hold talks", "are due to meet", "is set to sign": an infinitive under a word of
    schedule or expectation looks forward, unless the frame itself is past ("promised in January to set up":
    the parse cannot tell whose the date is, and the past reading is the safer one)."""
    frame = verb.head
    return (
        verb.dep_ == "xcomp"
        and frame.i != verb.i
        and frame.lemma_.lower() in load_lexicon().future_frames
        and to_infinitive(verb)
        and clause_tense(frame) != "past"
    )


def aim(token: Token) -> bool:
    """The clause of ``token`` is a to-infinitive naming an aim or a plan ("the decision to rerun the vote on
    Saturday", "came to protest on Friday"), not the complement of a verb it shares its time with ("attempted to
    flee on Wednesday")."""
    verb = clause_head(token)
    return verb.tag_ == "VB" and verb.dep_ != "xcomp" and to_infinitive(verb)


def present_clause(token: Token, quotes_count: bool = True) -> bool:
    """The clause of ``token`` is in the present or present perfect ("continue to execute", "have fought",
    "is in talks"): it speaks of the time of the report, not of a date another clause narrates. Quoted words
    speak of the time they were said, which an earlier sentence may date: with ``quotes_count`` false they do
    not count as present."""
    verb = clause_head(token)
    if clause_tense(token) is not None or verb.pos_ not in VERBAL or (not quotes_count and quoted(token)):
        return False
    if any(t.tag_ in _PRESENT_TAGS or t.lower_ in _PRESENT_MODALS for t in [verb, *auxiliaries(verb)]):
        return True
    # "Trump says troops must leave": a bare complement of a present-tense verb shares its time.
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i and verb.head.tag_ in _PRESENT_TAGS


def past_perfect(token: Token) -> bool:
    """The clause of ``token`` is in the past perfect ("they had attacked the village", "had been freed"): it
    tells of something before the time the narrative has reached, not of the day reported."""
    verb = clause_head(token)
    if verb.pos_ not in VERBAL:
        return False
    helpers = auxiliaries(verb)
    return verb.tag_ in ("VBN", "VBD") and any(aux.lower_ in ("had", "'d") for aux in helpers)


def background(token: Token) -> bool:
    """The clause of ``token`` tells of something before the narrative's time: a past perfect ("they had attacked
    the village"), but not the shifted-back past of reported speech ("said the village had been burned",
    "according to officials, 200 had been freed"), nor one said to be recent ("had just finished")."""
    if not past_perfect(token):
        return False
    verb = clause_head(token)
    if any(child.lower_ in load_lexicon().recent_words for child in verb.children):
        return False
    return not _reported(verb)


def _reported(verb: Token) -> bool:
    """``verb`` heads what a verb of saying in the past reports: its complement ("said that ..."), a quotation
    it tags ("..., he said"), or a clause "according to" someone."""
    saying = load_lexicon().reporting_verbs
    tags = [child for child in verb.children if child.dep_ == "parataxis" and child.lemma_.lower() in saying]
    if tags or any(child.lower_ == "according" for child in verb.children):
        return True
    token = verb
    while token.dep_ in ("ccomp", "parataxis", "conj") and token.head.i != token.i:
        token = token.head
        if token.pos_ in VERBAL and token.lemma_.lower() in saying:
            return clause_tense(token) == "past"
    return False
