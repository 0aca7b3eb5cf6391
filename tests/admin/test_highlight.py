"""Article text with claim and mention spans marked: escaped, overlaps kept visible."""

from __future__ import annotations

from verify.admin.text import highlight_spans

TEXT = "The mayor said <the plan> would cost $3 million, adding it was fair."


def marks(html: str) -> list[str]:
    return [part.split(">", 1)[1] for part in html.split("<mark ")[1:]]


def test_text_is_escaped_and_spans_marked():
    html = str(highlight_spans(TEXT, [(0, 9, "mention"), (15, 47, "claim")]))
    assert "&lt;the plan&gt;" in html and "<the plan>" not in html
    assert [m.split("</mark>")[0] for m in marks(html)] == ["The mayor", "&lt;the plan&gt; would cost $3 million"]


def test_a_span_starting_inside_another_is_marked_from_where_that_one_ends():
    html = str(highlight_spans(TEXT, [(15, 47, "claim"), (30, 67, "claim")]))
    assert [m.split("</mark>")[0] for m in marks(html)] == [
        "&lt;the plan&gt; would cost $3 million", ", adding it was fair",
    ]


def test_spans_inside_another_or_outside_the_text_are_left_out():
    html = str(highlight_spans(TEXT, [(15, 47, "claim"), (20, 30, "claim"), (60, 500, "claim"), (9, 9, "claim")]))
    assert len(marks(html)) == 1 and html.count("</mark>") == 1
