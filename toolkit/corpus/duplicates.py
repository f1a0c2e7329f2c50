"""Two rows, one article: unique ``doc_id`` values, and later copies of a text marked as duplicates.

Rows arrive sorted (by date, undated last, then ``doc_id``): the first copy of a text is the original,
later copies get ``is_duplicate=True`` and ``duplicate_of=<doc_id of the first>``. Duplicates are
flagged, never dropped.
"""
from __future__ import annotations

__all__ = ["make_ids_unique", "mark_duplicates"]


def make_ids_unique(rows: list[dict]) -> None:
    """'a.txt' and 'a.md' (or two tables with the same ids) would share a doc_id: number the later ones.

    >>> rows = [{"doc_id": "a", "problems": ""}, {"doc_id": "a", "problems": ""}]
    >>> make_ids_unique(rows); [r["doc_id"] for r in rows]
    ['a', 'a~2']
    """
    seen: dict[str, int] = {}
    for r in rows:
        n = seen.get(r["doc_id"], 0)
        seen[r["doc_id"]] = n + 1
    if len(seen) == len(rows):
        return
    used = set(seen)
    count: dict[str, int] = {}
    for r in rows:
        d = r["doc_id"]
        if seen[d] == 1:
            continue
        count[d] = count.get(d, 0) + 1
        if count[d] == 1:
            continue
        k = count[d]
        while f"{d}~{k}" in used:
            k += 1
        new = f"{d}~{k}"
        used.add(new)
        r["doc_id"] = new
        note = f"doc_id {d!r} already used by another article; renamed {new!r}"
        r["problems"] = f"{r['problems']}; {note}" if r["problems"] else note


def mark_duplicates(rows: list[dict]) -> None:
    """Set ``is_duplicate``/``duplicate_of`` on every row: a non-empty text seen before is a duplicate.

    >>> rows = [{"doc_id": "a", "text": "Same."}, {"doc_id": "b", "text": "Same."}]
    >>> mark_duplicates(rows); [(r["is_duplicate"], r["duplicate_of"]) for r in rows]
    [(False, None), (True, 'a')]
    """
    first_of: dict[str, str] = {}
    for r in rows:
        t = r["text"]
        if t and t in first_of:
            r["is_duplicate"] = True
            r["duplicate_of"] = first_of[t]
        else:
            if t:
                first_of[t] = r["doc_id"]
            r["is_duplicate"] = False
            r["duplicate_of"] = None
