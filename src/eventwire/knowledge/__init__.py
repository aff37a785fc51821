"""The offline actor knowledge base: people and organisations with country, sector and dated roles.

``KnowledgeBase`` (``base.py``) loads the tables shipped under ``eventwire/data/knowledge/``;
``eventwire kb build`` (``build/``) makes them from public sources and the project's own entries.
See ``docs/knowledge.md``.
"""

from __future__ import annotations

from eventwire.knowledge.base import Ambiguity, KnowledgeBase
from eventwire.knowledge.model import Organisation, Person, Role

__all__ = ["Ambiguity", "KnowledgeBase", "Organisation", "Person", "Role"]
