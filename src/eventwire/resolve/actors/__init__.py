"""Actors: actor phrases to a country code and a sector, as of the event's date."""
