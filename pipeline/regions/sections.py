"""PI sections: a heading naming a PI, then its rating, reassessed flag, findings and means of verification.

Recognized by their heading (a PI code where headings put one, see
``cues.pi_code_in_heading``); a section runs to the next PI heading, a
dimension heading, a chapter heading or a region table. Inside it, values are
read by what they are, wherever they stand: a rating level after a label, on
the line after it, in a table cell, alone or in a sentence; a yes/no answer
to a reassessment question; a list after a means-of-verification label.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from swapscore.parsers.layout import split_list_marker
from swapscore.parsers.text import cell_text, collapse_ws, join_lines
from swapscore.pipeline.phrases import SHORT_LEVEL, answer, choice_of, rating_in_sentence
from swapscore.pipeline.regions.cues import PI_CODE, answer_cues, has_cue, label_cues, pi_code_in_heading, rating_value, split_label, words
from swapscore.schemas.framework import Framework, default_framework, layout_vocabulary
from swapscore.schemas.language import short_words
from swapscore.schemas.records import Block, Paragraph, RawEvidence, RawIndicator, Table

CHAPTER_NUMBER = re.compile(r"^\d{1,2}\.?\s+[A-Z]")
TOC_ENTRY = re.compile(r"(\.{2,}|\s)\s*\d{1,3}$")
LABEL_HEAD = re.compile(r"^(?P<head>[^.(:]{1,90}?)\s*(?:[.:]\s*|(?=\()|$)(?P<rest>.*)$")
NAME_FLOOR = 70  # how close the name after a bare code must be to one of that PI's names (rapidfuzz token set ratio)
NAME_WRITTEN_WHOLE = 90  # a heading's name this close to one of the PI's names (rapidfuzz ratio) is that name, whole


@dataclass(frozen=True, slots=True)
class Section:
    heading: Paragraph
    code: str
    name: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class SectionValues:
    indicator: RawIndicator
    means_of_verification: tuple[RawEvidence, ...]
    notes: tuple[tuple[str, str, str, int | None], ...]  # (note code, pi, message, page)


# --- recognize ---------------------------------------------------------------------------


OwnNames = dict[str, tuple[str, ...]]  # PI code -> the names a report writes beside it in its own tables


def heading_of(paragraph: Paragraph, framework: Framework | None = None, own: OwnNames | None = None) -> tuple[str, str] | None:
    """(code, name) when a paragraph is a PI heading. A code with no word before it ("2.1 ...") is a
    PI heading only when the name after it is that PI's (chapters are numbered the same way): one of the
    framework's names for it, or one the report itself writes beside that code in its overview, action plan
    or evidence table (``own``: "1.1 Evaluación común para el país", a name the framework does not list)."""
    found = _heading_form(paragraph)
    if found is None:
        return None
    code, name, prefixed, emphasised = found
    indicator = (framework or default_framework()).indicator(code)
    names = (*indicator.names, *(own or {}).get(code, ())) if indicator is not None else ()
    if not prefixed and not (emphasised and _names_one_of(name, names)):
        return None
    return code, name


def _heading_form(paragraph: Paragraph) -> tuple[str, str, bool, bool] | None:
    """(code, name, prefixed, emphasised) when a paragraph has a PI heading's form, whatever the name."""
    text = collapse_ws(paragraph.text)
    limits = layout_vocabulary().heading_limits
    if len(text) > limits["max_chars"] or paragraph.style == "list_item":
        return None
    if TOC_ENTRY.search(text) and paragraph.style != "heading":
        return None  # a table-of-contents line: "PI 1.1 Common Country Analysis ..... 9"
    found = pi_code_in_heading(text)
    if found is None:
        return None
    emphasised = paragraph.style == "heading" or paragraph.bold or text.isupper()
    prefixed = has_cue(text.split(found[0])[0] + " " + text.rsplit(found[0], 1)[-1][:3], layout_vocabulary().indicator_words)
    if not emphasised and len(text) > limits["max_chars_plain"]:
        return None
    if not emphasised and not text[:1].isupper() and not text[:1].isdigit():
        return None
    return found[0], found[1], prefixed, emphasised


