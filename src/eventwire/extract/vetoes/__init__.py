"""Vetoes: trigger matches that are no event (figurative, generic, background, non-political, ...)."""
