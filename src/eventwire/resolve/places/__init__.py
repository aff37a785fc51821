"""Places: where an event happened, chosen from the text and looked up in the gazetteer."""
