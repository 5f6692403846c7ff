"""Stage 4: document findings from clauses, scorecard, red flags. PLACEHOLDER."""

from __future__ import annotations

from treatylens.model import DimensionScore, Extraction, Profile, Scorecard, SourceInfo


def assess(extraction: Extraction) -> Profile:
    src = extraction.source
    zero = DimensionScore(score=0, explanation="not assessed")
    return Profile(
        source=SourceInfo(name=src.name, media_type=src.media_type, sha256=src.sha256, chars=len(src.text), bytes=src.size_bytes, encoding=src.encoding, pages=src.pages),
        document=extraction.document,
        clauses=list(extraction.clauses),
        scorecard=Scorecard(obligation=zero, automaticity=zero, precision=zero, capability=zero, enforcement=zero, independence=zero),
    )
