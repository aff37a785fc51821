"""Parties: who did an event to whom, and who the text says reported it."""
