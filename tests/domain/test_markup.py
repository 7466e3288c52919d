"""The one renderer of post text: the small Markdown subset, and nothing that could run."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ruraldesk.domain import markup
from ruraldesk.domain.discussions import refusal


def test_paragraphs_emphasis_lists_links_and_mentions():
    html = markup.to_html("Hello *all* and **you**\nsecond line\n\n- one\n- [two](https://example.org/a?b=1&c=2)\n\n"
                          "1. first\n2) second\n\nask @ana about `code`, see https://x.org/p.")
    assert html == (
        '<p>Hello <em>all</em> and <strong>you</strong><br>second line</p>'
        '<ul><li>one</li><li><a href="https://example.org/a?b=1&amp;c=2">two</a></li></ul>'
        '<ol><li>first</li><li>second</li></ol>'
        '<p>ask <b>@ana</b> about <code>code</code>, see <a href="https://x.org/p">https://x.org/p</a>.</p>')
    assert markup.mentions("@ana and @rui, again @ana; mail a@b.org") == ["ana", "rui"]


def test_html_and_script_links_are_text():
    html = markup.to_html('<script>alert(1)</script> <a href="x">y</a> [click](javascript:alert(1)) '
                          '[data](data:text/html,hi) [tab](java\tscript:x) <img src=x onerror=alert(1)>')
    assert "<script" not in html and "<a href=\"x\"" not in html and "<img" not in html
    assert "javascript" not in html.split("&lt;", 1)[0] or 'href="javascript' not in html
    assert 'href="javascript' not in html and 'href="data' not in html
    assert "click" in html and "data" in html
    assert markup.safe_href("JavaScript:alert(1)") is None
    assert markup.safe_href("mailto:ana@example.org") == "mailto:ana@example.org"


def test_markdown_export_cannot_carry_html():
    assert markup.to_markdown("a <b>x</b> & **y**") == "a &lt;b&gt;x&lt;/b&gt; &amp; **y**"
    assert markup.to_plain("see [the guide](https://x.org) and **this**") == "see the guide (https://x.org) and this"


ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "em", "strong", "code", "a", "b"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab <>\"'&*_`[]()@:/\n-1.") + ["javascript:", "https://", "<script>",
                                                                   "onerror="]), max_size=60).map("".join))
def test_any_text_renders_only_the_allowed_tags(text):
    html = markup.to_html(text)
    tags = set(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= ALLOWED_TAGS, (text, html)
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.startswith(("http://", "https://", "mailto:")), (text, html)
    # every attribute is an href: no event handlers survive
    assert not re.search(r"<[a-z]+\s+(?!href=)[a-z]+=", html)


def test_the_rule_in_one_place():
    post = {"author": "ana", "thread": "t", "text": "hi"}
    assert refusal("post", "update", post, {"text"}, post, actor="ana", role="member") is None
    assert "only its author" in refusal("post", "update", post, {"text"}, post, actor="rui", role="coordinator")
    assert "coordinator" in refusal("post", "update", post, {"hidden_reason"}, post, actor="ana", role="member")
    assert refusal("post", "update", post, {"hidden_reason"}, post, actor="eva", role="coordinator") is None
    assert "cannot be changed" in refusal("post", "update", post, {"thread"}, post, actor="ana", role="coordinator")
    assert "signed" in refusal("post", "create", None, post, post, actor="rui", role="member")
    assert refusal("practice", "update", {}, {"title"}, {}, actor="rui", role="reader") is None
    assert refusal("post", "delete", post, (), post, actor="eva", role="coordinator") is None
    assert refusal("post", "delete", post, (), post, actor="rui", role="member") is not None
