"""Words a narrow table column broke inside, mended with the document's own words.

A word too long for its column is broken where the line is full, with no hyphen
("organizationa" / "l culture survey", "gend" / "er-sensitive inputs"). Nothing in
one cell tells such a break from a line wrapped between two words, but the rest of
the document does: the whole word is written unbroken elsewhere ("Organizational
Culture"), and one of its two pieces is no word the document writes anywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from swapscore.parsers.text import LIST_NUMBER
from swapscore.schemas.language import connectors, one_letter_words, short_words, word_endings
from swapscore.schemas.records import Block, Paragraph, Table

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
# a few lowercase letters none of which is a vowel of the languages read here (English, Spanish, French): no
# syllable, so no word, only the end of one ("spécifiqueme" / "nt l'égalité")
_NO_SYLLABLE = re.compile(r"^[b-df-hj-np-tv-xz]{2,4}$")
# two consonants no word of those languages opens with, only the middle of one ("específicame" / "nte a la")
_NO_ONSET = re.compile(r"^(?:n[tdcsz]|r[tdscnml]|l[tdscm]|m[pb]|ct|ds)")
# letters no word of those languages ends with: a "qu" is always followed by a vowel ("programmatiqu" / "es en")
_NO_CODA = re.compile(r"qu$")
# a French elided article or pronoun glued to the word it stands before ("l’", "d’", "qu’autonomisation")
_ELISION = re.compile(r"^[^\W\d_]{1,3}['’](?=[^\W\d_])")


def _core(token: str) -> str:
    return _EDGE.sub("", token).lower()


def known_words(texts: Iterable[str]) -> set[str]:
    """The words written whole somewhere: every token but those next to a line break of a cell."""
    whole: set[str] = set()  # the tokens as written; their cores are taken once each (a document repeats its words)
    for text in texts:
        lines = [line.split() for line in text.split("\n")]
        for i, tokens in enumerate(lines):
            first = 1 if i > 0 else 0
            last = len(tokens) - 1 if i < len(lines) - 1 else len(tokens)
            whole.update(tokens[first:last])
    known = {_core(token) for token in whole}
    known |= {_core(_elided(token)) for token in whole if _ELISION.match(token)}  # "l’autonomisation": "autonomisation"
    for token in whole:
        if "/" in token:  # "Comunicación/Incidencia": each word of the pair is written whole, too
            known.update(_core(part) for part in token.split("/") if len(_core(part)) >= 3)  # not "N/A"
    known.discard("")
    return known


def mend_cell(text: str, known: set[str]) -> str:
    """Join a cell's lines where a word was broken across them (``known``: the document's whole words)."""
    lines = text.split("\n")
    out = [lines[0]]
    for number, line in enumerate(lines[1:], start=2):
        before, after = out[-1].rstrip(), line.lstrip()
        head = before.rsplit(" ", 1)[-1]
        tail = after.split(" ", 1)[0]
        if _broken(head, tail, known) or (number == len(lines) and _last_letter(head, after)):
            out[-1] = before + after
        else:
            out.append(line)
    return "\n".join(out)


def _elided(token: str) -> str:
    """A token without the elided article or pronoun in front of its word ("d’autonomisatio": "autonomisatio"); an
    English contraction's end ("it’s", "we’re") is no word of its own and stays."""
    word = _ELISION.sub("", token, count=1)
    return word if len(_core(word)) >= 3 else token


def _broken(head: str, tail: str, known: set[str]) -> bool:
    head = _elided(head)  # the word after "d’" is the one broken
    if not head or not tail or not head[-1].isalpha() or not (tail[0].islower() or (head.isupper() and tail[0].isupper())):
        return False
    whole = _core(head + tail)
    if len(_core(tail)) == 1 and _core(tail) not in ("a", "i") and _core(tail) not in known \
            and _core(tail) not in one_letter_words() and len(_core(head)) >= 5 and head.isalpha():
        return True  # one letter alone ("UNDERTAKE" / "N IN YEAR 1"), no word ("y", "e", "à" are: languages/*.json)
    if len(_core(head)) == 1 and head.isupper() and tail.isupper() and len(_core(tail)) >= 5 \
            and _core(head) not in known and not _one_letter_word(_core(head), _core(tail)):
        return True  # one capital alone at a line's end before a word in capitals ("ACTIVITIES U" / "NDERTAKEN")
    if (_NO_SYLLABLE.match(_core(tail)) or _NO_ONSET.match(_core(tail)) or _NO_CODA.search(_core(head))) \
            and tail[0].islower() and len(_core(head)) >= 5 \
            and head.isalpha() and _core(head) not in known:
        return True  # a tail with no vowel, opening as no word does, or a head ending as no word does ("qu"), the head
        # never written whole: one word
    if tail[0].islower() and len(_core(head)) >= 5 and head.isalpha() and _core(head) not in known \
            and _inside_ending(_core(head), _core(tail)):
        return True  # a common ending the break cut ("periódicamen" / "te datos"), after a head never written whole
    if "/" in head:  # "Comunicación/Incidenci" + "a": the word after the slash is the one broken
        head, whole = head.rsplit("/", 1)[1], whole.rsplit("/", 1)[1]
    if whole in known and (_core(head) not in known or _core(tail) not in known):
        return True
    # a compound broken inside one of its words ("gend" + "er-sensitive", "gender-sensi" + "tive"): that word
    # whole, its head no word ("we" + "re-assessed" stays two words: "were" is one, but so is "we")
    head, tail = head.rsplit("-", 1)[-1], tail.split("-", 1)[0]
    return _core(head + tail) in known and _core(head) not in known


