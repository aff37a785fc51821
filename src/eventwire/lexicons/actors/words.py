"""The words the actor rules read (``data/actors/words.yaml``): open-class word lists, as one typed record.

Sets are for membership tests; the tuples keep the file's order, for the patterns that alternate between the
words (``lexicons.wordlists.alternation``). Every section must be present and be a list of words: a renamed or
misspelt section fails at start-up, naming its line, instead of switching a rule off.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.files import loader, read_yaml
from eventwire.lexicons.wordlists import ordered_words

__all__ = ["ActorWords", "load_actor_words"]

FILE = "actors/words.yaml"


@dataclass(frozen=True, slots=True)
class ActorWords:
    """The sections of ``words.yaml`` (see the file for what each is for)."""

    staff_nouns: frozenset[str]
    body_nouns: frozenset[str]
    country_nouns: frozenset[str]
    both_sides: frozenset[str]
    head_breaks: tuple[str, ...]
    former_words: tuple[str, ...]
    loyalty_words: tuple[str, ...]
    admin_nouns: tuple[str, ...]
    origin_words: tuple[str, ...]
    land_nouns: tuple[str, ...]
    compass_words: tuple[str, ...]
    name_particles: frozenset[str]
    honorifics: frozenset[str]
    foreign_words: frozenset[str]
    region_names: frozenset[str]
    plural_states: frozenset[str]
    speech_verbs: frozenset[str]
    visitor_nouns: frozenset[str]
    moving_verbs: frozenset[str]
    blame_verbs: frozenset[str]
    responsibility_verbs: frozenset[str]
    responsibility_nouns: frozenset[str]
    suspicion_words: frozenset[str]
    attack_nouns: frozenset[str]
    retold_attack_nouns: frozenset[str]
    retold_determiners: frozenset[str]
    clause_harm_verbs: frozenset[str]
    dying_verbs: frozenset[str]
    arrest_verbs: frozenset[str]
    on_blame_verbs: frozenset[str]
    clash_words: frozenset[str]
    host_participles: tuple[str, ...]
    denial_verbs: frozenset[str]
    accusation_verbs: frozenset[str]
    placing_words: frozenset[str]
    time_conjunctions: frozenset[str]


@loader
def load_actor_words() -> ActorWords:
    """The word lists of ``words.yaml``, checked."""
    section = read_yaml(FILE)

    def words(key: str) -> frozenset[str]:
        return frozenset(ordered_words(section, key))

    def ordered(key: str) -> tuple[str, ...]:
        return ordered_words(section, key)

    return ActorWords(
        staff_nouns=words("staff_nouns"),
        body_nouns=words("body_nouns"),
        country_nouns=words("country_nouns"),
        both_sides=words("both_sides"),
        head_breaks=ordered("head_breaks"),
        former_words=ordered("former_words"),
        loyalty_words=ordered("loyalty_words"),
        admin_nouns=ordered("admin_nouns"),
        origin_words=ordered("origin_words"),
        land_nouns=ordered("land_nouns"),
        compass_words=ordered("compass_words"),
        name_particles=words("name_particles"),
        honorifics=words("honorifics"),
        foreign_words=words("foreign_words"),
        region_names=words("region_names"),
        plural_states=words("plural_states"),
        speech_verbs=words("speech_verbs"),
        visitor_nouns=words("visitor_nouns"),
        moving_verbs=words("moving_verbs"),
        blame_verbs=words("blame_verbs"),
        responsibility_verbs=words("responsibility_verbs"),
        responsibility_nouns=words("responsibility_nouns"),
        suspicion_words=words("suspicion_words"),
        attack_nouns=words("attack_nouns"),
        retold_attack_nouns=words("retold_attack_nouns"),
        retold_determiners=words("retold_determiners"),
        clause_harm_verbs=words("clause_harm_verbs"),
        dying_verbs=words("dying_verbs"),
        arrest_verbs=words("arrest_verbs"),
        on_blame_verbs=words("on_blame_verbs"),
        clash_words=words("clash_words"),
        host_participles=ordered("host_participles"),
        denial_verbs=words("denial_verbs"),
        accusation_verbs=words("accusation_verbs"),
        placing_words=words("placing_words"),
        time_conjunctions=words("time_conjunctions"),
    )
