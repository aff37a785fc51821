"""Dates by clause: tense and aspect, the clause's own date words, quotations, spans, and what falls back on the
story's day, the publication date or no date at all (loads the spaCy model, so marked slow)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.extract.raw import RawEvent
from eventwire.model import EventDate, Status
from eventwire.resolve.dates.linking import event_date

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 3, 8)  # a Friday


def _date_of(
    nlp: Language,
    text: str,
    trigger: str,
    status: Status = "asserted",
    kind: str = "ASSAULT",
    nth: int = 0,
    published: date = PUBLISHED,
) -> EventDate | None:
    doc = nlp(text)
    token = [t for t in doc if t.text == trigger][nth]
    raw = RawEvent(type=kind, trigger=doc[token.i : token.i + 1], sentence=token.sent, status=status)
    return event_date(raw, published)


def _range(when: EventDate | None) -> tuple[str, str]:
    assert when is not None
    return when.start.isoformat(), when.end.isoformat()


def _is_publication(when: EventDate | None, published: date = PUBLISHED) -> bool:
    return when is not None and when.start == when.end == published and when.text is None


# --- past perfect: background -------------------------------------------------------------------------------


def test_a_background_act_with_nothing_to_date_it_gets_no_date(nlp: Language) -> None:
    text = "The families fled to the hills. The militia had attacked the next village."
    assert _date_of(nlp, text, "attacked") is None


def test_a_background_act_takes_the_year_its_narrative_has_reached(nlp: Language) -> None:
    text = (
        "It was 2016 and we lived near the border. Our neighbours kept goats. We were happy there. "
        "Then, one October morning, we heard that the militia had raided the market."
    )
    assert _range(_date_of(nlp, text, "raided")) == ("2016-10-01", "2016-10-31")


def test_reported_speech_shifted_back_is_not_background(nlp: Language) -> None:
    assert _is_publication(_date_of(nlp, "“The gunmen had burned the school,” a teacher said.", "burned"))
    assert _is_publication(_date_of(nlp, "According to officials, the soldiers had freed 40 hostages.", "freed"))


def test_a_recent_past_perfect_is_not_background(nlp: Language) -> None:
    assert _is_publication(_date_of(nlp, "The opposition leader had recently complained of threats.", "complained"))


def test_a_past_perfect_clause_takes_no_date_from_another_clause(nlp: Language) -> None:
    text = "On Tuesday the army entered the town, which the rebels had shelled for weeks."
    assert _date_of(nlp, text, "shelled") is None


# --- quotations keep their own time --------------------------------------------------------------------------


def test_a_date_inside_a_quotation_does_not_date_the_act_around_it(nlp: Language) -> None:
    text = "The group posted a recording, saying “next week we will be victorious” and urging supporters to fight on."
    assert _is_publication(_date_of(nlp, text, "urging", kind="REQUEST"))


def test_a_date_inside_a_quotation_dates_what_the_quotation_says(nlp: Language) -> None:
    text = "“We will meet their envoys on Tuesday,” the minister said."
    assert _range(_date_of(nlp, text, "meet", status="planned", kind="CONSULT")) == ("2019-03-12", "2019-03-12")


# --- spans ---------------------------------------------------------------------------------------------------


def test_since_gives_a_span_to_the_publication_date_not_the_claims_date(nlp: Language) -> None:
    text = "The ministry’s claim last week that its drones killed 300 fighters since 2015 drew scorn."
    when = _date_of(nlp, text, "killed")
    assert _range(when) == ("2015-01-01", "2019-03-08")
    assert when is not None
    assert when.precision == "day"


def test_since_dates_both_verbs_that_share_it(nlp: Language) -> None:
    text = "The militia has been raiding and burning villages since 2016."
    assert _range(_date_of(nlp, text, "raiding")) == ("2016-01-01", "2019-03-08")
    assert _range(_date_of(nlp, text, "burning")) == ("2016-01-01", "2019-03-08")


def test_a_since_clause_with_its_own_date_opens_the_events_span(nlp: Language) -> None:
    text = "The envoy has made several trips to the capital since he took office in 2012."
    assert _range(_date_of(nlp, text, "made", kind="CONSULT")) == ("2012-01-01", "2019-03-08")


def test_a_since_phrase_naming_a_dated_happening_opens_the_events_span(nlp: Language) -> None:
    text = "Dozens of officers have been held in prison since the failed coup attempt in 2016."
    assert _range(_date_of(nlp, text, "held", kind="COERCE")) == ("2016-01-01", "2019-03-08")


def test_the_happening_a_since_clause_names_keeps_its_own_date(nlp: Language) -> None:
    text = "Troops have occupied the town since they seized it from the rebels in March 2017."
    assert _range(_date_of(nlp, text, "seized")) == ("2017-03-01", "2017-03-31")


def test_since_after_a_superlative_opens_no_span(nlp: Language) -> None:
    text = "It was the deadliest attack since the bombing of the embassy in 2015."
    assert _is_publication(_date_of(nlp, text, "attack"))


def test_a_clause_describing_the_date_of_a_span_is_dated_by_it(nlp: Language) -> None:
    text = "Gunmen have harassed the region since 2011, when the army sent troops across the border."
    assert _range(_date_of(nlp, text, "sent", kind="MOBILIZE")) == ("2011-01-01", "2011-12-31")
    assert _range(_date_of(nlp, text, "harassed")) == ("2011-01-01", "2019-03-08")


# --- the clause's own date words -----------------------------------------------------------------------------


def test_a_date_in_a_concessive_clause_does_not_date_the_main_clause(nlp: Language) -> None:
    text = "Although the rebels have lost ground over the past year, their commander denied the group was weakened."
    assert _is_publication(_date_of(nlp, text, "denied", kind="REJECT"))


def test_a_date_in_a_relative_clause_does_not_date_the_main_clause(nlp: Language) -> None:
    text = "Workers held a strike on Monday against the new tax, which closed hundreds of shops last year."
    assert _range(_date_of(nlp, text, "strike", kind="PROTEST")) == ("2019-03-04", "2019-03-04")


def test_a_date_inside_an_aside_between_dashes_dates_only_the_aside(nlp: Language) -> None:
    text = "The blockade has closed the clinics — there were 40 of them last year — in the valley, aid groups said."
    assert _is_publication(_date_of(nlp, text, "closed", kind="COERCE"))


def test_a_date_inside_parentheses_dates_only_the_aside(nlp: Language) -> None:
    text = "Troops shelled the town (which fell to the rebels in 2015) on Tuesday."
    assert _range(_date_of(nlp, text, "shelled")) == ("2019-03-05", "2019-03-05")


def test_a_clause_describing_the_event_dates_it(nlp: Language) -> None:
    text = "The talks could speed up the withdrawal from the region, announced by the minister in December."
    assert _range(_date_of(nlp, text, "withdrawal", status="hypothetical", kind="RETREAT")) == (
        "2018-12-01",
        "2018-12-31",
    )


def test_a_comparison_with_do_dates_the_act(nlp: Language) -> None:
    text = "The president weakens the alliance by withdrawing troops, as he did last week."
    assert _range(_date_of(nlp, text, "withdrawing", kind="RETREAT")) == ("2019-02-25", "2019-03-03")


def test_a_phrase_opening_the_sentence_frames_all_of_it(nlp: Language) -> None:
    text = "Last year, the president was so angry about the pictures that he ordered a strike on the airfield."
    assert _range(_date_of(nlp, text, "ordered")) == ("2018-01-01", "2018-12-31")


def test_a_phrase_counting_from_another_act_dates_only_its_own_clause(nlp: Language) -> None:
    text = "Two guards were attacked at the gate, and the same men were attacked two days earlier in the market."
    assert _is_publication(_date_of(nlp, text, "attacked", nth=0))


def test_a_count_of_months_counts_from_the_month_the_paragraph_narrates(nlp: Language) -> None:
    text = "In October 2018 the army tested a new drone. Two months later, it deployed 300 drones in a parade."
    assert _range(_date_of(nlp, text, "deployed", kind="MOBILIZE")) == ("2018-12-01", "2018-12-31")


def test_a_past_act_counted_from_an_undated_one_gets_no_date(nlp: Language) -> None:
    text = "The rebels seized the town. Two months later, the army retook it."
    assert _date_of(nlp, text, "retook") is None


def test_a_named_day_wins_over_one_counted_from_another_act(nlp: Language) -> None:
    text = "On 5 March, traders protested against an assault on a vendor by a police officer the day before."
    assert _range(_date_of(nlp, text, "protested", kind="PROTEST")) == ("2019-03-05", "2019-03-05")


def test_a_present_perfect_shared_by_two_verbs_takes_no_narrated_year(nlp: Language) -> None:
    text = (
        "In 2017 the reporter was jailed for a week. "
        "Rights groups have condemned his arrest and urged the government to drop the charges."
    )
    assert _is_publication(_date_of(nlp, text, "urged", kind="REQUEST"))


# --- what a verb of saying reports ---------------------------------------------------------------------------


def test_a_spoken_act_in_a_report_is_dated_by_the_saying(nlp: Language) -> None:
    text = "The rebel council said on Monday it would not take part in the talks."
    assert _range(_date_of(nlp, text, "take", kind="REJECT")) == ("2019-03-04", "2019-03-04")


def test_a_deed_in_a_report_is_not_dated_by_the_saying(nlp: Language) -> None:
    text = (
        "Fighting spread across the province. Residents fled to the hills. The army moved north. "
        "The ministry said on Monday that rebels burned the village."
    )
    assert _is_publication(_date_of(nlp, text, "burned"))


def test_a_present_demand_in_a_report_is_dated_by_the_saying(nlp: Language) -> None:
    text = "An official told reporters on Monday the council must keep the embargo in place."
    assert _range(_date_of(nlp, text, "keep", kind="SANCTION")) == ("2019-03-04", "2019-03-04")


# --- the story's day and the next sentence -------------------------------------------------------------------


def test_undated_past_acts_fall_back_on_the_day_the_opening_reports(nlp: Language) -> None:
    text = (
        "Gunmen stormed a prison in the north on Tuesday, freeing hundreds of inmates. "
        "The attack began before dawn. "
        "“They beat the guards and set fire to the gate,” a witness said."
    )
    assert _range(_date_of(nlp, text, "beat")) == ("2019-03-05", "2019-03-05")


def test_present_tense_acts_keep_the_publication_date_under_a_story_day(nlp: Language) -> None:
    text = "Gunmen stormed a prison in the north on Tuesday. Officials say the militants control the road."
    assert _is_publication(_date_of(nlp, text, "control", kind="COERCE"))


def test_a_coming_day_in_the_opening_is_not_the_story_day(nlp: Language) -> None:
    text = "Delegates will meet in Geneva on Tuesday to discuss a truce. Troops clashed with rebels near the border."
    assert _is_publication(_date_of(nlp, text, "clashed"))


def test_a_plan_in_the_opening_is_not_the_story_day(nlp: Language) -> None:
    text = "Protesters blocked roads against the decision to rerun the vote on Saturday."
    assert _is_publication(
        _date_of(nlp, text, "blocked", kind="PROTEST", published=date(2017, 10, 27)), date(2017, 10, 27)
    )


def test_a_pronoun_subject_carries_on_the_day_of_the_sentence_before(nlp: Language) -> None:
    text = (
        "The inquiry published its report on Monday. Its findings were disputed. "
        "The spokesman announced the ban late on Wednesday. He accused the envoy of bias."
    )
    assert _range(_date_of(nlp, text, "accused", kind="ACCUSE")) == ("2019-03-06", "2019-03-06")


# --- narrative years -----------------------------------------------------------------------------------------


def test_a_month_without_a_year_falls_in_the_year_the_narrative_reached(nlp: Language) -> None:
    text = "The town fell to the militants in 2014. In August, the air force began bombing their positions."
    assert _range(_date_of(nlp, text, "bombing")) == ("2014-08-01", "2014-08-31")


def test_a_span_to_the_present_sets_no_narrative_year(nlp: Language) -> None:
    text = "The army has fought the group since 2011. In January, militants attacked a base on the coast."
    assert _range(_date_of(nlp, text, "attacked")) == ("2019-01-01", "2019-01-31")


def test_a_part_of_a_year_widens_when_the_next_sentence_inherits_it(nlp: Language) -> None:
    text = "The militants first captured the city in early 2014. Dozens of prisoners were held in its stadium."
    assert _range(_date_of(nlp, text, "held", kind="COERCE")) == ("2014-01-01", "2014-12-31")