def headings_of(blocks: list[Block], framework: Framework | None = None, own: OwnNames | None = None) \
        -> list[tuple[str, str] | None]:
    """Each block's (code, name) when it is a PI heading. A bare code with a name that is none of the PI's
    ("4.1 – Direction", "Direction (4.1)": a translation of "Leadership" the framework does not list) is a
    heading too when it has the form of the PI headings on either side of it (same style, same words around
    its code and name) and its code comes between theirs, a code no other heading takes: the report's own
    headings show how it writes one (a chapter numbered like a PI is written otherwise, or stands elsewhere)."""
    found = [heading_of(b, framework, own) if isinstance(b, Paragraph) else None for b in blocks]
    codes = {h[0] for h in found if h is not None}
    named = [i for i, h in enumerate(found) if h is not None]
    for before, after in zip(named, named[1:]):
        for i in range(before + 1, after):
            heading = _written_as(blocks[before], blocks[i], blocks[after])
            if heading is not None and heading[0] not in codes and \
                    _code_key(found[before][0]) < _code_key(heading[0]) < _code_key(found[after][0]):
                found[i] = heading
                codes.add(heading[0])
    return found


def _written_as(before: Block, block: Block, after: Block) -> tuple[str, str] | None:
    """(code, name) of an emphasised bare-code heading written as the two headings around it are."""
    form = _heading_form(block) if isinstance(block, Paragraph) else None
    if form is None or form[2] or not form[3]:
        return None
    shape = _shape(block)
    return form[:2] if shape is not None and shape == _shape(before) == _shape(after) else None


def _shape(block: Block) -> tuple[str, bool, str] | None:
    """A heading's style, weight and text with its code and name taken out ("# – N", "N (#)")."""
    form = _heading_form(block) if isinstance(block, Paragraph) else None
    if form is None or not form[1]:
        return None
    text = collapse_ws(block.text)
    return block.style, block.bold, PI_CODE.sub("#", text.replace(form[1], "N"), count=1)


def _code_key(code: str) -> tuple[int, int]:
    dimension, number = code.split(".")
    return int(dimension), int(number)


def _names_one_of(name: str, names: tuple[str, ...]) -> bool:
    from rapidfuzz import fuzz

    from swapscore.pipeline.normalize import normalize_name

    if not name or not names:
        return False
    wanted = normalize_name(name)
    return max(fuzz.token_set_ratio(wanted, normalize_name(n)) for n in names) >= NAME_FLOOR


def is_boundary(block: Block) -> bool:
    """A block that ends a PI section: a dimension heading or a chapter heading."""
    if not isinstance(block, Paragraph):
        return False
    text = collapse_ws(block.text)
    if len(text) > 120:
        return False
    folded = words(text).split()
    vocab = layout_vocabulary()
    for k, word in enumerate(folded[:3]):  # "Dimension 2", "Performance Dimension 2:", "DIMENSION AREA 2"
        if word in vocab.dimension_words and any(w.isdigit() for w in folded[k + 1:k + 3]):
            return True
    if re.match(r"^\d\s*[:.]\s+\S", text) and block.style == "heading" and len(text) < 70:
        return True  # "2: Programming and M&E", a dimension heading without the word
    emphasised = block.style == "heading" or block.bold
    return emphasised and (bool(CHAPTER_NUMBER.match(text)) or has_cue(text, vocab.chapter_words))


YEAR_FIRST = re.compile(r"(19|20)\d\d\b")  # "... GENDER ANALYSIS 2021 rating": a label may open with its year


