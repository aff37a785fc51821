"""Section headings glued to the next sentence: found before the parse, made sentences of their own.

A web page flattened to one paragraph keeps its subheadings as a few words with no full stop, run into the next
sentence: "... left the city. Talks stall On Monday, the envoy said ...". The parser then reads "Talks stall On
Monday, the envoy said" as one sentence. A heading is a run of one to ``MAX_HEADING_WORDS`` words with no
punctuation, beginning with a capital right after a sentence end (or at the start of the text), followed by a
capitalised sentence opener ("On", "The", "Since": ``data/nlp/headings.yaml``) that stands after a word that
does not lead into a title ("in The Hague", "called The Region", "such as The Rebel"). The opener starts a
sentence, and ``is_heading`` tells the extraction that a sentence is such a heading: it restates what the section
reports and is not coded itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons.headings import load_heading_openers

__all__ = ["MAX_HEADING_WORDS", "heading_end", "is_heading", "mark_headings"]

MAX_HEADING_WORDS = 8
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_OPENING_QUOTES = frozenset({'"', "“"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")"})
# Tags of a word after which a capitalised opener is part of a title, not a new sentence: prepositions,
# determiners, "to", possessives, conjunctions ("in The Hague", "such as The Rebel", "author of This Is Home").
_LEADS_INTO_TITLE = frozenset({"IN", "DT", "TO", "POS", "PRP$", "CC", "WDT", "WP", "WP$", "MD", "EX"})
# Tags of an opener that may begin a title after a verb ("called The Region", "visited The Hague").
_TITLE_OPENER_TAGS = frozenset({"DT", "PDT", "PRP$"})


def mark_headings(doc: Doc) -> None:
    """Start a sentence at the opener after each glued heading of ``doc`` (before the parser runs)."""
    for token in doc[1:]:
        if heading_end(token) is not None:
            token.is_sent_start = True
            if token.text in _OPENING_QUOTES:
                doc[token.i + 1].is_sent_start = False


def heading_end(first: Token) -> int | None:
    """Where the heading before ``first`` begins (a token index), when ``first`` opens a sentence after one: an
    opener, or an opening quote before one (''... chips "It will take time," she said'')."""
    doc = first.doc
    quoted = first.text in _OPENING_QUOTES and first.i + 1 < len(doc) and first.whitespace_ == ""
    opener = doc[first.i + 1] if quoted else first
    if first.i == 0 or not opener.is_title or opener.lower_ not in load_heading_openers():
        return None
    last = doc[first.i - 1]
    if not (last.is_alpha or last.like_num) or last.tag_ in _LEADS_INTO_TITLE or last.whitespace_ == "":
        return None
    if last.tag_.startswith("VB") and opener.tag_ in _TITLE_OPENER_TAGS:
        return None
    start = _run_start(doc, last.i)
    if start is None or not doc[start].text[:1].isupper():
        return None
    if _inside_name(opener) and not all(t.text[:1].isupper() for t in doc[start : last.i + 1]):
        return None
    return start


def _inside_name(opener: Token) -> bool:
    """``opener`` stands between capitalised words, as in a name ("Physicians For Human Rights"): then only a run of
    capitalised words is a heading ("Russia For Vladimir Putin, ...")."""
    doc = opener.doc
    after = doc[opener.i + 1] if opener.i + 1 < len(doc) else None
    return doc[opener.i - 1].text[:1].isupper() and after is not None and after.text[:1].isupper()


def _run_start(doc: Doc, last: int) -> int | None:
    """The first word of the run of words ending at ``last`` that follows a sentence end, when it is short enough."""
    i = last
    while last - i < MAX_HEADING_WORDS:
        token = doc[i]
        if token.is_punct or token.is_space:
            return i + 1 if token.is_space or _ends_sentence(doc, i) else None
        if i == 0 or "\n" in doc[i - 1].whitespace_:
            return i
        i -= 1
    return None


def _ends_sentence(doc: Doc, i: int) -> bool:
    """``doc[i]`` ends a sentence: a full stop, question or exclamation mark, or a quote or bracket closing one."""
    while i >= 0 and doc[i].text in _CLOSERS:
        i -= 1
    return i >= 0 and doc[i].text in _SENTENCE_ENDS


def is_heading(sent: Span) -> bool:
    """``sent`` is a glued heading: the next token opens a sentence after a heading that begins where ``sent`` does."""
    doc = sent.doc
    if sent.end >= len(doc) or sent[-1].is_punct:
        return False
    return heading_end(doc[sent.end]) == sent.start
