"""Typed errors: each has a stable code, the stage that met it, and a message that says what to do.

Codes are stable: a code, once given, keeps its meaning. ``docs/settings.md`` lists them.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "E000"
    stage = "run"
    """Where the error was met: read, fetch, ingest, code, store or eval (the CLI prints it)."""

    def __init__(
        self, message: str, *, doc_id: str | None = None, code: str | None = None, stage: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.doc_id = doc_id
        if code is not None:
            self.code = code  # a more specific code of the same family (E301 beside E300)
        if stage is not None:
            self.stage = stage

    def __str__(self) -> str:
        where = f"{self.doc_id}: " if self.doc_id else ""
        return f"{where}{self.message} [{self.code}]"

    def to_json(self) -> dict[str, str | None]:
        """The one JSON error shape used by the CLI (--json) and the API."""
        return {"code": self.code, "message": self.message, "doc_id": self.doc_id, "stage": self.stage}


class InputError(EventwireError):
    """A document could not be read: empty, binary, mis-encoded, malformed or too large."""

    code = "E100"
    stage = "read"


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
    """Stored (by ingest) and reported, but not coded: the coder reads English only."""

    code = "E106"
    stage = "language"


class UnsupportedInput(InputError):
    """A file type the command does not read (e.g. a web page given to ``code``, which reads text and JSONL)."""

    code = "E107"


class MissingInput(InputError):
    """A path that does not exist (often mistyped), or a URL scheme that cannot be read."""

    code = "E108"


class UnreadableInput(InputError):
    """A file or folder the operating system will not let us read (permissions, a broken link, an I/O error)."""

    code = "E109"


class IdentityClash(InputError):
    """Every id a document could take names another text (it needs a content-hash collision to happen)."""

    code = "E111"
    stage = "identity"


class ModelError(EventwireError):
    """The spaCy model is missing or broken."""

    code = "E200"
    stage = "code"


class DataFileError(EventwireError):
    """A bundled data file (lexicon, gazetteer, dictionary) is missing or invalid: E301 missing, E302 not UTF-8,
    E303 a bad row or section (the message names the file and line); raised when the coder starts."""

    code = "E300"


class KnowledgeTableError(DataFileError):
    """A table of the actor knowledge base is missing or has a bad row (the message names file and line)."""

    code = "E312"


class KnowledgeSourceError(DataFileError):
    """A source file that `eventwire kb build` reads is missing or cannot be read (the message names it)."""

    code = "E313"


class StoreError(EventwireError):
    """The SQLite store could not be opened or written."""

    code = "E400"
    stage = "store"


class NotAStore(StoreError):
    """The --db file exists but is not an SQLite database (a text file, or a database damaged beyond reading)."""

    code = "E401"


class FetchError(EventwireError):
    """A URL or feed could not be fetched, or was refused."""

    code = "E500"
    stage = "fetch"


class EvalError(EventwireError):
    """A gold or prediction file could not be scored."""

    code = "E600"
    stage = "eval"


class CodingError(EventwireError):
    """Coding one document failed inside eventwire (a bug): the document is skipped, the batch goes on."""

    code = "E700"
    stage = "code"


class ServeError(EventwireError):
    """The explorer API could not answer a request (the one JSON error shape carries the code)."""

    code = "E800"
    stage = "serve"
    status = 500


class BadQuery(ServeError):
    """A query parameter or request body is invalid: the message names it."""

    code = "E801"
    status = 400


class WritesDisabled(ServeError):
    """A write was asked of a read-only server (no write token configured)."""

    code = "E802"
    status = 403


class BadToken(ServeError):
    """A write came without the server's write token, or with a wrong one."""

    code = "E803"
    status = 401


class NotFound(ServeError):
    """No such event, document or route."""

    code = "E804"
    status = 404


class MethodNotAllowed(ServeError):
    """The route exists but not for this HTTP method."""

    code = "E805"
    status = 405


class PageNotBuilt(ServeError):
    """The explorer page's assets are missing: the front-end was not built."""

    code = "E806"
    status = 503


class ScaleError(EventwireError):
    """A run on a Dask cluster could not start or finish: no scheduler at the address, an input the workers
    cannot read, an output folder holding another run, a partition that failed on every try."""

    code = "E900"
    stage = "scale"
