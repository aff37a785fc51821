"""Find trigger candidates: tokens whose lemma, part of speech and dependents match a lexicon entry."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.extract.tree import CLAUSAL, PLACE_ENTS, bare_clause_patient, child, descendants, lemma
from eventwire.extract.triggers.armed_groups import names_armed_group
from eventwire.extract.triggers.headlines import is_headline_verb
from eventwire.lexicons.cues import load_cues
from eventwire.lexicons.triggers import POS_TAGS, Entry, Lexicon

SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "PERSON", "WORK_OF_ART"})
# the doer's dependents of a verb (subject, passive agent): not what it acts on
DOER_DEPS = frozenset({"nsubj", "agent"})
# pronouns that name people, never things ("it" may be either)
PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "he", "she", "they", "we"})
NOMINAL_DEPS = frozenset({"csubj", "nsubj", "nsubjpass", "pobj", "dobj", "ROOT"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A token matched to a lexicon entry, with the extra tokens the entry's ``with`` words matched."""

    token: Token
    entry: Entry
    extra: tuple[Token, ...]


def find_candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Every trigger in ``doc``; a token serves one trigger, the most specific entries winning."""
    found = [c for c in (_match(token, lexicon) for token in doc) if c is not None]
    found.sort(key=lambda c: (-c.entry.specificity, c.token.i))
    used: set[int] = set()
    kept = []
    for cand in found:
        ids = {cand.token.i, *(t.i for t in cand.extra)}
        if ids & used:
            continue
        used |= ids
        kept.append(cand)
    return sorted(kept, key=lambda c: c.token.i)


def _match(token: Token, lexicon: Lexicon) -> Candidate | None:
    if not _eligible(token, lexicon):
        return None
    gerund = _nominal_gerund(token)
    entries = lexicon.for_lemma(token.lower_) if gerund else []
    doers = doers_modifier(token, lexicon)
    for entry in [*entries, *lexicon.for_lemma(lemma(token))]:
        if doers and entry.type != "PROTEST":
            continue
        if not (doers or _pos_ok(token, entry) or (gerund and entry in entries)):
            continue
        extra = _match_with(token, entry, lexicon)
        fits = _doers_fit(token, entry, lexicon) if doers else _classes_ok(token, entry, lexicon)
        if extra is None or not fits:
            continue
        return Candidate(token, entry, extra)
    return None


def _nominal_gerund(token: Token) -> bool:
    """An -ing form used as a noun: "Fighting between the clans left five dead", "after the fighting"."""
    if token.tag_ != "VBG" or token.dep_ not in NOMINAL_DEPS:
        return False
    return not any(c.dep_ in ("aux", "dobj", "nsubj") for c in token.children)


def _eligible(token: Token, lexicon: Lexicon) -> bool:
    if token.ent_type_ in SKIP_ENTS or not token.is_alpha:
        return False
    if token.pos_ == "PROPN" and token.ent_type_:
        return False
    if names_a_kind(token):
        return False
    # "assault rifles", "protest movement": a noun modifying another noun is not an event,
    # unless the head only says it is an undertaking ("mediation effort", "arrest operation")
    if not _modifies_noun(token, lexicon) or is_headline_verb(token) or doers_modifier(token, lexicon):
        return True
    return lexicon.in_class(lemma(token.head), "generic")


def doers_modifier(token: Token, lexicon: Lexicon) -> bool:
    """An -ing word right before the people doing it ("rioting students", "protesting farmers", "striking
    miners"): the people are protesting, whatever the tagger called the word."""
    if not token.lower_.endswith("ing") or token.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = token.head
    return head.i == token.i + 1 and any(in_class(head, name, lexicon) for name in load_cues().class_groups.ing_doers)


def _doers_fit(token: Token, entry: Entry, lexicon: Lexicon) -> bool:
    """ "striking miners": the people the -ing word modifies are its subject, for the entry's subject classes."""
    if entry.obj or entry.dobj or entry.clause:
        return False
    return not entry.subj or any(in_class(token.head, name, lexicon) for name in entry.subj)


def _modifies_noun(token: Token, lexicon: Lexicon) -> bool:
    """A noun hung on a later noun: as compound, or, when the tagger still calls it a noun, as the modifier right
    before a noun for people, forces or arms ("before riot police intervened"; not "rioting students")."""
    if token.dep_ == "compound":
        return True
    if token.dep_ not in ("amod", "nmod") or token.tag_ not in ("NN", "NNS") or token.lower_.endswith("ing"):
        return False
    head = token.head
    bearers = load_cues().class_groups.kind_bearers
    return head.i == token.i + 1 and any(in_class(head, name, lexicon) for name in bearers)


def names_a_kind(token: Token) -> bool:
    """A trigger word right before a head it names the kind of ("riot police", "protest leaders", "attack
    helicopters", "strike force"; ``kind_modifiers`` in ``cues.yaml``), however the parser attached it; a
    headline's verb ("Students protest leaders' pay") and verb-tagged words are read as verbs."""
    heads = load_cues().kind_modifiers.get(lemma(token))
    if not heads or token.tag_.startswith("VB") or token.i + 1 >= token.sent.end:
        return False
    after = token.doc[token.i + 1]
    return after.pos_ == "NOUN" and lemma(after) in heads and not is_headline_verb(token)


def _pos_ok(token: Token, entry: Entry) -> bool:
    if is_headline_verb(token):
        return entry.pos != "N"
    if entry.pos != "N" and _nominal_participle(token):
        return False
    if token.pos_ in POS_TAGS[entry.pos]:
        return not (entry.pos != "N" and token.pos_ == "VERB" and token.dep_ == "amod")
    # participles tagged as adjectives in predicates: "were wounded", "were killed and many more wounded"
    participle = token.tag_.startswith("VB") or (token.dep_ == "conj" and token.head.pos_ == "VERB")
    return entry.pos != "N" and token.pos_ == "ADJ" and participle and token.dep_ != "amod"


def _nominal_participle(token: Token) -> bool:
    """A participle used as a noun for people ("evacuated the wounded", "the injured were taken to hospital")
    names them; it states no event of its own."""
    if token.tag_ not in ("VBN", "JJ") or token.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return False
    deps = {c.dep_ for c in token.children}
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and deps <= {"det", "amod", "prep"}


def _match_with(token: Token, entry: Entry, lexicon: Lexicon) -> tuple[Token, ...] | None:
    matched = []
    pool = list(descendants(token, 2, CLAUSAL - {"conj"}))
    pool += [c for c in token.children if _misread_complement(c)]
    # "called for the Taliban to lift the ban": the "for" that opens an infinitive clause with its own subject
    clauses = [c for c in token.children if c.dep_ == "advcl"]
    pool += [m for c in clauses for m in c.children if m.dep_ == "mark" and m.lower_ == "for"]
    # an appositive of a prepositional object: "in the 2 p.m. (1300 GMT) blast", read as apposed to the time
    pool += [c for t in pool if t.dep_ == "pobj" for c in t.children if c.dep_ == "appos"]
    for n, word in enumerate(entry.with_):
        words = pool if n + 1 < len(entry.with_) else [t for t in pool if _particle_ok(t, token, entry)]
        hit = next((t for t in words if _word_matches(t, word, lexicon) and t not in matched), None)
        if hit is None:
            return None
        matched.append(hit)
    return tuple(matched)


def _particle_ok(word: Token, trigger: Token, entry: Entry) -> bool:
    """Whether ``word`` can be the particle of a phrasal entry. A word with an object of its own is a preposition:
    below another word ("gave a speech in Riyadh", "handed a letter over the border") never the verb's particle; on
    the verb itself only where the verb's object may be parsed as its ("took over the town", not "the speech he
    gave in Riyadh" for "gave in")."""
    if entry.particle is None or not (word.dep_ == "prep" and any(c.dep_ == "pobj" for c in word.children)):
        return True
    return entry.particle == "object" and word.head == trigger


def _misread_complement(token: Token) -> bool:
    """ "held the sailors hostage": a bare noun after the object the tagger read as a verb with no subject of its
    own; the word itself counts among the trigger's words, not the clause it would head."""
    return token.dep_ == "ccomp" and token.tag_ == "VB" and child(token, "nsubj", "aux", "mark") is None


def _word_matches(token: Token, word: str, lexicon: Lexicon) -> bool:
    if word.startswith("@"):
        return in_class(token, word[1:], lexicon)
    return lemma(token) == word or token.lower_ == word


def in_class(token: Token, name: str, lexicon: Lexicon) -> bool:
    """Whether ``token`` belongs to a word class (``human`` and ``gpe`` also accept named entities)."""
    if name == "gpe":
        return token.ent_type_ in PLACE_ENTS
    if name == "human" and token.ent_type_ in ("PERSON", "NORP"):
        return True
    if name == "place" and token.ent_type_ in PLACE_ENTS:
        return True
    if name == "armed_group":
        return names_armed_group(token)
    return lexicon.in_class(lemma(token), name) or lexicon.in_class(token.lower_, name)


def _classes_ok(token: Token, entry: Entry, lexicon: Lexicon) -> bool:
    if entry.clause and not any(c.dep_ == "ccomp" for c in token.children):
        return False
    if entry.obj:
        # the by-agent of a passive is its doer, not what is acted on ("figures released by the refugee agency")
        agents = {t.i for c in token.children if c.dep_ == "agent" for t in c.subtree}
        objects = [t for t in descendants(token, 3) if t.dep_ not in DOER_DEPS and t.i not in agents]
        objects += [c for c in token.children if c.dep_ == "nsubjpass"]
        patient = bare_clause_patient(token, lexicon.in_class(lemma(token.head), "command"))
        objects += [patient] if patient is not None else []
        if token.dep_ == "acl" and token.tag_ == "VBN":
            objects.append(token.head)
        objects += _partitive_contents(token, lexicon)
        if not any(in_class(t, name, lexicon) for t in objects for name in entry.obj) and not (
            "human" in entry.obj and _person_pronoun_object(token)
        ):
            return False
    if entry.dobj and not any(in_class(t, name, lexicon) for t in _direct_objects(token) for name in entry.dobj):
        return False
    if entry.subj:
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "poss")]
        governor = _subject_governor(token)  # "the brigade managed to enter", "came and entered"
        if not subjects and governor is not None:
            subjects = [c for c in governor.children if c.dep_ == "nsubj"]
        if not subjects:
            subjects = _participants(token, lexicon)
        subjects += _light_verb_subjects(token)
        subjects += [t for t in descendants(token, 2) if t.dep_ == "pobj" and t.head.lower_ == "by"]
        subjects += [
            g for s in list(subjects) for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
        ]
        subjects += [c for s in list(subjects) for c in s.children if c.dep_ in ("compound", "amod")]
        if not any(in_class(t, name, lexicon) for t in subjects for name in entry.subj):
            return False
    return True


