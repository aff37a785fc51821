from eventwire.batching import batches
from eventwire.model import Document


def _documents(*sizes: int) -> list[Document]:
    return [Document(id=f"d{i}", text="x" * size) for i, size in enumerate(sizes)]


def test_a_batch_closes_at_its_size_or_before_its_characters_run_over() -> None:
    documents = _documents(30, 30, 50, 10, 200, 5, 5, 5)
    ids = [[d.id for d in batch] for batch in batches(documents, 3, max_chars=100)]
    assert ids == [["d0", "d1"], ["d2", "d3"], ["d4"], ["d5", "d6", "d7"]]
    assert [len(b) for b in batches(documents, 2, max_chars=10_000)] == [2, 2, 2, 2]


def test_without_a_character_limit_batches_go_by_count_alone() -> None:
    documents = _documents(500, 500, 500, 500, 500)
    assert [len(b) for b in batches(documents, 2)] == [2, 2, 1]
    assert [d.id for b in batches(iter(documents), 10) for d in b] == [d.id for d in documents]


def test_no_documents_make_no_batch() -> None:
    assert list(batches([], 4, max_chars=10)) == []
