"""Knowledge lives in data files: no list of open-class words (nouns, verbs, adjectives) in the code.

The scan finds every collection literal of two or more word-like strings (also ``"a b c".split()``), and every
regular expression that alternates between three or more words (spelling classes such as ``defen[cs]e`` or an
optional ``s?`` count as words), in the modules that read language: ``extract/``, ``resolve/``, ``lexicons/``,
``knowledge/``, ``nlp/``, ``ingest/clean.py``, ``ingest/language.py`` and ``pipeline.py`` (the spaCy component).
The other modules (``cli/``, ``eval/``, ``formats/``, ``serve/``, ``store/``, ``schema/``, ``model.py``, the
rest of ``ingest/``) handle formats and schemas: their lists are command names, JSON keys, column names, sort
keys and statuses, which are the program's own vocabulary, not knowledge of the language, so they are not scanned.

Closed-class lists (dependency labels, parts of speech, entity labels, pronouns, determiners, quantifiers,
numerals, prepositions, auxiliaries) and our own codes (step kinds, precision names, constraint keys, rule
names, source names, table columns) may stay in code: they are named in ``ALLOWED`` below, each with the
reason, and that list is reviewed like code.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"
# The modules that read language (folders end with "/"); see the module docstring for why the others are not scanned.
SCOPE = (
    "extract/",
    "resolve/",
    "lexicons/",
    "knowledge/",
    "nlp/",
    "ingest/clean.py",
    "ingest/language.py",
    "pipeline.py",
)
WORD = re.compile(r"[a-z][a-z'-]+")
# A word of a pattern: letters, spaces, apostrophes and hyphens, with spelling classes ("[cs]", "[- ]"), optional
# letters ("s?", "'?") and escaped dots ("u\\.n\\.") inside it.
_PATTERN_WORD = r"[a-z](?:[a-z' -]|\[[a-z' -]+\]|\?|\\\.)+"
ALTERNATION = re.compile(rf"\((?:\?:)?{_PATTERN_WORD}(?:\|{_PATTERN_WORD}){{2,}}\)")

# Closed classes: a list made only of these may stay in code (spaCy's English dependency labels, and the
# function words of English: pronouns, determiners, quantifiers, small numerals, prepositions, conjunctions,
# auxiliaries, negation).
DEPENDENCY_LABELS = frozenset(
    """acl acomp advcl advmod agent amod appos attr aux auxpass case cc ccomp compound conj csubj csubjpass dative
    dep det dobj expl intj mark meta neg nmod npadvmod npmod nsubj nsubjpass nummod oprd parataxis pcomp pobj
    poss preconj predet prep prt punct quantmod relcl root xcomp""".split()  # noqa: SIM905
)
FUNCTION_WORDS = frozenset(
    """i me my mine myself you your yours yourself he him his himself she her hers herself it its itself we us our
    ours ourselves they them their theirs themselves who whom whose which that what whoever whatever this these
    those one ones anyone anybody everyone everybody someone somebody nobody none noone
    a an the some any no every each all both either neither another other others such
    about above across after against along alongside amid amidst among amongst around as at before behind below
    beneath beside besides between beyond by despite down during except following for from in inside into like
    near of off on onto opposite out outside over past per since than through throughout till to toward towards
    under underneath unlike until up upon versus via with within without ahead
    and or but nor so yet if unless because while whereas whilst although though whether then
    be is are was were been being am have has had having do does did will would shall should may might must can
    could ca wo 'll not n't never st nd rd th
    many several few much more most less least two three four five six seven eight nine ten""".split()  # noqa: SIM905
)
CLOSED = DEPENDENCY_LABELS | FUNCTION_WORDS

# (module path under src/eventwire, name assigned): why this list of other words may stay in code
ALLOWED: dict[tuple[str, str], str] = {
    ("extract/registry.py", "KINDS"): "our codes: the kinds of extraction step",
    ("knowledge/build/names.py", "LOWER_PARTICLES"): "closed class: the particles of names (al, bin, de, van, von)",
    ("knowledge/build/names.py", "ROMAN"): "closed class: Roman numerals of regnal names",
    ("knowledge/build/names.py", "SMALL_WORDS"): "closed class: articles and prepositions (English, French, Arabic)",
    ("knowledge/build/own.py", "GROUP_KINDS"): "our codes: the kinds of group of groups.tsv",
    ("knowledge/build/records.py", "SOURCE_ORDER"): "our codes: the knowledge base's source names",
    ("knowledge/coverage.py", "PARTICLES"): "closed class: particles of names and the function words that join them",
    ("knowledge/model.py", "ORGANISATION_KINDS"): "our codes: the kinds of organisation of the tables",
    ("knowledge/tables.py", "PEOPLE_COLUMNS"): "our codes: table columns",
    ("knowledge/tables.py", "ROLE_COLUMNS"): "our codes: table columns",
    ("knowledge/tables.py", "ORGANISATION_COLUMNS"): "our codes: table columns",
    ("lexicons/actors/groups.py", "GROUP_KINDS"): "our codes: the kinds of group of groups.tsv",
    ("lexicons/actors/offices.py", "SECTIONS"): "our codes: the section names of offices.yaml",
    ("lexicons/boilerplate.py", "KEYS"): "our codes: the keys of an entry of boilerplate.yaml",
    ("lexicons/places/regions.py", "PRECISIONS"): "our codes: precision names",
    ("lexicons/triggers.py", "CONSTRAINT_KEYS"): "our codes: the constraint keys of triggers.tsv",
    ("nlp/strings.py", "body"): "our codes: the JSON keys of the model's lean strings file",
    ("resolve/dates/anchor.py", "ABSOLUTE_RULES"): "our codes: the names of the absolute-date rules",
    ("resolve/dates/anchor.py", "_HANDLERS"): "our codes: the same rule names, each with its function",
    ("resolve/dates/linking.py", "_RANKS"): "our codes: how a date phrase relates to an event (own, governing, ...)",
    ("resolve/dates/linking.py", "_SAME_TIME"): "closed class: subordinators of a clause at the main clause's time",
    ("resolve/dates/context.py", "_COARSE_UNITS"): "closed class: calendar units a count may count in",
    ("resolve/dates/context.py", "_UNIT_ORDER"): "closed class: calendar units, fine to coarse",
    ("resolve/home.py", "STATE_PRECISIONS"): "our codes: precision names",
    ("resolve/places/event.py", "BREADTH"): "our codes: precision names",
}


def _names(node: ast.AST) -> list[str]:
    """The names an assignment binds (``X = ...``, ``X: T = ...``, ``self.x = ...``)."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
    out = []
    for target in targets:
        if isinstance(target, ast.Name):
            out.append(target.id)
        elif isinstance(target, ast.Attribute):
            out.append(target.attr)
    return out


