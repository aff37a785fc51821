"""Small helpers over the spaCy dependency tree shared by the extractor's modules."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from eventwire.extract.triggers.typos import corrected_lemma
from eventwire.lexicons.cues import load_cues

NOUN_POS = frozenset({"NOUN", "PROPN"})
ACTOR_ENTS = frozenset({"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
TIME_ENTS = frozenset({"DATE", "TIME"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "who"})
# possessives that point back to a party named elsewhere ("the students continued their strike")
PARTY_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# every possessive determiner: the doer's own forces or goods ("its troops", "your men")
POSSESSIVES = PARTY_POSSESSIVES | {"my", "your"}
RELATIVE = frozenset({"who", "which", "that", "whom"})
# dependents that stay inside an actor phrase when they precede the head
PHRASE_LEFT = frozenset({"compound", "amod", "det", "poss", "nummod", "nmod", "quantmod", "predet", "case"})
# clauses that start a new event context: descendants below these are not the trigger's own arguments
CLAUSAL = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "acl", "csubj"})


def lemma(token: Token) -> str:
    """The token's lemma, lower case, with the model's known lemmatizer slips corrected ("staged" -> "stag") and
    a misspelt trigger word read as meant ("attakced" -> "attack").

    The rules ask for the same token's lemma many times; the answer depends only on the word's form and the
    model's lemma (and whether the model knows the word), so it is kept per pair of the two string ids."""
    key = (token.orth, token.lemma)
    found = _LEMMAS.get(key)
    if found is None:
        if len(_LEMMAS) >= _LEMMAS_KEPT:
            _LEMMAS.clear()
        found = _LEMMAS[key] = _lemma(token)
    return found


# Lemmas kept between reads (a bounded table, emptied when full, so memory does not grow with a corpus).
_LEMMAS: dict[tuple[int, int], str] = {}
_LEMMAS_KEPT = 20_000


def _lemma(token: Token) -> str:
    word = token.lemma_.lower()
    cues = load_cues()
    fixed = cues.form_fixes.get(token.lower_) or cues.lemma_fixes.get(word)
    return fixed if fixed is not None else (corrected_lemma(token) or word)


def descendants(token: Token, depth: int, skip: frozenset[str] = CLAUSAL) -> Iterator[Token]:
    """Dependents of ``token`` down to ``depth`` levels, not entering clauses in ``skip``."""
    for child in token.children:
        if child.dep_ in skip:
            continue
        yield child
        if depth > 1:
            yield from descendants(child, depth - 1, skip)


def to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` has its infinitive "to" ("to attack", "sent to fight")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def child(token: Token, *deps: str) -> Token | None:
    """The first child with one of the dependency labels ``deps``."""
    return next((c for c in token.children if c.dep_ in deps), None)


def prep_object(token: Token, *preps: str) -> Token | None:
    """The object of the first prepositional child whose word is in ``preps`` ("met with X" -> X)."""
    return next(prep_objects(token, *preps), None)


def prep_objects(token: Token, *preps: str) -> Iterator[Token]:
    """The objects of the prepositional children whose word is in ``preps``, in sentence order."""
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            obj = child(c, "pobj", "pcomp")
            if obj is not None:
                yield obj


def phrase_tokens(head: Token) -> list[Token]:
    """The head noun with its pre-modifiers and of-phrases, without clauses, appositions or conjuncts."""
    keep = [head]
    for c in head.children:
        if c.dep_ in PHRASE_LEFT and c.i < head.i:
            keep.extend(t for t in c.subtree if t.dep_ not in ("punct", "cc", "conj") or t is c)
        elif c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i:
            obj = child(c, "pobj")
            if obj is not None:
                keep.append(c)
                keep.extend(phrase_tokens(obj))
    return keep


def actor_span(head: Token) -> Span:
    """The actor phrase headed by ``head``; for "the president, Xi Jinping," the proper-name apposition, with the
    title when no comma parts them ("Niger's ambassador Brah Mohamane"), but not one set against it ("fighting
    Isis, not Assad": Assad is who is not fought)."""
    tokens: list[Token] = []
    if head.pos_ != "PROPN":
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not _contrast(c)), None)
        if appos is not None and appos.left_edge.i == head.i + 1:
            tokens = phrase_tokens(head)  # "Niger's ambassador Brah Mohamane": the title names the country
        if appos is not None:
            head = appos
    tokens += phrase_tokens(head)
    shared = _shared_head(head)
    if shared is not None:
        tokens.append(shared)  # "Sierra Leonean and Liberian refugees": the first nationality's refugees
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    doc = head.doc
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].dep_ == "case" or _dateline(doc[start], head)):
        start += 1  # "12 Sep. Police raided": the date heading a report is no part of the doer
    return doc[start:end]


def _dateline(token: Token, head: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") and head.ent_type_ not in ("DATE", "TIME") and token.i < head.i


def _contrast(appos: Token) -> bool:
    """The apposition is set against its head by a "not" before it ("Isis, not Assad")."""
    before = appos.left_edge.i - 1
    return before >= 0 and appos.doc[before].lower_ == "not"


def _shared_head(head: Token) -> Token | None:
    """The noun a bare nationality shares with its conjunct, when the parser made the nationality the head:
    "tortured Sierra Leonean and Liberian refugees" -> refugees."""
    if head.ent_type_ not in ("NORP", "GPE", "ORG") or any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ == "NOUN" and not c.ent_type_:
            named = [m for m in c.children if m.dep_ in ("amod", "compound") and m.i < c.i and m.ent_type_ == "NORP"]
            if named and all(t.dep_ in ("amod", "compound", "cc") for t in head.doc[head.i + 1 : c.i]):
                return c
    return None


def conjuncts(token: Token) -> list[Token]:
    """Tokens coordinated with ``token`` ("Russia and China" -> [China])."""
    return [c for c in token.children if c.dep_ == "conj"]


def first_noun_conjunct(noun: Token) -> Token:
    """The first of the coordinated nouns ``noun`` is one of ("amid sanctions and threats" -> sanctions); ``noun``
    itself when it is the first or no conjunct."""
    while noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS and noun.head.i != noun.i:
        noun = noun.head
    return noun


def deep_conjunct(head: Token) -> Token | None:
    """A conjunct inside the of-chain of ``head`` ("heads of the ministries of Ukraine and China" -> China)."""
    node: Token | None = head
    while node is not None:
        found = conjuncts(node)
        if found:
            return found[0]
        node = prep_object(node, "of")
    return None


def is_actorish(token: Token, actor_lemmas: frozenset[str]) -> bool:
    """Could this head name a party: a named entity, a pronoun, or a known actor noun."""
    if token.ent_type_ in ACTOR_ENTS or token.lower_ in PRONOUNS:
        return True
    return lemma(token) in actor_lemmas or any(
        c.ent_type_ in ("NORP", "GPE") for c in token.children if c.dep_ in ("amod", "compound", "poss")
    )


CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd"})


def bare_clause_patient(clause: Token, ordered: bool) -> Token | None:
    """The subject of a bare participle clause ("ordered her citizenship revoked", "wants the prisoners freed"),
    which is what the clause acts on (a participle with a subject and no auxiliary is passive). The tagger often
    reads such a participle after a command verb (``ordered``) as a past tense, so there both tags count."""
    if clause.dep_ not in CLAUSE_DEPS or clause.tag_ not in (("VBN", "VBD") if ordered else ("VBN",)):
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in clause.children):
        return None
    return child(clause, "nsubj")
