"""``treatylens analyze``, ``text`` and ``schema`` end to end: formats, stdin, -o/--force, the
JSON Schema, byte-stable JSON, and every kind of bad input (one line on stderr, exit 2)."""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest

from treatylens.cli import main
from treatylens.codebook.labels import COMMITMENT_TYPES

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "coalition_guarantee.txt"

AGREEMENT = (
    "AGREEMENT ON MUTUAL ASSISTANCE\n\n"
    "Article 1\n\n"
    "In the event of an armed attack against either Party, the other Party shall immediately "
    "render all military assistance in its power.\n\n"
    "Article 2\n\n"
    "Either Party may withdraw from this Agreement on six months' written notice.\n"
)


@dataclass
class Result:
    code: int
    out: str
    err: str


Runner = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Runner]:
    """Run the CLI in-process as the console script does: ``run(*argv, stdin=b"...")``."""

    def invoke(*argv: str, stdin: bytes | None = None) -> Result:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = 0
        try:
            main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    yield invoke


def _one_line_error(result: Result) -> None:
    assert result.code == 2, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("treatylens: ")
    assert "Traceback" not in result.err


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize("fmt", ["text", "md", "json", "html"])
def test_each_format(run: Runner, fmt: str) -> None:
    result = run("analyze", str(EXAMPLE), "--format", fmt)
    assert result.code == 0, result.err
    if fmt == "json":
        assert json.loads(result.out)["schema_version"] == "1"
    elif fmt == "html":
        assert "<html" in result.out.lower()
    elif fmt == "md":
        assert result.out.startswith("# treatylens profile")
        assert "## Red flags" in result.out and "## Scorecard" in result.out
    else:
        assert "Red flags" in result.out and "Scorecard" in result.out
        assert "\x1b[" not in result.out  # not a TTY: no colour codes


def test_text_output_puts_flags_before_scorecard_and_clauses(run: Runner) -> None:
    out = run("analyze", str(EXAMPLE)).out
    assert (
        out.index("Red flags")
        < out.index("Scorecard")
        < out.index("Duties by party")
        < out.index("Clauses (")
    )


def test_json_is_byte_identical_across_runs(run: Runner) -> None:
    first = run("analyze", str(EXAMPLE), "--format", "json").out
    second = run("analyze", str(EXAMPLE), "--format", "json").out
    assert first == second


def test_schema_is_a_valid_json_schema_and_analyze_output_validates(run: Runner) -> None:
    schema = json.loads(run("schema").out)
    jsonschema.Draft202012Validator.check_schema(schema)
    for example in sorted((REPO / "examples").glob("*.txt")):
        profile = json.loads(run("analyze", str(example), "--format", "json").out)
        jsonschema.validate(profile, schema)


def test_adversary_option_is_used_and_validated(run: Runner) -> None:
    result = run("analyze", str(EXAMPLE), "--format", "json", "--adversary", "rus")
    assert result.code == 0, result.err
    assert json.loads(result.out)["document"]["adversary"] == "RUS"
    assert run("analyze", str(EXAMPLE), "--adversary", "NATO", "--format", "json").code == 0
    for bad in ("RU", "RUSSIA", "R1S", "XYZW"):
        _one_line_error(run("analyze", str(EXAMPLE), "--adversary", bad))


def test_unknown_format_is_refused(run: Runner) -> None:
    _one_line_error(run("analyze", str(EXAMPLE), "--format", "pdf"))


# --------------------------------------------------------------------------- stdin, -o


def test_stdin_gives_the_same_profile_as_the_file(run: Runner) -> None:
    from_stdin = json.loads(run("analyze", "-", "--format", "json", stdin=EXAMPLE.read_bytes()).out)
    from_file = json.loads(run("analyze", str(EXAMPLE), "--format", "json").out)
    assert from_stdin["source"]["name"] == "<stdin>"
    assert from_stdin["clauses"] == from_file["clauses"]
    assert from_stdin["red_flags"] == from_file["red_flags"]


def test_stdin_subprocess_end_to_end() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "treatylens", "analyze", "-", "--format", "json"],
        input=AGREEMENT.encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"]["name"] == "<stdin>"


def test_output_file_is_written_and_never_overwritten_without_force(
    run: Runner, tmp_path: Path
) -> None:
    out = tmp_path / "profile.json"
    assert run("analyze", str(EXAMPLE), "--format", "json", "-o", str(out)).code == 0
    written = out.read_text(encoding="utf-8")
    assert json.loads(written)["schema_version"] == "1"

    out.write_text("keep me", encoding="utf-8")
    refused = run("analyze", str(EXAMPLE), "--format", "json", "-o", str(out))
    _one_line_error(refused)
    assert "--force" in refused.err
    assert out.read_text(encoding="utf-8") == "keep me"

    assert run("analyze", str(EXAMPLE), "--format", "json", "-o", str(out), "--force").code == 0
    assert out.read_text(encoding="utf-8") == written


