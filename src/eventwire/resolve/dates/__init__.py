"""Dates: date phrases in the text to date ranges, tied to the events they date."""