def heading_apart(block: Block, framework: Framework | None = None) -> list[Block]:
    """A PI heading that the reader ran together with the label under it ("... (1.3) Current rating",
    "PI 3.2: Name Performance rating": same font, and the label's first word would not have fitted on the
    heading's line): the two, apart. The label starts at the first capitalised word (or year) after the code whose two
    first words hold a label cue (short words such as "de" not counted: "Niveau de notation"), when what stands
    before it is still a heading; a cue word that PI names use ("analysis", "niveau") is none here."""
    if not isinstance(block, Paragraph) or block.style == "list_item":
        return [block]
    text = collapse_ws(block.text)
    code = PI_CODE.search(text)
    if code is None:
        return [block]
    framework = framework or default_framework()
    cues, every_cue = _label_cues_apart_from_names(framework), (*label_cues("rating"), *label_cues("reassessed"))
    starts = [m.start() for m in re.finditer(r"\S+", text) if m.start() > code.end()]
    for start in starts:
        rest = text[start:]
        if not (rest[:1].isupper() or YEAR_FIRST.match(rest)):
            continue
        head = Paragraph(text[:start].rstrip(), block.page, block.style, block.bold)
        if has_cue(_first_words(rest, 2), cues) or \
                (has_cue(rest.split()[0], every_cue) and _name_ends_before(head.text, text, framework)):
            if heading_of(head, framework) is not None:
                return [head, Paragraph(rest, block.page, "body", block.bold)]
    return [block]


def _first_words(text: str, n: int) -> str:
    """The first ``n`` words of a text with the short words between them ("Niveau de notation" for 2)."""
    taken: list[str] = []
    for token in text.split():
        taken.append(token)
        if sum(1 for t in taken if t.lower() not in short_words()) == n:
            break
    return " ".join(taken)


def _name_ends_before(head: str, whole: str, framework: Framework) -> bool:
    """The PI's name is one of its names, whole, without the words after ``head``, and reads further from them
    with those words (a label opening with a word PI names use, "Level of performance", run into the heading:
    no part of the name; "Common Country" + "Assessment" stays one name)."""
    from rapidfuzz import fuzz

    from swapscore.pipeline.normalize import normalize_name

    found, longer = pi_code_in_heading(head), pi_code_in_heading(whole)
    indicator = framework.indicator(found[0]) if found is not None else None
    if indicator is None or longer is None:
        return False
    names = [normalize_name(n) for n in indicator.names]
    alone, with_rest = (max(fuzz.ratio(normalize_name(name), n) for n in names) for name in (found[1], longer[1]))
    return alone >= NAME_WRITTEN_WHOLE and alone > with_rest


SENTENCE_BREAK = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z])")
VALUE_LABEL_WORDS = 6  # how far into a line the cue of a label without a colon may stand
VALUE_LABEL_MAX_CHARS = 120  # a label and its value on one line, not a paragraph of findings


def _labelled_value(text: str) -> bool:
    """A "label: value" for the rating or the reassessed flag."""
    labelled = split_label(text)
    return labelled is not None and labelled[1] is not None and \
        (has_cue(labelled[0], label_cues("reassessed")) or has_cue(labelled[0], label_cues("rating")))


def _value_after_cue(text: str) -> tuple[str, str] | None:
    """(label, value) split after the first rating or reassessed cue word among a line's first words."""
    tokens = text.split()
    cues = (*label_cues("rating"), *label_cues("reassessed"))
    if len(text) > VALUE_LABEL_MAX_CHARS or not has_cue(" ".join(tokens[:VALUE_LABEL_WORDS]), cues):
        return None  # a sentence of the findings, or no label at all
    for i, token in enumerate(tokens[:VALUE_LABEL_WORDS]):
        if has_cue(token, cues) and i + 1 < len(tokens):
            return " ".join(tokens[:i + 1]), " ".join(tokens[i + 1:])
    return None


@functools.cache
def _label_cues_apart_from_names(framework: Framework) -> tuple[str, ...]:
    named = {word for indicator in framework.indicators for name in indicator.names for word in words(name).split()}
    named |= layout_vocabulary().heading_name_words
    return tuple(cue for cues in layout_vocabulary().labels.values() for cue in cues if not set(cue.split()) & named)


