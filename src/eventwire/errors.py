"""Typed errors: each has a stable code and a message that says what to do."""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, doc_id: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.doc_id = doc_id
        if code is not None:
            self.code = code  # a more specific code of the same family (E301 beside E300)

    def __str__(self) -> str:
        where = f"{self.doc_id}: " if self.doc_id else ""
        return f"{where}{self.message} [{self.code}]"

    def to_json(self) -> dict[str, str | None]:
        """The one JSON error shape used by the CLI (--json) and the API."""
        return {"code": self.code, "message": self.message, "doc_id": self.doc_id}


class InputError(EventwireError):
    """A document could not be read: empty, binary, mis-encoded, malformed or too large."""

    code = "E100"


class EmptyDocument(InputError):
    code = "E101"


class BinaryDocument(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class MalformedDocument(InputError):
    code = "E104"


class DocumentTooLarge(InputError):
    code = "E105"


class NotEnglish(InputError):
    code = "E106"


class ModelError(EventwireError):
    """The spaCy model is missing or broken."""

    code = "E200"


class DataFileError(EventwireError):
    """A bundled data file (lexicon, gazetteer, dictionary) is missing or invalid: E301 missing, E302 not UTF-8,
    E303 a bad row or section (the message names the file and line); raised when the coder starts."""

    code = "E300"


class KnowledgeTableError(DataFileError):
    """A table of the actor knowledge base is missing or has a bad row (the message names file and line)."""

    code = "E310"


class KnowledgeSourceError(DataFileError):
    """A source file that `eventwire kb build` reads is missing or cannot be read (the message names it)."""

    code = "E311"


class StoreError(EventwireError):
    """The SQLite store could not be opened or written."""

    code = "E400"


class FetchError(EventwireError):
    """A URL or feed could not be fetched, or was refused."""

    code = "E500"


class EvalError(EventwireError):
    """A gold or prediction file could not be scored."""

    code = "E600"


class CodingError(EventwireError):
    """Coding one document failed inside eventwire (a bug): the document is skipped, the batch goes on."""

    code = "E700"
