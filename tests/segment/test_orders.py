"""Executive-order layout: "Sec. N." headings with run-in titles, split headings, signature
(authored fixtures)."""

from __future__ import annotations

from .helpers import run, texts

ORDER = """EXECUTIVE ORDER

SUPPORTING THE SECURITY OF THE REPUBLIC OF X

By the authority vested in me as President, it is hereby ordered as follows:

Section 1. Purpose. It is the policy of the United States to support the Republic of Ruritania. Its security matters to the region.

Sec. 2. Mutual Defense Planning. (a) The Secretary of Defense shall plan jointly with the Republic of Ruritania.

(b) The Secretary of State shall consult the Republic of Ruritania every year.

Sec. 3. General Provisions. This order creates no right enforceable at law.

THE WHITE HOUSE,
June 1, 2030.
"""


def test_sec_headings_with_run_in_titles_are_not_clauses() -> None:
    seg = run(ORDER)
    assert texts(seg) == [
        "It is the policy of the United States to support the Republic of Ruritania.",
        "Its security matters to the region.",
        "The Secretary of Defense shall plan jointly with the Republic of Ruritania.",
        "The Secretary of State shall consult the Republic of Ruritania every year.",
        "This order creates no right enforceable at law.",
    ]
    assert [c.section for c in seg.clauses] == [
        "Section 1",
        "Section 1",
        "Section 2(a)",
        "Section 2(b)",
        "Section 3",
    ]
    headings = {p.label: p.heading for p in seg.provisions if p.kind == "body"}
    assert headings["Section 2"] == "Mutual Defense Planning"
    assert headings["Section 3"] == "General Provisions"


SPLIT = """By the authority vested in me as President, it is hereby ordered:

Section
1.
 Policy.  Over the
years the two States have stood together.

Sec.
2.
General Provisions.
(a)  This order shall be implemented consistent with applicable law.

                              JOHN Q. PUBLIC

THE WHITE HOUSE,

    September 9, 2031.
"""


def test_heading_keyword_and_number_split_over_lines() -> None:
    seg = run(SPLIT)
    assert texts(seg) == [
        "Over the\nyears the two States have stood together.",
        "This order shall be implemented consistent with applicable law.",
    ]
    assert [c.section for c in seg.clauses] == ["Section 1", "Section 2(a)"]
    assert {p.heading for p in seg.provisions if p.kind == "body"} == {
        "Policy",
        "General Provisions",
    }


def test_a_sentence_that_starts_with_capitalised_words_is_no_run_in_title() -> None:
    seg = run("Section 4. The Secretary shall report. Mr. Smith shall assist.\n")
    assert texts(seg) == ["The Secretary shall report.", "Mr. Smith shall assist."]


def test_a_long_section_line_is_not_cut_after_sec() -> None:
    item = (
        "(a) The Secretary of Defense shall, subject to the availability of appropriations, "
        "provide security assistance to the armed forces of the Republic of Ruritania, including "
        "air and missile defense and border-security equipment, in each of the next two years."
    )
    seg = run("Sec. 3. Reporting. The Secretary shall report.\n\nSec. 4. Support. " + item + "\n")
    assert texts(seg) == ["The Secretary shall report.", item[4:]]
    assert [c.section for c in seg.clauses] == ["Section 3", "Section 4(a)"]
