"""Misspelt trigger words: an unknown word one keystroke away from a form of exactly one trigger lemma.

Only words the language model does not know and of at least ``MIN_LENGTH`` letters are corrected, so real words
("rioting", "protester") and short ones, where one edit reaches too many other words, are left alone.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.lexicons.triggers import load_lexicon

MIN_LENGTH = 8


def corrected_lemma(token: Token) -> str | None:
    """The trigger lemma a misspelt word stands for ("attakced" -> "attack"), else None."""
    word = token.lower_
    if len(word) < MIN_LENGTH or not word.isalpha() or not token.is_oov:
        return None
    return _correction(word)


@lru_cache(maxsize=4096)
def _correction(word: str) -> str | None:
    by_length = _forms_by_length()
    near = [
        (form, lemma)
        for size in (len(word) - 1, len(word), len(word) + 1)
        for form, lemma in by_length.get(size, ())
        if within_one_edit(word, form)
    ]
    exact = {lemma for form, lemma in near if form == word}  # a regular ending on a stem ("attackes")
    found = exact or {lemma for _, lemma in near}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _forms_by_length() -> dict[int, tuple[tuple[str, str], ...]]:
    """Regular inflections of every one-word trigger lemma, each with its lemma, by the inflection's length."""
    lemmas = {lemma for lemma in load_lexicon().entries if lemma.isalpha()}
    forms = [(form, lemma) for lemma in sorted(lemmas) for form in inflections(lemma)]
    return {size: tuple(f for f in forms if len(f[0]) == size) for size in {len(form) for form, _ in forms}}


def inflections(lemma: str) -> set[str]:
    """The lemma with its regular endings: -s, -es, -ed, -ing (dropping a final e, turning a final y into i)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return forms


def within_one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one insertion, deletion, substitution or swap of neighbours (or none)."""
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        rest_a, rest_b = a[start + 1 :], b[start + 1 :]
        swapped = a[start : start + 2] == b[start : start + 2][::-1] and a[start + 2 :] == b[start + 2 :]
        return rest_a == rest_b or swapped
    return len(b) - len(a) == 1 and a[start:] == b[start + 1 :]
