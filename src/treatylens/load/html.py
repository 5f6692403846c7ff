"""HTML to main text with lxml: drop code and page chrome, keep block structure as line breaks."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from treatylens.errors import InputError

# Elements whose content is never document text (code, page chrome, widgets).
_SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
        "iframe", "svg", "math", "button", "select", "option", "textarea", "input", "canvas",
        "object", "embed", "video", "audio", "map", "head", "title", "meta", "link", "dialog",
    }
)  # fmt: skip
# Blocks separated by a blank line.
_PARAGRAPH_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl",
        "table", "section", "article", "main", "figure", "hr", "address", "fieldset", "details",
    }
)  # fmt: skip
# Blocks on their own line.
_LINE_TAGS = frozenset(
    {"div", "li", "dt", "dd", "tr", "caption", "figcaption", "summary", "center", "legend", "body"}
)
_CELL_TAGS = frozenset({"td", "th"})
# <header>/<footer> inside an article are its title and notes, not site chrome.
_CHROME_INSIDE_ARTICLE = frozenset({"header", "footer"})

_HORIZONTAL_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_SPACE_RUN = re.compile(r" {2,}")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)

_PARAGRAPH_BREAK = "\n\n"
_LINE_BREAK = "\n"


def html_to_text(markup: str, name: str) -> str:
    """The main text of an HTML document, one block per line, paragraphs separated by a blank line."""
    markup = _XML_DECLARATION.sub("", markup, count=1)
    parser = lxml_html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=False
    )
    try:
        root = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        raise InputError(f"{name} is HTML with no readable content") from None
    main = _main_element(root)
    return _collect_text(main)


def _main_element(root: etree._Element) -> etree._Element:
    """<main> (or role=main) when the page marks it, else the whole document."""
    for candidate in root.iter("main"):
        return candidate
    for candidate in root.iter():
        if isinstance(candidate.tag, str) and candidate.get("role") == "main":
            return candidate
    return root


def _is_hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _collect_text(root: etree._Element) -> str:
    # Pieces are text runs and break markers; breaks are merged when the text is assembled.
    pieces: list[str] = []
    # One entry per open element: was it skipped? iterwalk reports the end of a skipped
    # element too, so the stack stays balanced. Iterative, so deep nesting cannot overflow.
    skipped_stack: list[bool] = []
    article_depth = 0
    pre_depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            skip = (
                not tag
                or (tag in _SKIP_TAGS and not (tag in _CHROME_INSIDE_ARTICLE and article_depth))
                or _is_hidden(element)
            )
            skipped_stack.append(skip)
            if skip:
                walker.skip_subtree()
                continue
            article_depth += tag in ("article", "main")
            pre_depth += tag == "pre"
            _open_block(tag, pieces)
            if element.text:
                pieces.append(_inline_text(element.text, pre_depth > 0))
            continue
        if not skipped_stack.pop():
            _close_block(tag, pieces)
            article_depth -= tag in ("article", "main")
            pre_depth -= tag == "pre"
        if element is not root and element.tail:
            pieces.append(_inline_text(element.tail, pre_depth > 0))
    return _assemble(pieces)


def _open_block(tag: str, pieces: list[str]) -> None:
    if tag in _PARAGRAPH_TAGS:
        pieces.append(_PARAGRAPH_BREAK)
    elif tag in _LINE_TAGS:
        pieces.append(_LINE_BREAK)
    elif tag in _CELL_TAGS:
        pieces.append(" ")


def _close_block(tag: str, pieces: list[str]) -> None:
    if tag == "br":
        pieces.append(_LINE_BREAK)
    elif tag in _PARAGRAPH_TAGS:
        pieces.append(_PARAGRAPH_BREAK)
    elif tag in _LINE_TAGS:
        pieces.append(_LINE_BREAK)
    elif tag in _CELL_TAGS:
        pieces.append(" ")


def _inline_text(text: str, preformatted: bool) -> str:
    if preformatted:
        return text.replace("\r\n", "\n")
    return _HORIZONTAL_SPACE.sub(" ", text)


def _assemble(pieces: list[str]) -> str:
    """Join runs; merge adjacent breaks (the stronger wins); strip each line; no leading breaks."""
    out: list[str] = []
    pending_break = ""
    for piece in pieces:
        if piece in (_PARAGRAPH_BREAK, _LINE_BREAK):
            if len(piece) > len(pending_break):
                pending_break = piece
            continue
        if not piece or (pending_break and piece.isspace()):
            continue  # indentation between blocks is not text
        if pending_break:
            if out:
                out.append(pending_break)
            pending_break = ""
        out.append(piece)
    lines = "".join(out).split("\n")
    cleaned: list[str] = []
    for line in lines:
        stripped = _SPACE_RUN.sub(" ", line).strip(" ")
        if stripped or (cleaned and cleaned[-1]):
            cleaned.append(stripped)
    return "\n".join(cleaned).strip("\n") + "\n"
