"""claims.text.html_to_text: clean text from CMS HTML, paragraphs kept, markup and scripts gone."""

from claims.text import html_to_text


def test_blocks_become_paragraphs_and_br_a_line_break():
    assert html_to_text("<h1>Title</h1><p>One<br>two</p><div>Three</div>") == "Title\n\nOne\ntwo\n\nThree"


def test_entities_are_unescaped_after_tags_are_stripped():
    assert html_to_text("<p>&lt;b&gt; &amp; &ldquo;q&rdquo; &#8212;</p>") == "<b> & \u201cq\u201d \u2014"


def test_scripts_styles_and_head_lose_their_content():
    html = (
        "<html><head><title>T</title><style>p{}</style></head>"
        "<body><p>Text<script>evil()</script></p></body></html>"
    )
    assert html_to_text(html) == "Text"


def test_inline_markup_and_attributes_vanish_and_spaces_collapse():
    assert (
        html_to_text('<p class="x">A  <a href="/x" onclick="y()">link</a>\n  <b>bold</b></p>')
        == "A link\nbold"
    )


def test_control_characters_from_entities_are_dropped():
    assert html_to_text("<p>a&#1;b\x07c</p>") == "abc"


def test_plain_text_passes_through():
    assert html_to_text("Just text.") == "Just text."