def sections(blocks: list[Block], region_tables: set[int], framework: Framework | None = None,
             own: OwnNames | None = None) -> list[Section]:
    out: list[Section] = []
    current: tuple[Paragraph, str, str] | None = None
    body: list[Block] = []

    def close() -> None:
        if current is not None:
            out.append(Section(current[0], current[1], current[2], tuple(body)))

    parts = [part for whole in blocks for part in heading_apart(whole, framework)]
    for block, heading in zip(parts, headings_of(parts, framework, own)):
        if heading is not None and current is not None and heading[0] == current[1]:
            body.append(block)  # the PI named again inside its own section (a box's first line)
        elif heading is not None:
            close()
            current, body = (block, *heading), []
        elif current is not None and ((isinstance(block, Table) and id(block) in region_tables) or is_boundary(block)):
            close()
            current, body = None, []
        elif current is not None:
            body.append(block)
    close()
    return out


def headings_left_out(blocks: list[Block], found: list[Section]) -> list[tuple[str, Paragraph]]:
    """(code, paragraph) of each paragraph written as the report's PI headings are (same style, weight and
    words around its code and name) whose code no section took: a PI heading whose name is none the
    framework or the report's tables give for its code, so its section was not read."""
    shapes = {_shape(s.heading) for s in found} - {None}
    codes = {s.code for s in found}
    out = []
    for block in blocks:
        form = _heading_form(block) if isinstance(block, Paragraph) and shapes else None
        if form is not None and form[0] not in codes and _shape(block) in shapes:
            out.append((form[0], block))
    return out


# --- read --------------------------------------------------------------------------------


def read(section: Section) -> SectionValues:
    reader = _Reader(section)
    reader.run()
    return SectionValues(reader.indicator(), tuple(reader.items), tuple(reader.notes))