def _person_pronoun_object(token: Token) -> bool:
    """ "Police released them", "they were freed": a personal pronoun as the object (or passive subject) stands
    for the people acted on; only the verb's own object counts, not a pronoun deeper in the clause."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in PEOPLE_PRONOUNS for c in token.children)


def _light_verb_subjects(token: Token) -> list[Token]:
    """ "the army continued its advance": the subject of the light verb whose object the noun is."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or lemma(token.head) not in load_cues().carriers.light:
        return []
    return [c for c in token.head.children if c.dep_ == "nsubj"]


def _participants(token: Token, lexicon: Lexicon) -> list[Token]:
    """ "thousands of teachers participated in the strike": the subject of a verb of taking part in the noun."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "in" or not lexicon.in_class(lemma(prep.head), "participation"):
        return []
    return [c for c in prep.head.children if c.dep_ == "nsubj"]


def _subject_governor(token: Token) -> Token | None:
    """The verb whose subject is also this verb's: the governor of an xcomp ("managed to enter"), of a coordinated
    verb with no subject of its own ("came on trucks, entered the centre and opened fire"), or of a purpose clause
    ("crossed the border to enter X", "crossed in order to enter X")."""
    if token.dep_ == "xcomp" or (
        token.dep_ == "conj" and token.head.pos_ == "VERB" and child(token, "nsubjpass") is None
    ):
        return token.head
    if token.tag_ != "VB" or child(token, "aux") is None or child(token, "nsubj", "nsubjpass") is not None:
        return None
    if token.dep_ == "advcl":
        return token.head
    order = token.head  # "in order to enter": the infinitive hangs on "order", under "in", under the verb
    if token.dep_ == "acl" and order.lower_ == "order" and order.head.lower_ == "in":
        return order.head.head
    return None


def _partitive_contents(token: Token, lexicon: Lexicon) -> list[Token]:
    """What a share-word object is a share of: "suspended part of its military aid program" -> program, aid."""
    found: list[Token] = []
    for obj in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
        if not lexicon.in_class(lemma(obj), "partitive"):
            continue
        for whole in (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            found += [whole, *descendants(whole, 2)]
    return found


def _direct_objects(token: Token) -> list[Token]:
    """The thing acted on: direct object or passive subject (or the noun a participle modifies), with the
    noun of its of-phrase ("destroyed one of the bridges") and its compound modifiers ("army post")."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        heads.append(token.head)
    found = list(heads)
    for head in heads:
        found += [c for c in head.children if c.dep_ == "compound"]
        found += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return found
