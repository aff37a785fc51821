"""The trigger lexicon and cue files load, validate, and reject malformed entries."""

from __future__ import annotations

import pytest

from eventwire.lexicons.cues import load_cues
from eventwire.lexicons.triggers import (
    PLOVER_TYPES,
    LexiconError,
    load_classes,
    load_lexicon,
    parse_triggers,
)


def test_bundled_lexicon_loads_and_covers_every_plover_type() -> None:
    lexicon = load_lexicon()
    assert {e.type for e in lexicon.all_entries} == PLOVER_TYPES


def test_every_entry_has_a_valid_cameo_code_and_reliability() -> None:
    for entry in load_lexicon().all_entries:
        assert entry.cameo is None or (entry.cameo.isdigit() and 2 <= len(entry.cameo) <= 4), entry
        assert 0 < entry.reliability <= 1, entry


def test_no_duplicate_entries() -> None:
    keys = [(e.lemma, e.with_, e.pos, e.type, e.obj, e.dobj, e.subj) for e in load_lexicon().all_entries]
    assert len(keys) == len(set(keys))


def test_more_specific_entries_are_tried_first() -> None:
    entries = load_lexicon().for_lemma("speak")
    assert entries[0].with_, "speak + phone must come before bare speak"


def test_cues_have_all_sections() -> None:
    status = load_cues().status
    assert status.aux["will"] == "planned"
    assert status.governor["refuse"] == "negated"
    assert status.governor["attempt"] == "asserted"  # an attempted act was made
    assert set(status.governor.values()) <= {"asserted", "planned", "hypothetical", "negated"}


def test_unknown_type_is_rejected_with_line_number() -> None:
    with pytest.raises(LexiconError, match="line 1"):
        parse_triggers("meet\t-\tV\tMEET\t-\t040\t0.7\t-", load_classes())


def test_unknown_word_class_is_rejected() -> None:
    with pytest.raises(LexiconError, match="word class"):
        parse_triggers("send\t-\tV\tAID\t-\t070\t0.7\tobj=nonsense", load_classes())


def test_constraints_are_parsed() -> None:
    (entry,) = parse_triggers("send\t-\tV\tAID\tmilitary\t072\t0.7\tobj=weapon;actor", load_classes())
    assert entry.obj == ("weapon",)
    assert entry.needs_actor
    assert entry.mode == "military"


def test_direct_object_constraint_is_parsed_and_checked() -> None:
    (entry,) = parse_triggers("storm\t-\tV\tASSAULT\t-\t180\t0.5\tdobj=place,property", load_classes())
    assert entry.dobj == ("place", "property")
    assert entry.obj == ()
    assert entry.specificity == 1
    with pytest.raises(LexiconError, match="word class"):
        parse_triggers("storm\t-\tV\tASSAULT\t-\t180\t0.5\tdobj=nonsense", load_classes())


def test_harmed_constraint_must_name_subj_or_obj() -> None:
    with pytest.raises(LexiconError, match="harmed="):
        parse_triggers("find\t-\tV\tASSAULT\t-\t180\t0.6\tharmed=agent", {})


def test_harmed_constraint_is_read() -> None:
    (entry,) = parse_triggers("sustain\t-\tV\tASSAULT\t-\t180\t0.6\tharmed=subj", {})
    assert entry.harmed == "subj"


def test_every_kind_modifier_is_a_trigger_lemma() -> None:
    lexicon = load_lexicon()
    for word in load_cues().kind_modifiers:
        assert lexicon.for_lemma(word), f"kind_modifiers names {word!r}, which has no lexicon entry"


def test_no_retreat_entry_codes_lifted_restrictions() -> None:
    for entry in load_lexicon().all_entries:
        if entry.type == "RETREAT":
            assert "restriction" not in (*entry.obj, *entry.dobj), entry


def test_particle_constraint_is_read_and_must_name_alone_or_object() -> None:
    (entry,) = parse_triggers("give\tin\tV\tCONCEDE\t-\t080\t0.6\tactor;particle=alone", {})
    assert entry.particle == "alone"
    assert entry.needs_actor
    with pytest.raises(LexiconError, match="particle="):
        parse_triggers("take\tover\tV\tASSAULT\t-\t190\t0.6\tparticle=sometimes", {})
