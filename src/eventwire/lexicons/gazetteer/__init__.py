"""The offline gazetteer: place names with coordinates, countries and populations."""