def _strings(node: ast.AST) -> list[str]:
    """The string elements of a collection literal (or of ``frozenset({...})``/``set([...])`` around one), or the
    words of ``"a b c".split()``."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
        and not node.args
    ):
        return node.func.value.value.split()
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple"):
        return _strings(node.args[0]) if node.args else []
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Dict):
        return [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    return []


def scanned() -> Iterator[tuple[str, ast.AST]]:
    """(module, tree) of every module in ``SCOPE``."""
    for path in sorted(SRC.rglob("*.py")):
        module = path.relative_to(SRC).as_posix()
        if module.startswith(SCOPE):
            yield module, ast.parse(path.read_text(encoding="utf-8"))


def lists_in(tree: ast.AST) -> Iterator[tuple[str, int, list[str]]]:
    """(name, line, words) of every word list bound to a name in ``tree``."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None or "__all__" in _names(node):
            continue
        words = [s for s in _strings(node.value) if WORD.fullmatch(s)]
        if len(words) >= 2 and not set(words) <= CLOSED:
            for name in _names(node) or ["<unnamed>"]:
                yield name, node.lineno, words


def patterns_in(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, pattern) of every string constant of ``tree`` that alternates between three or more words, not all
    closed-class."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        for match in ALTERNATION.finditer(node.value):
            words = {w.strip() for w in match.group(0).strip("()").removeprefix("?:").split("|")}
            if not words <= CLOSED:
                yield node.lineno, node.value
                break


def word_lists() -> Iterator[tuple[str, str, int, list[str]]]:
    """(module, name, line, words) of every word list bound to a name in the scanned modules."""
    for module, tree in scanned():
        for name, line, words in lists_in(tree):
            yield module, name, line, words


def word_regexes() -> Iterator[tuple[str, int, str]]:
    """(module, line, pattern) of every word-alternation pattern in the scanned modules."""
    for module, tree in scanned():
        for line, pattern in patterns_in(tree):
            yield module, line, pattern


def test_no_open_class_word_lists_in_code() -> None:
    found = [f"{m}:{line} {name} {words[:4]}" for m, name, line, words in word_lists() if (m, name) not in ALLOWED]
    assert not found, "move these word lists to data files (or allow a closed-class one):\n" + "\n".join(found)


def test_no_word_alternation_regexes_in_code() -> None:
    found = [f"{m}:{line} {pattern[:60]}" for m, line, pattern in word_regexes()]
    assert not found, "build these patterns from data-file word lists:\n" + "\n".join(found)


def test_every_allowed_list_still_exists() -> None:
    present = {(m, name) for m, name, _, _ in word_lists()}
    assert not set(ALLOWED) - present


@pytest.mark.parametrize("entry", SCOPE)
def test_every_scanned_module_exists(entry: str) -> None:
    """A folder or module of the scope that is renamed must be renamed here too, or it would silently go unscanned."""
    assert (SRC / entry).exists()


def _parse(source: str) -> ast.AST:
    return ast.parse(source)


def test_a_set_of_nouns_is_found() -> None:
    assert [name for name, _, _ in lists_in(_parse('ARMED = frozenset({"army", "police"})'))] == ["ARMED"]


def test_the_words_of_a_split_string_are_found() -> None:
    assert [name for name, _, _ in lists_in(_parse('NOUNS = "army police navy".split()'))] == ["NOUNS"]


def test_a_list_of_function_words_is_not_found() -> None:
    assert not list(lists_in(_parse('PREPS = ("of", "in", "by")')))


def test_a_pattern_alternating_between_nouns_is_found() -> None:
    assert list(patterns_in(_parse(r'ORG = r"\b(ministry|army|police)\b"')))


def test_a_pattern_with_spelling_classes_is_found() -> None:
    assert list(patterns_in(_parse(r'ORG = r"\b(forces?|army|organi[sz]ation|u\.n\.|al[- ]qaeda)\b"')))


def test_a_pattern_of_determiners_is_not_found() -> None:
    assert not list(patterns_in(_parse(r'DET = r"^(?:the|a|an|some|many|two)\s+"')))
