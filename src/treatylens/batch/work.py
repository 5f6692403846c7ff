"""What a worker does with one document: analyse it and flatten the profile into table rows.

Runs in worker processes (local pool or Dask workers), so the main process only writes rows.
A failure of any kind becomes an ``error`` row: one bad document never stops a run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from treatylens.batch.inputs import DocumentInput, year_from_text
from treatylens.batch.schema import Row
from treatylens.codebook.labels import principal_label
from treatylens.errors import TreatylensError
from treatylens.model import Profile


@dataclass(frozen=True)
class DocResult:
    """One analysed (or failed) document as rows for each store table."""

    sha256: str
    status: str  # "ok" | "error"
    rows: dict[str, list[Row]] = field(default_factory=dict)


def doc_id_of(sha256: str) -> str:
    return sha256[:16]


def _document_row(doc: DocumentInput, profile: Profile | None, error: str | None) -> Row:
    doc_id = doc_id_of(doc.sha256)
    if profile is None:
        return (
            doc_id, doc.sha256, doc.name, doc.origin, doc.year, doc.title,
            None, None, None, None, "error", error, None, len(doc.data), None, None,
        )
    findings = profile.document
    title = doc.title or findings.title
    year = doc.year if doc.year is not None else year_from_text(title) or year_from_text(doc.name)
    return (
        doc_id, doc.sha256, doc.name, doc.origin, year, title,
        findings.legal_form, findings.adversary, findings.adversary_is_guarantor,
        findings.veto_exposure, "ok", None, profile.source.chars, profile.source.bytes,
        len(profile.clauses), profile.to_json(indent=None),
    )


def profile_rows(doc: DocumentInput, profile: Profile) -> dict[str, list[Row]]:
    """The profile flattened into rows of every table (codebook names as values)."""
    doc_id = doc_id_of(doc.sha256)
    clauses: list[Row] = [
        (
            doc_id, c.id, position, c.start, c.end, c.text, c.section, c.operative,
            principal_label(c.labels), list(c.labels), c.modality, c.automaticity, c.trigger,
            c.means, c.quantified, c.scope, _list(c.conditions), _list(c.obligors),
            _list(c.beneficiaries), _list(c.limits),
        )
        for position, c in enumerate(profile.clauses)
    ]
    parties: list[Row] = [
        (doc_id, p.id, p.name, list(p.roles)) for p in profile.document.parties
    ]
    flags: list[Row] = [
        (doc_id, f.flag, list(f.clause_ids), f.explanation) for f in profile.red_flags
    ]
    scorecards: list[Row] = [
        (doc_id, dimension, s.score, list(s.clause_ids), s.explanation)
        for dimension, s in profile.scorecard.items()
    ]
    return {
        "documents": [_document_row(doc, profile, None)],
        "clauses": clauses,
        "parties": parties,
        "flags": flags,
        "scorecards": scorecards,
    }


def _list(values: Sequence[str] | None) -> list[str]:
    # Null (attribute not applicable) and empty both become an empty list: queries then need
    # no NULL handling, and ``clauses.principal`` tells whether attributes apply at all.
    return list(values) if values else []


def failed(doc: DocumentInput, error: str) -> DocResult:
    return DocResult(
        sha256=doc.sha256, status="error", rows={"documents": [_document_row(doc, None, error)]}
    )


def analyze_document(doc: DocumentInput, adversary: str | None) -> DocResult:
    """Analyse one document; every exception is caught and recorded as the document's error."""
    if doc.error is not None:
        return failed(doc, doc.error)
    from treatylens.pipeline import analyze

    try:
        profile = analyze(doc.data, adversary=adversary, name=doc.name, analogues=0)
    except TreatylensError as exc:
        return failed(doc, str(exc))
    except Exception as exc:  # a pipeline bug must not stop a corpus run: record it
        return failed(doc, f"{type(exc).__name__}: {exc}")
    return DocResult(sha256=doc.sha256, status="ok", rows=profile_rows(doc, profile))


def analyze_chunk(docs: list[DocumentInput], adversary: str | None) -> list[DocResult]:
    """A chunk of documents per task keeps inter-process overhead small for short texts."""
    return [analyze_document(doc, adversary) for doc in docs]


def warm_up() -> None:
    """Import the pipeline in a worker before timing starts (benchmarks)."""
    import treatylens.pipeline  # noqa: F401
