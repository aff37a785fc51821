"""The extraction steps, registered in the order they run: a new rule is a module and one line here.

Each line names the step (``kind.rule``, whose first part is its kind: ``extract/registry.py`` says what each kind
decides and how it is called), the data sections it and the helpers it calls read (``file:section`` under
``data/extract/``) and its function. Steps of one kind
run in the order of this list; ``docs/extraction.md`` has the table of them (``step_table()``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.extract import dedup, modes, status
from eventwire.extract.derived import backing, charges, counterparts, exercises, no_longer, pairs, speakers, stated
from eventwire.extract.parties import attribution, find, harmed, refine
from eventwire.extract.registry import STEPS
from eventwire.extract.vetoes import (
    admitted_facts,
    averted,
    background,
    bare_participles,
    contents,
    empty_requests,
    figurative,
    generic_statements,
    headings,
    lone_talk,
    mere_warnings,
    natural_deaths,
    non_events,
    non_political,
    other_senses,
    postures,
    private_travel,
    restated,
    unreal,
    void_claims,
)

__all__ = ["step_table", "with_step_table", "write_step_table"]

TABLE_START, TABLE_END = "<!-- steps: start -->", "<!-- steps: end -->"
CUES = "cues.yaml"
CLASSES = "classes.yaml"
TRIGGERS = "triggers.tsv"


def _register(name: str, reads: tuple[str, ...], func: Callable[..., Any]) -> None:
    """Register ``func`` as step ``name``, of the kind its name begins with."""
    kind = name.split(".", 1)[0]
    STEPS.register(name, kind, reads)(func)


def cue(*sections: str) -> tuple[str, ...]:
    return tuple(f"{CUES}:{s}" for s in sections)


def word_class(*names: str) -> tuple[str, ...]:
    return tuple(f"{CLASSES}:{n}" for n in names)


# vetoes: a trigger match that is no event
_register("veto.content_of_another", word_class("command"), contents.content_of_another)
_register("veto.requested_act", word_class("command"), contents.requested_act)
_register("veto.restated", (), restated.restated)
_register("veto.section_heading", (), headings.in_heading)
_register("veto.background", cue("background"), background.background_mention)
_register("veto.alleged_act", cue("charges"), charges.alleged_act)
_register("veto.ordered_act", word_class("command"), empty_requests.ordered_act)
_register("veto.standing_participle", cue("standing_participles"), postures.standing_posture)
_register("veto.generic_statement", (), generic_statements.generic)
_register("veto.bare_participle", (), bare_participles.bare_participle)
_register("veto.void_claim", (), void_claims.claim_naming_no_attack)
_register("veto.unlikely", cue("non_events"), non_events.unlikely)
_register("veto.habit", cue("non_events"), non_events.habitual)
_register("veto.rule_in_abstract", cue("non_events"), non_events.rule_in_abstract)
_register("veto.compelled_goal", cue("non_events"), non_events.compelled_goal)
_register("veto.purpose", cue("non_events"), unreal.purpose)
_register("veto.advised", cue("non_events"), unreal.advised)
_register("veto.counterfactual", cue("non_events"), unreal.counterfactual)
_register("veto.question", cue("non_events"), unreal.question)
_register("veto.figurative", cue("figurative"), figurative.figurative)
_register("veto.lone_talk", cue("travel"), lone_talk.lone_talk)
_register("veto.backing_means", word_class("backing"), backing.backing_means)
_register("veto.other_sense", cue("other_senses", "class_groups"), other_senses.other_sense)

# who did it to whom: the first finder that answers
_register("parties.harmed", (TRIGGERS,), harmed.harmed_finder)
_register("parties.ing_doers", cue("class_groups"), find.ing_doers)
_register(
    "parties.dependency",
    (
        *cue("actors", "carriers", "parties", "documents", "class_groups", "country_short_names"),
        *word_class("restriction", "troop", "device", "mediation", "participation", "receiving", "freeing", "protest"),
    ),
    find.dependency_parties,
)
_register(
    "party_rule.doer_behind_means",
    (*cue("class_groups", "documents", "country_short_names"), *word_class("device")),
    refine.doer_behind_means,
)
_register("party_rule.bare_and_ordered_clauses", word_class("command"), refine.bare_and_ordered_clauses)
_register("party_rule.document_issuer", cue("documents"), refine.document_issuer)
_register("party_rule.own_word_partner", cue("actors"), refine.own_word_partner)
_register(
    "party_rule.target_party",
    (*cue("actors", "parties", "class_groups"), *word_class("restriction")),
    refine.target_party,
)
_register("party_rule.owner_of_holdings", cue("actors", "parties"), refine.owner_of_holdings)
_register(
    "party_rule.counted_people", (*cue("actors", "class_groups"), *word_class("headcount")), refine.counted_people
)
_register("party_rule.named_conjuncts", (), refine.named_conjuncts)
_register("party_rule.coordination", cue("actors"), refine.coordination)
_register("party_rule.place_as_target", (*cue("parties"), *word_class("arrival")), refine.place_as_target)
_register("party_rule.drop_times", (), refine.drop_times)
_register("party_rule.titled_name", cue("parties"), refine.titled_name)
_register("party_rule.drop_own_words", (), refine.drop_own_words)
_register("party_rule.reciprocal", word_class("reciprocal"), refine.reciprocal)

# vetoes that need the parties
_register("party_veto.sports", cue("nonevent"), non_political.sports_report)
_register("party_veto.markets", (*cue("nonevent", "actors"), *word_class("partitive")), non_political.market_report)
_register("party_veto.disaster", cue("nonevent"), non_political.disaster_report)
_register("party_veto.mere_warning", cue("alerts", "actors"), mere_warnings.mere_warning)
_register("party_veto.private_travel", cue("travel"), private_travel.private_journey)
_register("party_veto.writers_meeting", cue("travel"), private_travel.writers_meeting)
_register("party_veto.admitted_fact", cue("facts"), admitted_facts.admitted_fact)
_register("party_veto.empty_request", cue("asks"), empty_requests.empty_request)
_register("party_veto.natural_death", cue("nonevent"), natural_deaths.died_naturally)
_register(
    "party_veto.averted_danger",
    (*cue("status"), *word_class("averting", "protecting", "near_miss")),
    averted.averted_danger,
)
_register("party_veto.generic_you", cue("non_events", "status"), generic_statements.generic_you)
_register("party_veto.needs_political_actor", cue("nonevent", "actors"), non_political.no_political_party)

# coding
_register("mode.assault", cue("assault_modes"), modes.assault_mode)
_register("retype.joint_exercise", word_class("exercise", "side"), exercises.joint_exercise)
_register("retype.no_longer", (), no_longer.no_longer)
_register(
    "retype.military_backing",
    (*cue("class_groups"), *word_class("backing", "cover", "fire_support")),
    backing.military_backing,
)
_register("status.cues", cue("status", "attribution"), status.trigger_status)
_register("attribution.speaker", cue("attribution"), attribution.reporting_source)

# events told by other events
_register("derived.refusal", cue("intent"), stated.refusals)
_register("derived.stated_intent", cue("intent", "attribution"), stated.stated_intents)
_register("derived.charges", cue("charges"), charges.charge_accusations)
_register("derived.obligation", cue("intent", "attribution", "actors"), stated.obligation_requests)
_register("derived.stated_readiness", cue("intent"), stated.readiness)
_register("derived.between_pairs", (), pairs.paired_events)
_register("derived.coordinated_speakers", cue("statements"), speakers.coordinated_speakers)
_register("derived_veto.business_news", cue("nonevent", "actors"), non_political.business_news)

# the document's events revised
_register(
    "counterpart.protest_forces",
    word_class("police", "crowd", "intervention", "reciprocal"),
    counterparts.protest_counterparts,
)
_register("dedup.backup_triggers", (TRIGGERS,), dedup.backup_triggers)
_register("dedup.repeated_mentions", (), dedup.repeated_mentions)
_register(
    "dedup.attacks_told_by_their_toll",
    (TRIGGERS, *cue("casualty_verbs", "casualty_means")),
    dedup.attacks_told_by_their_toll,
)
_register("dedup.one_per_act", (TRIGGERS, *cue("carriers", "status")), dedup.one_per_act)
_register("dedup.casualty_tolls", (TRIGGERS, *cue("casualty_verbs", "casualty_additions")), dedup.casualty_tolls)
_register("dedup.joint_casualties", cue("casualty_verbs"), dedup.joint_casualties)


def step_table() -> str:
    """The steps as a Markdown table (step, kind, what it decides, data read), for ``docs/extraction.md``."""
    lines = ["| step | kind | decides | reads |", "|---|---|---|---|"]
    for step in STEPS.steps.values():
        reads = ", ".join(f"`{r}`" for r in step.reads) or "–"
        decides = step.doc.replace("``", "`").replace("|", "\\|")
        lines.append(f"| `{step.name}` | {step.kind} | {decides} | {reads} |")
    return "\n".join(lines)


def with_step_table(text: str) -> str:
    """``text`` (``docs/extraction.md``) with the step table between its markers replaced by the current one."""
    head, found, rest = text.partition(TABLE_START)
    _, end, tail = rest.partition(TABLE_END)
    if not found or not end:
        raise ValueError(f"no {TABLE_START} ... {TABLE_END} markers to put the step table between")
    return f"{head}{TABLE_START}\n{step_table()}\n{TABLE_END}{tail}"


def write_step_table(path: str) -> None:
    """Rewrite the step table of the document at ``path`` (``make docs`` runs this for docs/extraction.md)."""
    doc = Path(path)
    doc.write_text(with_step_table(doc.read_text(encoding="utf-8")), encoding="utf-8")
