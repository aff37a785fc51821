"""Triggers: the words that express an event, matched against the trigger lexicon."""
