"""Derived events: events coded from the way other events are reported, and retyped events."""
