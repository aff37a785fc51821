"""Knowledge lives in data files: no list of open-class words (nouns, verbs, adjectives) in the code.

The scan finds every collection literal of two or more word-like strings, and every regular expression that
alternates between words, anywhere under ``src/eventwire``. Closed-class lists (dependency labels, parts of
speech, entity labels, pronouns, determiners, prepositions, auxiliaries, our own codes) may stay in code:
they are named in ``ALLOWED`` below, each with the reason, and that list is reviewed like code.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"
WORD = re.compile(r"[a-z][a-z'-]+")
ALTERNATION = re.compile(r"\((?:\?:)?[a-z][a-z' -]+(?:\|[a-z][a-z' -]+){2,}\)")

# Closed classes: a list made only of these may stay in code (spaCy's English dependency labels, and the
# function words of English: pronouns, determiners, prepositions, conjunctions, auxiliaries, negation).
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
    could ca wo 'll not n't never st nd rd th""".split()  # noqa: SIM905
)
CLOSED = DEPENDENCY_LABELS | FUNCTION_WORDS

# (module path under src/eventwire, name assigned): why this list of other words may stay in code
ALLOWED: dict[tuple[str, str], str] = {}


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
    """The string elements of a collection literal (or of ``frozenset({...})``/``set([...])`` around one)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple"):
        return _strings(node.args[0]) if node.args else []
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Dict):
        return [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    return []


def word_lists() -> Iterator[tuple[str, str, int, list[str]]]:
    """(module, name, line, words) of every word list bound to a name in the source."""
    for path in sorted(SRC.rglob("*.py")):
        module = path.relative_to(SRC).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None or "__all__" in _names(node):
                continue
            words = [s for s in _strings(node.value) if WORD.fullmatch(s)]
            if len(words) >= 2 and not set(words) <= CLOSED:
                for name in _names(node) or ["<unnamed>"]:
                    yield module, name, node.lineno, words


def word_regexes() -> Iterator[tuple[str, int, str]]:
    """(module, line, pattern) of every string constant that alternates between three or more words."""
    for path in sorted(SRC.rglob("*.py")):
        module = path.relative_to(SRC).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                continue
            for match in ALTERNATION.finditer(node.value):
                words = {w.strip() for w in match.group(0).strip("()").removeprefix("?:").split("|")}
                if not words <= CLOSED:
                    yield module, node.lineno, node.value


# The structure sweep (issue 12) is moving the remaining lists into data files; the marks go when it is done.
@pytest.mark.xfail(reason="word lists still being moved to data files", strict=False)
def test_no_open_class_word_lists_in_code() -> None:
    found = [f"{m}:{line} {name} {words[:4]}" for m, name, line, words in word_lists() if (m, name) not in ALLOWED]
    assert not found, "move these word lists to data files (or allow a closed-class one):\n" + "\n".join(found)


@pytest.mark.xfail(reason="word regexes still being moved to data files", strict=False)
def test_no_word_alternation_regexes_in_code() -> None:
    found = [f"{m}:{line} {pattern[:60]}" for m, line, pattern in word_regexes()]
    assert not found, "build these patterns from data-file word lists:\n" + "\n".join(found)


def test_every_allowed_list_still_exists() -> None:
    present = {(m, name) for m, name, _, _ in word_lists()}
    assert not set(ALLOWED) - present
