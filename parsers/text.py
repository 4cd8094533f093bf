"""Small text helpers shared by the parsers and the format-blind stages."""

from __future__ import annotations

import re

from swapscore.schemas.language import short_words

# Glyphs word processors put in front of list items (OpenSymbol and Wingdings
# bullets land in the private use area when a PDF is exported).
BULLET_GLYPHS = "•▪◦●‣∙·○■□➢►\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf02d"
# pdfminer writes a glyph it cannot map to Unicode as "(cid:N)": at the head of a
# list line that is the bullet of a standard PDF font (reportlab's "•" in Helvetica).
_BULLET = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}]|\(cid:\d+\)(?=\s))\s*")
# a list item's number: "1. ", "a) ", "(iv) "; or a number a PDF export ran into its item's capital with no space
# character between (a tab stop after "10."): "10.UNSDCF annual results report"
LIST_NUMBER = re.compile(r"^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+|\d{1,2}[.)](?=[A-Z]))")
_WS = re.compile(r"\s+")
_WORD_HYPHEN_END = re.compile(r"[^\W_][-/]$")
_URL_TAIL = re.compile(r"https?://\S*$")
_URL_CONTINUES = re.compile(r"^[\w\-.~%/?=&#+]*[/_.=][\w\-.~%/?=&#+)]*[.,;)]?$")


def collapse_ws(text: str) -> str:
    """Collapse every run of white space to one space and trim the ends."""
    return _WS.sub(" ", text).strip()


def strip_bullet(text: str) -> tuple[bool, str]:
    """Split a leading bullet glyph off a line: (had_bullet, rest)."""
    m = _BULLET.match(text)
    if not m:
        return False, text
    return True, text[m.end():]


def join_lines(lines: list[str] | tuple[str, ...]) -> str:
    """Join wrapped lines with single spaces.

    A line that ends in a letter and a hyphen ("gender-") or a slash is joined to the
    next without a space: a line broken at the hyphen of a compound word
    ("sex-" / "disaggregated") reads as the compound. So is a web address broken
    over two lines, when the next line goes on with address characters. A line opening
    with closing punctuation, or following one that ends with an opening bracket, is
    joined with no space either, except a ";" or ":" standing as a word of its own (French
    typography spaces them, "2024 ; résultats", "2021 : https://..."): a renderer breaks
    before one of them only at the space in front of it (UAX #14 gives no break
    opportunity before them; only a token too long for its line is broken anywhere, and
    one that ends in ";" right where its line is full is rare), so the break took that
    space. (A line opening with "?" or "!" keeps its space as any word.)
    """
    out = ""
    for raw in lines:
        line = collapse_ws(strip_bullet(raw)[1])
        if not line:
            continue
        if not out:
            out = line
        elif _WORD_HYPHEN_END.search(out) or out[-1] in _OPENING or _closes(line) or url_goes_on(out, line) \
                or _word_goes_on(out, line):
            out += line
        else:
            out += " " + line
    return out


_CLOSING = ").,;:"  # a line that opens with closing punctuation (an address's ")" alone) goes on the line before
_SPACED = ";:"  # but one of these standing alone ("; résultats") had a space before it, which the break took
_OPENING = "(["  # and a line that ends with an opening bracket goes on with the next ("SDGs (" / "https://...")
_URL_CHARS = re.compile(r"^[\w\-.~%/?=&#+]+\)?[.,;]?$")
_BROKEN_TAIL = re.compile(r"^[a-z]{1,4}[).,;]?$")
_WORD_TAIL = re.compile(r"^[a-z]{1,3}[).,;:]?$")
# short words that do stand alone at the head of a line: never the tail of a word broken at a full line
_SHORT_WORDS = frozenset("a an and are as at be by do for he her his if in is it its me my no not of on or our "
                         "she so the to up us we who why yes you all any can did end etc few got had has how may "
                         "new nor now off old one out own per put say see set six ten too two use was way yet via "
                         "due key low aid act age day gap job law lot led met pay tax war".split())


def _closes(line: str) -> bool:
    """A line that opens with punctuation closing the line before: glued to what follows it, or alone when it is
    ")", "." or "," (an address's bracket, a sentence's end)."""
    return line[0] in _CLOSING and not (line[0] in _SPACED and line[1:2] in ("", " "))


def _word_goes_on(before: str, line: str) -> bool:
    """A long token a narrow column broke inside ("Communication/Advoca" + "cy"): the next line is a lone
    tail of a few lowercase letters that is no word of its own."""
    last = before.rsplit(" ", 1)[-1]
    tail = line.strip()
    return len(last) >= 8 and last[-1:].isalpha() and bool(_WORD_TAIL.match(tail)) \
        and tail.rstrip(").,;:") not in _SHORT_WORDS and tail.rstrip(").,;:") not in short_words()


def url_goes_on(before: str, line: str) -> bool:
    """A web address broken where the line was full (its last letters alone on the next line, too, or its
    scheme cut: "(htt" / "ps://un.org/...")."""
    last = before.rsplit(" ", 1)[-1]
    head = line.split(" ", 1)[0]
    if _scheme_cut(last, head):
        return True
    if "://" in last and _BROKEN_TAIL.match(head) and (head == line.strip() or not head[-1].isalpha()):
        return True
    if last.lower().startswith(("(http:", "(https:", "(www.")) and ")" not in last and _URL_CHARS.match(head) and \
            (head == line.strip() or not head[-1].isalpha()):
        return True  # "(https://un.org/en/reso" + "urces)", "(https:/" + "/un.org/...)": an address in brackets not
        # closed yet goes on
    tail = _URL_TAIL.search(before)
    if tail is None or tail.group(0).endswith((")", ",", ";")) or (tail.group(0).endswith(".") and line[:1].isupper()):
        return False
    head = line.split(" ", 1)[0]
    return bool(_URL_CONTINUES.match(head)) or tail.group(0).endswith(("/", "-", "_", "=", "?", "&"))


_SCHEME = re.compile(r"^[(\[<\"']?(?:https?://|www\.)", re.I)


def _scheme_cut(last: str, head: str) -> bool:
    """A line that ends in the first letters of an address's scheme ("(htt", "http:/") and a next line that goes
    on with the rest ("ps://un.org/..."): a renderer breaks a token too long for the line anywhere inside it.
    The scheme must straddle the break (neither line's word opens an address alone)."""
    scheme = _SCHEME.match(last + head)
    return scheme is not None and len(last) < scheme.end() and not _SCHEME.match(head) and bool(head)


def tidy_cell(text: str) -> str:
    """A table cell's text with its line breaks kept: spaces collapsed in each line, blank lines dropped."""
    return "\n".join(collapse_ws(line) for line in text.split("\n") if line.strip())


def cell_text(cell: str | None) -> str:
    """A table cell's text as one line (``None`` for a merged-away cell reads as "")."""
    return join_lines(cell.split("\n")) if cell else ""
