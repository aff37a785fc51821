"""Senses of trigger words their grammar gives away (the words are ``other_senses`` in ``cues.yaml``).

- "demonstrated its new clout", "demonstrate that the plan works": with a direct object or a clause, demonstrating
  is showing, not a protest, which takes neither ("demonstrated against the law"); people or crowds as its subject
  ("farmers demonstrated ... against EU plans", however parsed) are protesting.
- "she asked why they had come", "asked: 'Who is dead?'": asking whose clause is a question reports the question;
  "asked them to leave" and "asked for help" stay requests.
- "it is necessary to recognise that ...", "an officer recognised her": knowing a fact or a person, not the
  recognition of a state or government.
- "any meaningful talk of reconciliation": a singular noun with an of-phrase is a topic, not talks.
- "the general in charge of the operation": a responsibility, not a charge brought.
- "the snap polls called for 24 June": a call for a date schedules, it asks nobody.
- "click here to visit gu.com/letters": a web or mail address as the object names no party or place.
- "a criminal gang called the police": a branding word in the subject brands nobody; "called them criminals" does.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.tree import TIME_ENTS, lemma
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import SenseCues

CLAUSES = frozenset({"ccomp", "xcomp"})
QUESTION_TAGS = frozenset({"WP", "WP$", "WRB", "WDT"})
# the word class whose member names what a party is called ("called them terrorists"; classes.yaml)
BRANDING = "@stigma"


def other_sense(cand: Candidate, ex: Extraction) -> bool:
    """A trigger word whose object, clause or of-phrase gives it a sense that is no act ("demonstrated its clout",
    "asked why", "recognised that", "talk of peace")."""
    token, senses = cand.token, ex.data.cues.other_senses
    if any(_address(c) for c in token.children) or _branded_doer(cand):
        return True
    word = lemma(token)
    if word in senses.showing and cand.entry.type == "PROTEST":
        if token.pos_ != "VERB" or any(c.dep_ == "ccomp" for c in token.children):
            return token.pos_ == "VERB"  # "demonstrate that the union still works"
        crowd = ex.data.cues.class_groups.headline_people  # "farmers demonstrated ... against EU plans"
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and lemma(subject) in crowd:
            return False
        return any(_shown(c) for c in token.children)
    if word in senses.questioning and cand.entry.type == "REQUEST":
        return _reports_question(token, senses)
    if cand.entry.type == "REQUEST" and _for_a_date(token):
        return True
    if word in senses.knowing:
        return any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.tag_ == "PRP") for c in token.children)
    if word in senses.responsibilities and token.pos_ == "NOUN" and token.head.lower_ == "in":
        return True
    if word in senses.topics:
        return token.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    return False


def _branded_doer(cand: Candidate) -> bool:
    """ "a criminal gang called the police": a branding word (``@stigma``) that names the doer brands nobody; only
    the one called or described is branded ("called them criminals")."""
    if BRANDING not in cand.entry.with_:
        return False
    subjects = [c for c in cand.token.children if c.dep_ in ("nsubj", "csubj")]
    return any(word in subject.subtree for word in cand.extra for subject in subjects)


def _for_a_date(token: Token) -> bool:
    """ "the snap polls called for 24 June": calling something for a date schedules it; nobody is asked anything."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"]
    return any(o.dep_ == "pobj" and o.ent_type_ in TIME_ENTS for p in preps for o in p.children)


def _address(child: Token) -> bool:
    """ "click here to visit gu.com/letters": a web or mail address as the object is no party or place."""
    objects = [child] if child.dep_ == "dobj" else [o for o in child.children if o.dep_ == "pobj"]
    return any(o.like_url or o.like_email for o in objects)


def _shown(child: Token) -> bool:
    """What is demonstrated: a direct object that is no time ("demonstrated Friday in 50 cities")."""
    return child.dep_ == "dobj" and child.ent_type_ not in TIME_ENTS


def _reports_question(token: Token, senses: SenseCues) -> bool:
    """ "asked why ...", "'Who is dead?' she asked": the verb's clause is a question, and nobody is asked to act."""
    if any(c.dep_ == "xcomp" for c in token.children):
        return False
    if any(c.dep_ in ("advmod", "dobj") and c.tag_ in QUESTION_TAGS for c in token.children):
        return True  # "asked why."
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return any(_question(clause, senses) for clause in clauses)


def _question(clause: Token, senses: SenseCues) -> bool:
    end = max(t.i for t in clause.subtree) + 1
    if any(t.text == "?" for t in clause.subtree) or (end < len(clause.doc) and clause.doc[end].text == "?"):
        return True
    return any(c.lower_ in senses.question_words or c.tag_ in QUESTION_TAGS for c in clause.children) or any(
        g.tag_ in QUESTION_TAGS for c in clause.children for g in c.children if c.i < clause.i
    )