def test_text_command_prints_the_text_offsets_index(run: Runner, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(AGREEMENT, encoding="utf-8")
    text = run("text", str(source)).out
    profile = json.loads(run("analyze", str(source), "--format", "json").out)
    assert profile["clauses"], "the agreement has clauses"
    for clause in profile["clauses"]:
        assert text[clause["start"] : clause["end"]] == clause["text"]


def test_text_without_agreement_language_gives_a_valid_empty_profile(
    run: Runner, tmp_path: Path
) -> None:
    source = tmp_path / "recipe.txt"
    source.write_text(
        "Whisk two eggs with sugar until pale. Bake for twenty minutes.\n", encoding="utf-8"
    )
    result = run("analyze", str(source), "--format", "json")
    assert result.code == 0, result.err
    profile = json.loads(result.out)
    commitments = COMMITMENT_TYPES.intersection(
        label for c in profile["clauses"] for label in c["labels"]
    )
    assert not commitments
    assert profile["scorecard"]["automaticity"]["score"] == 0
    assert profile["scorecard"]["capability"]["score"] == 0
    assert {f["flag"] for f in profile["red_flags"]} >= {
        "no_defence_clause",
        "no_capability_backing",
    }
    jsonschema.validate(profile, json.loads(run("schema").out))


# --------------------------------------------------------------------------- bad input


def _pdf_bytes() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    pdf.drawString(72, 760, "The Parties shall consult whenever either is threatened.")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(_pdf_bytes())).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _zip_bomb_docx() -> bytes:
    """A .docx whose document.xml inflates far beyond any real Word file (a tiny zip on disk)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr(
            "word/document.xml", b"<w:document>" + b" " * (30 * 1024 * 1024) + b"</w:document>"
        )
    return buffer.getvalue()


BAD_INPUTS: dict[str, tuple[str, object]] = {
    "empty": ("empty.txt", b""),
    "whitespace": ("blank.txt", b" \n\t\n"),
    "binary_junk": ("junk.txt", bytes(range(256)) * 64),
    "unknown_binary_type": ("picture.bin", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16),
    "broken_pdf": (
        "broken.pdf",
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a pdf\n%%EOF",
    ),
    "truncated_pdf": ("cut.pdf", "truncated"),
    "encrypted_pdf": ("locked.pdf", "encrypted"),
    "zip_bomb_docx": ("bomb.docx", "bomb"),
    "broken_docx": ("broken.docx", b"PK\x03\x04 not really a zip archive"),
    "invalid_utf16": (
        "bad16.txt",
        codecs.BOM_UTF16_LE + "The Parties.".encode("utf-16-le") + b"\x00\xd8\x41",
    ),
}


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return _zip_bomb_docx()


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_exit_2(run: Runner, tmp_path: Path, case: str, bomb: bytes) -> None:
    name, content = BAD_INPUTS[case]
    if content == "encrypted":
        content = _encrypted_pdf()
    elif content == "truncated":
        content = _pdf_bytes()[:200]
    elif content == "bomb":
        content = bomb
    assert isinstance(content, bytes)
    path = tmp_path / name
    path.write_bytes(content)
    for command in ("analyze", "text"):
        result = run(command, str(path))
        _one_line_error(result)
        assert result.out == ""


def test_missing_file_and_directory(run: Runner, tmp_path: Path) -> None:
    _one_line_error(run("analyze", str(tmp_path / "nope.txt")))
    _one_line_error(run("analyze", str(tmp_path)))


def test_file_over_the_size_limit(
    run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(AGREEMENT * 10, encoding="utf-8")
    monkeypatch.setenv("TREATYLENS_MAX_BYTES", "1000")
    result = run("analyze", str(path))
    _one_line_error(result)
    assert "too large" in result.err
    _one_line_error(run("analyze", "-", stdin=path.read_bytes()))


def test_real_200_mb_sparse_file_is_refused_without_reading_it(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    result = run("analyze", str(path))
    _one_line_error(result)
    assert "too large" in result.err


def test_bad_input_subprocess_has_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted_pdf())
    proc = subprocess.run(
        [sys.executable, "-m", "treatylens", "analyze", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_legacy_encodings_are_decoded_not_garbled(
    run: Runner, tmp_path: Path, encoding: str
) -> None:
    """cp1252 and UTF-16 (with its byte-order mark) are decoded exactly; only undecodable bytes
    are refused (``invalid_utf16`` above)."""
    text = "Les Parties s’engagent à se consulter dès qu’une menace se présente.\n"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    result = run("text", str(path))
    assert result.code == 0, result.err
    assert result.out == text
