"""Every corpus and gold text loads and normalises, with an exact map back."""

from __future__ import annotations

from pathlib import Path

from treatylens.load import load, normalise

from .test_normalise import assert_maps_back


def _texts(shared_dir: Path) -> list[Path]:
    return sorted((shared_dir / "corpus" / "raw").glob("*.txt")) + sorted(
        (shared_dir / "eval").glob("*/*.txt")
    )


def test_corpus_and_eval_texts(shared_dir: Path) -> None:
    paths = _texts(shared_dir)
    assert paths
    for path in paths:
        source = load(path)
        assert source.encoding in ("utf-8", "utf-8-sig")
        normalised = normalise(source)
        assert normalised.text.strip(), path.name
        assert_maps_back(source, normalised)
        # Normalising drops furniture and whitespace, never a large share of the words.
        assert len(normalised.text.split()) >= 0.9 * len(source.text.split()), path.name
