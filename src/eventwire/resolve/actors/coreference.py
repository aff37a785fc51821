"""Where in the parse a referring word's antecedent is: the speaker of a quote, the subject reporting a clause, the
noun a relative pronoun hangs on, the subject of a sentence, the owner a possessive names.

These read only the parse and the document's quotation marks; ``eventwire.resolve.actors.document`` reads the
phrases they point to. The verbs of speech come from ``data/actors/words.yaml`` (``speech_verbs``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.extract.parties.holdings import is_holding
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.nlp.doctext import doc_length, doc_text

__all__ = [
    "POSSESSIVE_PRONOUNS",
    "co_arguments",
    "governing_subjects",
    "noun_phrase",
    "possessor",
    "quote_speaker",
    "quoted",
    "relative_antecedent",
    "reporting_subject",
    "sentence_subject",
]

# Closed class: possessive determiners.
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "whose"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The links by which a reported clause hangs on the verb reporting it ("X said [he would go]", "“...,” X said").
REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "advcl", "conj"})
OPENING_QUOTES = "“«"
CLOSING_QUOTES = "”»"
STRAIGHT_QUOTE = '"'
QUOTE_MARKS = re.compile(r"[“”«»\"]")
QUOTE_GAP = 200  # characters between two quotations that may be one speaker's


def _speech(token: Token) -> bool:
    return token.lemma_.lower() in load_actor_words().speech_verbs


def _subject(verb: Token, avoid: Token) -> Token | None:
    """The subject of ``verb`` that is not ``avoid`` and does not hold it."""
    for child in verb.children:
        holds = child.left_edge.i <= avoid.i <= child.right_edge.i
        if child.dep_ in SUBJECT_DEPS and child.i != avoid.i and not holds:
            return child
    return None


def reporting_subject(token: Token) -> Token | None:
    """The subject of the verb of speech that reports the clause ``token`` stands in ("Museveni said [he] would
    go", "“[We] will not give in,” Bali said"), within its sentence; None when no such verb reports it."""
    node = token
    while node.head.i != node.i:
        parent = node.head
        if _speech(parent) and (node.dep_ in REPORTED_DEPS or node is token):
            found = _subject(parent, token)
            if found is not None and found.i != token.i:
                return found
        node = parent
    return None


def co_arguments(pronoun: Token) -> list[Token]:
    """The subjects a pronoun that is not itself a subject cannot stand for: those of its own clause ("the police
    arrested him", "they tried to arrest him", "the court ordered him jailed": not the police, they, the court).
    A pronoun refers to a co-argument of its own verb only as a reflexive ("himself"). The owner of holdings
    ("froze their assets") stands as the holdings do: no one freezes or seizes their own."""
    anchor = pronoun.head if pronoun.dep_ == "poss" and is_holding(pronoun.head) else pronoun
    if anchor.dep_ in SUBJECT_DEPS and not _bare_clause(anchor.head):
        return []
    verb = anchor.head
    while verb.pos_ == "ADP" and verb.head.i != verb.i:  # "fired at him": the verb the phrase hangs on
        verb = verb.head
    if anchor.dep_ in SUBJECT_DEPS:  # the subject of a bare clause a verb takes: "ordered him jailed"
        verb = verb.head
    found: list[Token] = []
    for _ in range(4):  # up the verbs that share their subject: "tried to arrest", "came and arrested"
        found += [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != pronoun.i]
        if not (verb.dep_ in ("xcomp", "conj") or _participle_clause(verb)) or verb.head.i == verb.i or found:
            break
        verb = verb.head
    # coordinated subjects are co-arguments too: "Egypt and Bahrain imposed a boycott on X, accusing it"
    found += [c for t in list(found) for c in t.conjuncts if c.i != pronoun.i and c not in found]
    # a co-argument that is itself a pronoun repeats its reporter: "the police said they arrested him"
    found += [r for t in found if t.pos_ == "PRON" and (r := reporting_subject(t)) is not None]
    return found


def _participle_clause(verb: Token) -> bool:
    """An -ing clause with no subject of its own, done by the subject of the clause it hangs on ("imposed a boycott
    on X, accusing it of ...": those who imposed it accuse)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _bare_clause(verb: Token) -> bool:
    """A clause complement with no auxiliary and no conjunction, whose subject the verb above governs ("ordered
    him jailed", "saw them leave")."""
    return verb.dep_ in ("ccomp", "xcomp", "oprd") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children
    )


def governing_subjects(token: Token) -> list[Token]:
    """The subjects, before ``token``, of the clauses above the one it stands in, nearest first ("Erdoğan backed
    Assad's regime, even though [he] had demanded...": Erdoğan)."""
    found = []
    node = token
    while node.head.i != node.i:
        node = node.head
        subject = _subject(node, token) if node.pos_ in {"VERB", "AUX"} else None
        if subject is not None and subject.i < token.i:
            found.append(subject)
    return found


def quoted(token: Token) -> bool:
    """``token`` stands inside a quotation."""
    return any(start < token.idx < end for start, end in _quotes(doc_text(token.doc)))


def quote_speaker(token: Token) -> Token | None:
    """The subject of the verb of speech outside the quotation ``token`` stands in: in the sentence where the quote
    ends ("“...,” said X") or, failing that, where it begins ("X said: “..."); a quotation with neither goes on the
    one just before it (a speaker quoted over several paragraphs). None outside quotes."""
    quotes = _quotes(doc_text(token.doc))
    inside = [k for k, (start, end) in enumerate(quotes) if start < token.idx < end]
    if not inside:
        return None
    k = inside[0]
    while k >= 0:
        found = _speaker(token, *quotes[k])
        if found is not None:
            return found
        if k == 0 or quotes[k][0] - quotes[k - 1][1] > QUOTE_GAP:
            return None
        k -= 1
    return None


def _speaker(token: Token, start: int, end: int) -> Token | None:
    """The subject of a verb of speech outside the quote from ``start`` to ``end``, in a sentence it touches."""
    for sentence in _sentences_at(token.doc, (end, start)):
        for word in sentence:
            if (word.idx < start or word.idx >= end) and _speech(word):
                found = _subject(word, token)
                if found is not None and not start <= found.idx < end:
                    return found
    return None


def _sentences_at(doc: Doc, offsets: tuple[int, ...]) -> list[Span]:
    sentences = []
    for offset in offsets:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand") if offset < doc_length(doc) else None
        if span is not None and span.sent not in sentences:
            sentences.append(span.sent)
    return sentences


@lru_cache(maxsize=64)
def _quotes(text: str) -> tuple[tuple[int, int], ...]:
    """The quotations of a text, as (opening mark, closing mark) offsets; an unclosed one runs to the paragraph's
    end (a quote going on in the next paragraph reopens it there)."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for match in QUOTE_MARKS.finditer(text):
        mark, at = match.group(0), match.start()
        closes = mark in CLOSING_QUOTES or (mark == STRAIGHT_QUOTE and opened is not None)
        if closes and opened is not None:
            found.append((opened, at))
            opened = None
        elif mark in OPENING_QUOTES or mark == STRAIGHT_QUOTE:
            if opened is not None:
                found.append((opened, _paragraph_end(text, opened)))
            opened = at
    if opened is not None:
        found.append((opened, _paragraph_end(text, opened)))
    return tuple(found)


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def relative_antecedent(token: Token) -> Token | None:
    """The noun the relative clause of a relative pronoun hangs on ("Hariri, [who] is in London", "Deghayes,
    [whose] militia")."""
    node = token
    while node.dep_ != "relcl" and node.head.i != node.i and node.i - node.head.i < 20:
        node = node.head
    if node.dep_ != "relcl":
        return None
    noun = node.head
    return noun if noun.pos_ in {"NOUN", "PROPN", "PRON"} else None


def sentence_subject(sentence: Span) -> Token | None:
    """The subject of a sentence's main verb."""
    root = sentence.root
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)


def possessor(span: Span) -> Token | None:
    """The possessive pronoun opening a phrase that names something of someone ("his regime", "our government",
    "whose militia"); None when the phrase has none or is only that pronoun."""
    first = span[0]
    if len(span) < 2 or first.lower_ not in POSSESSIVE_PRONOUNS:
        return None
    return first


def noun_phrase(token: Token) -> Span:
    """The words of a noun up to it (its determiners and modifiers, not the clauses after it): "the SDF spokesman
    Mustafa Bali" for "Bali"."""
    return token.doc[token.left_edge.i : token.i + 1]
