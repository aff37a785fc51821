"""Every setting, declared once as data: name, default, help. ``docs/settings.md`` documents each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: float | int | str | bool
    help: str


_ALL = (
    Setting(
        "min_confidence",
        0.0,
        "Events whose calibrated confidence (the probability that the event is right) is below this are not output "
        "(CLI `--min-confidence`).",
    ),
    Setting("min_rule_score", 0.5, "Events the rules score below this (before calibration) are not coded."),
    Setting(
        "max_document_chars",
        1_000_000,
        "A document's text longer than this is refused (E105) by ingest and code alike; the parser's limit.",
    ),
    Setting(
        "max_file_bytes",
        5_000_000,
        "A file read whole (text, HTML, JSON, feed) larger than this is refused (E105); JSONL and CSV stream.",
    ),
    Setting(
        "section_chars",
        100_000,
        "Documents longer than this are parsed and coded in sections of at most this many characters.",
    ),
    Setting("batch_size", 32, "Documents parsed per spaCy batch."),
    Setting(
        "max_batch_chars",
        40_000,
        "A spaCy batch closes before it exceeds this many characters (a longer document is a batch alone): a "
        "parse's memory grows with its batch's text.",
    ),
    Setting(
        "malloc_mmap_threshold_kb",
        0,
        "Coding processes: C blocks of at least this many KiB get a mapping of their own, unmapped when freed "
        "(glibc; 0: malloc's own moving threshold). 128 saves ~20-30 MB per worker and costs ~15 % throughput.",
    ),
    Setting(
        "worker_documents",
        500,
        "Local engine: a worker process is replaced by a fresh one (forked from the loaded coder) after coding about "
        "this many documents, so its memory does not grow with the corpus (0: never).",
    ),
    Setting("partition_size", 100, "Documents per partition, the unit of work a Dask worker codes and writes."),
    Setting("fetch_timeout", 15.0, "Seconds to wait for a URL's response (connecting waits at most 5 s)."),
    Setting("fetch_max_bytes", 5_000_000, "Fetched pages and feeds larger than this are refused (E500)."),
    Setting("fetch_retries", 2, "Further tries after a timeout, a dropped connection, 429 or 5xx."),
    Setting("fetch_backoff", 1.0, "Seconds before the first retry; doubled for each further one."),
    Setting("near_dup_threshold", 0.85, "Estimated Jaccard similarity from which a document is a near-duplicate."),
    Setting("store_busy_seconds", 60.0, "Seconds a store writer waits for another writer's transaction to end."),
    Setting("claim_lease_seconds", 600.0, "A coder's claim on a pending document lapses this long after its renewal."),
    Setting("code_max_attempts", 3, "A document claimed this many times and never coded is given status failed."),
    Setting("serve_write_token", "", "Token that turns on the API's POST /api/documents; empty keeps it read-only."),
    Setting("serve_page_size", 50, "Events per page of the API when a request gives no `limit`."),
    Setting("serve_max_page_size", 500, "The largest `limit` the API accepts for one page."),
    Setting("serve_cache_entries", 2000, "Answers the explorer keeps until the store changes (0: none)."),
    Setting(
        "serve_threads",
        0,
        "Requests the explorer answers at once (0: one more than the machine's cores); others wait their turn.",
    ),
    Setting("serve_count_cap", 1_000, "The API counts matching events exactly up to this many, then says 'more'."),
    Setting(
        "cluster_window_days", 1, "Clustering: two reports' date ranges start and end at most this many days apart."
    ),
    Setting("cluster_place_km", 50.0, "Clustering: two points this close are the same place."),
    Setting("cluster_area_km", 300.0, "Clustering: a point this close to a province's or region's point is in it."),
    Setting(
        "cluster_type_groups", "", "Clustering: event types that may name the same happening (groups split by ';')."
    ),
    Setting(
        "cluster_symmetric_types", "AGREE CONSULT COOPERATE", "Clustering: types whose two parties may be swapped."
    ),
    Setting("cluster_status_groups", "asserted planned", "Clustering: statuses that cluster (together); others never."),
    Setting("cluster_sector_groups", "GOV MIL COP JUD LEG SPY", "Clustering: sectors that may name the same party."),
    Setting("cluster_modes_differ", True, "Clustering: two different modes of one type (visit, phone) are two events."),
)

SETTINGS: dict[str, Setting] = {s.name: s for s in _ALL}