class _Reader:
    """Walks a section's blocks once, taking each value where it stands."""

    def __init__(self, section: Section) -> None:
        self.section = section
        self.rating: str | None = None
        self.reassessed: str | None = None
        self.findings: list[str] = []
        self.items: list[RawEvidence] = []
        self.notes: list[tuple[str, str, str, int | None]] = []
        self.pending: Paragraph | None = None  # a label waiting for its value on the next line

    def indicator(self) -> RawIndicator:
        return RawIndicator(
            source="section", heading=collapse_ws(self.section.heading.text), code=self.section.code,
            rating_text=self.rating, reassessed_text=self.reassessed, page=self.section.heading.page,
            findings="\n".join(self.findings),
        )

    def note(self, code: str, message: str, page: int | None) -> None:
        self.notes.append((code, self.section.code, f"PI {self.section.code}: {message}", page))

    def run(self) -> None:
        blocks = list(self.section.blocks)
        i = 0
        while i < len(blocks):
            block = blocks[i]
            if isinstance(block, Table):
                self._table(block)
            elif self._is_list_label(block):
                i = self._list(blocks, i)
                continue
            else:
                self._paragraph(block)
            i += 1
        if self.pending is not None:
            self._label_without_value(self.pending)
        if self.rating is None:
            self.rating = _rating_in_heading(self.section.heading.text)

    # values in paragraphs

    def _paragraph(self, p: Paragraph) -> None:
        text = collapse_ws(p.text)
        sentences = SENTENCE_BREAK.split(text)
        if len(sentences) > 1 and (any(_labelled_value(sentence) for sentence in sentences[1:])
                                   or self._holds_rating_sentence(text, sentences)):
            for sentence in sentences:  # "The rating ... is “Meets”. Reassessed in 2022: Yes": each on its own
                self._paragraph(Paragraph(sentence, p.page, p.style, p.bold))
            return
        pending, self.pending = self.pending, None
        if pending is not None and self._value(pending.text, text, p.page):
            return
        if pending is not None:
            self._label_without_value(pending)
        labelled = split_label(text)
        if labelled is not None and labelled[1] is not None and self._value(labelled[0], labelled[1], p.page):
            return
        after_cue = _value_after_cue(text) if labelled is None else None
        if after_cue is not None and self._value(*after_cue, p.page):
            return  # "2022 rating Approaches Minimum Requirements": a label and its value with no colon between
        if self.rating is None and rating_value(text, labelled=False):
            self.rating = text
            return
        if self.reassessed is None and len(text) < 60 and labelled is None and answer(text) is not None \
                and not (has_cue(text, label_cues("reassessed")) and not has_cue(text, answer_cues())):
            self.reassessed = text  # a bare "Yes" / "No": the answer to the reassessment question above it
            return
        if self._is_value_label(text, labelled):
            self.pending = p
            return
        if self.rating is None and len(text) <= layout_vocabulary().limits["rating_sentence_max_chars"]:
            level_text = self._rating_sentence(text)
            if level_text:
                self.rating = level_text
                return
        is_label = (labelled is not None and labelled[1] is None) or \
            (len(text.split()) <= 5 and has_cue(text, label_cues("findings")))
        if not is_label:
            self.findings.append(text)

    def _value(self, label: str, value: str, page: int | None = None) -> bool:
        """Take ``value`` as the rating or the reassessed answer its label asks for; True if taken. A value
        written as a form's tick boxes is the option ticked; with none ticked (or several) it is no value, and
        a note says so."""
        choice = choice_of(value)
        if choice is not None and choice.chosen is None:
            page = page if page is not None else self.section.heading.page
            self.note("choice-unmarked", f"{collapse_ws(label)!r} lists options, none ticked alone: "
                                         f"{collapse_ws(value)!r} (page {page})", page)
            return True
        value = choice.chosen if choice is not None else value
        if has_cue(label, label_cues("reassessed")) and answer(value) is not None:
            if self.reassessed is None:
                self.reassessed = value
            return True
        level = rating_value(value, labelled=True)
        if level is not None and not has_cue(label, label_cues("reassessed")):
            if self.rating is None:
                self.rating = value
            return True
        if answer(value) is not None and self.reassessed is None and len(value) < 60:
            self.reassessed = value  # a yes/no answer to a question without the usual words
            return True
        return False

    def _is_value_label(self, text: str, labelled) -> bool:
        """A label standing alone: its value is on the next line."""
        if text.endswith(".") or has_cue(text, label_cues("findings")):
            return False  # a sentence, or the label of the findings ("Explanation of the rating")
        if labelled is not None and labelled[1] is None:
            return has_cue(text, label_cues("rating")) or has_cue(text, label_cues("reassessed"))
        short = len(text.split()) <= layout_vocabulary().label_limits["max_label_words"] + 4
        return short and (has_cue(text, label_cues("reassessed")) or
                          (has_cue(text, label_cues("rating")) and len(text.split()) <= 6))

    def _holds_rating_sentence(self, text: str, sentences: list[str]) -> bool:
        """A paragraph too long for a rating sentence that holds one: the line reading ran a rating sentence
        together with the findings after it (the sentence filled its last line, so the next line's first word
        could not have fitted there, and no gap parted them). Each sentence is then read on its own, the rating
        sentence within the same length limit as a paragraph."""
        limit = layout_vocabulary().limits["rating_sentence_max_chars"]
        return self.rating is None and len(text) > limit and \
            any(len(sentence) <= limit and self._rating_sentence(sentence) for sentence in sentences)

    def _rating_sentence(self, text: str) -> str | None:
        level = rating_in_sentence(text)
        if level:
            return text
        vocab = layout_vocabulary()
        names_it = self.section.code in text or has_cue(text, vocab.indicator_words)
        if (names_it or has_cue(text, (*label_cues("rating"), *vocab.rating_sentence_words))) and SHORT_LEVEL.search(text):
            return text
        return None

    def _label_without_value(self, p: Paragraph) -> None:
        self.note("label-without-value", f"label {collapse_ws(p.text)!r} (page {p.page}) has no value after it", p.page)

    # values in a small table of label and value cells

    def _table(self, table: Table) -> None:
        """Rows of label and value cells; or a box whose cell holds the rating on a line of its own."""
        for row in table.rows:
            raw = [c for c in row.cells if c is not None]
            while raw and not cell_text(raw[0]):
                raw.pop(0)  # an empty cell before the label (a box's grid run together with the table's)
            cells = [cell_text(c) for c in raw]
            if len(cells) >= 2 and self._value(cells[0], cells[1], row.page):
                continue
            if len(cells) == 2 and len(cells[0].split()) <= 6 and has_cue(cells[0], label_cues("means_of_verification")):
                self._items_in_cell(raw[1], row.page)
                continue
            lines = [line for c in row.cells if c for line in c.split("\n")]
            level_line = next((line for line in lines if rating_value(line, labelled=False)), None)
            if level_line is not None and self.rating is None:
                self.rating = collapse_ws(level_line)
            elif cells:
                self.findings.append(" | ".join(cells))

    # means of verification

    def _items_in_cell(self, cell: str, page: int | None) -> None:
        """The items of a means-of-verification cell beside its label (a form with one table per PI): one a
        line, or one a list marker where the lines have them; a line opening in lower case, or after a line
        that ends with an open bracket or a hyphen, goes on with the item before it."""
        items: list[list[str]] = []
        lines = [line.strip() for line in cell.split("\n") if line.strip()]
        marked = any(split_list_marker(line)[0] for line in lines)
        for line in lines:
            goes_on = items and (not split_list_marker(line)[0] if marked else
                                 line[:1].islower() or items[-1][-1].endswith(("(", "-", "/")))
            if goes_on:
                items[-1].append(line)
            else:
                items.append([line])
        for item in items:
            self.items.append(RawEvidence(self.section.heading.text, self.section.code, "means_of_verification",
                                          join_lines(item), None, page))

    def _is_list_label(self, block: Block) -> bool:
        """A paragraph naming the means of verification that reads as a label, not a sentence: emphasised,
        ending in a colon, a few words, or a short first sentence ("List Means of Verification. (E.g. ...)")."""
        if not isinstance(block, Paragraph):
            return False
        text = collapse_ws(block.text)
        cues = label_cues("means_of_verification")
        head = LABEL_HEAD.match(text)
        if head and len(head.group("head").split()) <= 8 and has_cue(head.group("head"), cues):
            rest = head.group("rest")
            if not rest or rest.startswith("(") or rest.lower().startswith(layout_vocabulary().example_words):
                return True
        if len(text) > layout_vocabulary().label_limits["max_list_label_chars"] or not has_cue(text, cues):
            return False
        labelled = split_label(text)
        if labelled is not None and labelled[1] is not None and not has_cue(labelled[1], cues):
            return False  # "Evidence: the survey ..." is a finding with a label, not a list's label
        return block.style == "heading" or block.bold or text.endswith(":") or len(text.split()) <= 6

    def _list(self, blocks: list[Block], start: int) -> int:
        """Items after a means-of-verification label, to the next emphasised paragraph or the section end.

        Where the list is bulleted or numbered only its items count (a stray plain line between two
        items is not one); otherwise each plain paragraph is one item.
        """
        label = blocks[start]
        end = start + 1
        while end < len(blocks) and isinstance(blocks[end], Paragraph) and not _ends_list(blocks[end]):
            end += 1
        paragraphs = [b for b in blocks[start + 1:end] if isinstance(b, Paragraph) and not self._is_list_label(b)]
        if any(p.style == "list_item" for p in paragraphs):
            paragraphs = [p for p in paragraphs if p.style == "list_item"]
        for p in paragraphs:
            self.items.append(RawEvidence(self.section.heading.text, self.section.code, "means_of_verification",
                                          p.text, None, p.page))
        if not paragraphs:
            self.note("region-empty", f"means-of-verification label {collapse_ws(label.text)!r} (page {label.page}) "
                                      "has no items after it", label.page)
        return end


def _rating_in_heading(text: str) -> str | None:
    """A rating run into the heading's paragraph ("PI 2.1 Joint programmes 2018 rating: APPROACHES"), as a
    badge on the heading's line does when the two are read as one paragraph."""
    head, _, value = collapse_ws(text).rpartition(":")
    if head and has_cue(" ".join(head.split()[-4:]), label_cues("rating")) and rating_value(value, labelled=True):
        return value.strip()
    return None


def _ends_list(p: Paragraph) -> bool:
    """An emphasised paragraph that is not a list item ends a list (a heading, a bold label)."""
    return p.style != "list_item" and (p.style == "heading" or p.bold)