def _inside_ending(head: str, tail: str) -> bool:
    """The tail is the last letters of a common ending (languages/*.json ``word_endings``) whose first
    letters end the head, and no short word of its own: "periódicamen" + "te" ("mente"), "spécifiquem" + "ent"
    ("ment"), "programmati" + "ques" ("iques")."""
    if tail in short_words() or tail in connectors():
        return False  # "ainsi" / "que les femmes": a word of its own ("que") is no ending's tail
    return any(len(tail) < len(ending) and ending.endswith(tail) and (head + tail).endswith(ending)
               for ending in word_endings())


def _one_letter_word(letter: str, following: str) -> bool:
    """A one-letter word of a language read here, where it stands before ``following`` (Spanish "u" means
    "or" only before a word that opens with an o sound: "siete u ocho")."""
    if letter == "u":
        return following.startswith(("o", "ho"))
    return letter in one_letter_words()


def _last_letter(head: str, line: str) -> bool:
    """A cell's last line that is one lowercase letter after a long word ("Comunicación/Incidenci" / "a"):
    the word's end. A one-letter word ("a", "y", "à") never ends a cell's text: its object would follow."""
    core = _core(line)
    return len(core) == 1 and line.strip() == core and core.isalpha() and core.islower() \
        and len(_core(head.rsplit("/", 1)[-1])) >= 5 and head[-1:].isalpha()


def mend_broken_words(blocks: list[Block]) -> list[Block]:
    """The blocks with the words broken inside table cells, or between the two parts of a row a page break
    split, joined again."""
    tables = [block for block in blocks if isinstance(block, Table)]
    cells = [cell for table in tables for cell in _cell_texts(table)]
    # a list item's letter ("d) Minutes ...") is no word: it would keep "disaggregate" / "d and" apart
    texts = [LIST_NUMBER.sub("", block.text) for block in blocks if isinstance(block, Paragraph)] + cells
    known = known_words(texts)
    if not any("\n" in cell.strip("\n") for cell in cells) and not any(_split_rows(table) for table in tables):
        return blocks
    return [_mended_table(block, known) if isinstance(block, Table) else block for block in blocks]


def _split_rows(table: Table) -> list[int]:
    """The rows that open a page under a row of the same table: a row a page break may have split."""
    return [i for i, row in enumerate(table.rows) if row.page_start and i > 0]


def _cell_texts(table: Table) -> list[str]:
    """The table's cells, those at a page break marked open with a line break before (the first row of a
    page) or after (the last row before it): the token there may be the piece of a word the break cut."""
    opens, closes = set(_split_rows(table)), {i - 1 for i in _split_rows(table)}
    return [("\n" if i in opens else "") + cell + ("\n" if i in closes else "")
            for i, row in enumerate(table.rows) for cell in row.cells if cell]


def _mended_table(table: Table, known: set[str]) -> Table:
    rows = [replace(row, cells=tuple(mend_cell(c, known) if c and "\n" in c else c for c in row.cells))
            for row in table.rows]
    for i in _split_rows(table):
        pairs = [_mend_across(above, below, known) for above, below in zip(rows[i - 1].cells, rows[i].cells)]
        rows[i - 1] = replace(rows[i - 1], cells=tuple(above for above, _ in pairs))
        rows[i] = replace(rows[i], cells=tuple(below for _, below in pairs))
    return replace(table, rows=tuple(rows))


def _mend_across(above: str | None, below: str | None, known: set[str]) -> tuple[str | None, str | None]:
    """Two cells of one column over a page break, with a word the break cut ("mainstreame" / "d across all")
    made whole in the cell above; left alone when the cell below holds nothing but the word's tail."""
    if not above or not below or not above.strip() or not below.strip():
        return above, below
    head = above.rstrip().rsplit(None, 1)[-1]
    first, _, rest = below.lstrip().partition("\n")
    tail, _, after = first.partition(" ")
    remainder = "\n".join(part for part in (after.strip(), rest) if part)
    if not remainder or not _broken(head, tail, known):
        return above, below
    return above.rstrip() + tail, remainder
