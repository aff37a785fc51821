"""Actors: actor phrases to a country code and a sector, as of the event's date.

``phrase`` reads one phrase against the dictionaries (``eventwire.lexicons.actors``); ``document`` adds what the
document supplies (earlier mentions, the country it is about) and returns each actor with its ``ActorFacts``;
``blame`` finds the named armed groups a short report blames for its violence.
"""
