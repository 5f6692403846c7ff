"""Example queries over a corpus store (shown in docs/batch.md, timed by the benchmark).

They use only the store's tables and views and the codebook's names, so they work on any
store, whichever engine filled it.
"""

from __future__ import annotations

from typing import Final

from treatylens.codebook.labels import CAPABILITY_TYPES

_CAPABILITY = ", ".join(f"'{label}'" for label in sorted(CAPABILITY_TYPES))

EXAMPLE_QUERIES: Final[dict[str, str]] = {
    # The codebook's no_capability_backing test, read off the labels: no operative clause of
    # the agreement carries forces_presence, military_aid, economic_aid or integrated_command.
    "discretionary_defence_without_capability": f"""
SELECT d.name, c.clause_id, c.section, c.modality, c.text
FROM clauses c JOIN documents d USING (doc_id)
WHERE list_contains(c.labels, 'defence') AND c.automaticity = 'discretionary'
  AND NOT EXISTS (
    SELECT 1 FROM clauses k
    WHERE k.doc_id = c.doc_id AND k.operative
      AND list_has_any(k.labels, [{_CAPABILITY}]))
ORDER BY d.name, c.ord""",
    # Decade from documents.year: JSONL metadata (year/date), else a year in the title or name.
    "adversary_guarantor_by_decade": """
SELECT (year // 10) * 10 AS decade, count(*) AS agreements, list(name ORDER BY name) AS names
FROM documents
WHERE status = 'ok' AND adversary_is_guarantor AND year IS NOT NULL
GROUP BY decade ORDER BY decade""",
    "label_counts": """
SELECT label, count(*) AS clauses, count(DISTINCT doc_id) AS agreements
FROM labels GROUP BY label ORDER BY clauses DESC, label""",
    "red_flags_by_legal_form": """
SELECT d.legal_form, f.flag, count(*) AS agreements
FROM flags f JOIN documents d USING (doc_id)
GROUP BY ALL ORDER BY d.legal_form, agreements DESC, f.flag""",
    "failed_documents": """
SELECT name, origin, error FROM documents WHERE status = 'error' ORDER BY name""",
}
