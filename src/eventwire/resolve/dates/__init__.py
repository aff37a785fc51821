"""Dates: date phrases in the text to date ranges, tied to the events they date.

``grammar`` finds date phrases, ``anchor`` turns them into ranges against an anchor day, ``linking`` chooses the
phrase that dates each event; their words come from ``data/dates/lexicon.yaml`` (``eventwire.lexicons.dates``).
"""
