"""The small formatting posts are written in, and the one renderer that makes it HTML.

A post's text is stored as written, in a restricted Markdown:

* paragraphs (a blank line between them; a single line break stays a line break),
* *emphasis* or _emphasis_, **strong**, `code`,
* lists: lines starting "- " or "* ", or "1. " / "1) ",
* links: [label](https://…) and bare https://… addresses (http, https and mailto only),
* @mentions of members (@ana).

Nothing else is markup: any HTML in the text is shown as text, a link to any other
scheme (javascript:, data:, file:…) is shown as its label only. `to_html` is the only
way a post becomes HTML (for Qt's rich text), so there is one place to get this right.
"""

from __future__ import annotations

import html
import re
from typing import Callable

MENTION_RE = re.compile(r"(?<![\w@.])@([a-z0-9][a-z0-9_-]{0,39})(?![\w-])")
_INLINE = re.compile(
    r"(?P<link>\[(?P<label>[^\]\n]{1,300})\]\((?P<href>[^)\s]{1,2000})\))"
    r"|(?P<url>(?<![\w/@])(?:https?://|mailto:)[^\s<>()\[\]\"']*[^\s<>()\[\].,;:!?\"'])"
    r"|(?P<code>`(?P<code_text>[^`\n]{1,500})`)"
    r"|(?P<strong>\*\*(?=\S)(?P<strong_text>.+?)(?<=\S)\*\*)"
    r"|(?P<em>(?<![\w*])\*(?=[^\s*])(?P<em_text>[^*\n]+?)(?<=\S)\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])(?P<em2_text>[^_\n]+?)(?<=\S)_(?![\w_]))"
    r"|(?P<mention>(?<![\w@.])@(?P<member>[a-z0-9][a-z0-9_-]{0,39})(?![\w-]))")
_BULLET = re.compile(r"^\s{0,3}[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s{0,3}\d{1,4}[.)]\s+(.*)$")
SAFE_SCHEMES = ("http://", "https://", "mailto:")


def safe_href(href: str) -> str | None:
    """The address if a post may link to it, else None (javascript:, data:, relative…)."""
    href = href.strip()
    lowered = "".join(href.split()).lower()          # "java\tscript:" is javascript: to a browser
    if not lowered.startswith(SAFE_SCHEMES) or any(ord(c) < 32 for c in href):
        return None
    if lowered.startswith(("http://", "https://")) and len(lowered.split("//", 1)[1].split("/")[0]) == 0:
        return None
    return href


def mentions(text: str) -> list[str]:
    """The members a text names with @, in order, each once."""
    return list(dict.fromkeys(MENTION_RE.findall(text or "")))


def blocks(text: str) -> list[tuple[str, list[str]]]:
    """("p" | "ul" | "ol", lines) in order."""
    out: list[tuple[str, list[str]]] = []
    for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        bullet, numbered = _BULLET.match(line), _NUMBERED.match(line)
        kind = "ul" if bullet else "ol" if numbered else "p" if line.strip() else ""
        if not kind:
            out.append(("", []))
            continue
        item = (bullet or numbered).group(1) if kind != "p" else line.strip()
        if out and out[-1][0] == kind:
            out[-1][1].append(item)
        else:
            out.append((kind, [item]))
    return [b for b in out if b[0]]


#: a line with none of these has no markup: it is only escaped (most lines of most posts)
_MAYBE_MARKUP = re.compile(r"[*_`\[@]|https?:|mailto:", re.IGNORECASE)


def inline_html(text: str, mention: Callable[[str], str] | None = None) -> str:
    if not _MAYBE_MARKUP.search(text):
        return html.escape(text, quote=False)
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        pos = m.end()
        if m.group("link"):
            href = safe_href(m.group("href"))
            label = inline_html(m.group("label"), mention)
            out.append(f'<a href="{html.escape(href, quote=True)}">{label}</a>' if href else label)
        elif m.group("url"):
            href = safe_href(m.group("url"))
            shown = html.escape(m.group("url"), quote=False)
            out.append(f'<a href="{html.escape(href, quote=True)}">{shown}</a>' if href else shown)
        elif m.group("code"):
            out.append(f"<code>{html.escape(m.group('code_text'), quote=False)}</code>")
        elif m.group("strong"):
            out.append(f"<strong>{inline_html(m.group('strong_text'), mention)}</strong>")
        elif m.group("em"):
            inner = m.group("em_text") or m.group("em2_text") or ""
            out.append(f"<em>{inline_html(inner, mention)}</em>")
        else:
            member = m.group("member")
            out.append(mention(member) if mention else f"<b>@{html.escape(member)}</b>")
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def to_html(text: str, mention: Callable[[str], str] | None = None) -> str:
    """The post as HTML for Qt rich text: only p, br, ul/ol/li, em, strong, code, a (http,
    https, mailto) and what `mention` makes of a member's id (it must escape it)."""
    parts = []
    for kind, lines in blocks(text):
        if kind == "p":
            parts.append("<p>" + "<br>".join(inline_html(x, mention) for x in lines) + "</p>")
        else:
            items = "".join(f"<li>{inline_html(x, mention)}</li>" for x in lines)
            parts.append(f"<{kind}>{items}</{kind}>")
    return "".join(parts)


def to_markdown(text: str) -> str:
    """The post as Markdown another program may render: the same subset, with anything that
    program would take for HTML written as text."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").strip()


def to_plain(text: str) -> str:
    """The words without the markup (search snippets, PDF fallback)."""
    def plain(m: re.Match) -> str:
        if m.group("link"):
            href = safe_href(m.group("href"))
            return f"{m.group('label')} ({href})" if href else m.group("label")
        for name in ("url", "code_text", "strong_text", "em_text", "em2_text"):
            if m.group(name):
                return m.group(name)
        return m.group(0)
    return _INLINE.sub(plain, text or "")


__all__ = ["MENTION_RE", "blocks", "inline_html", "mentions", "safe_href", "to_html", "to_markdown", "to_plain"]
