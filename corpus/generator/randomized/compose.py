"""A report's content and its layout draw to blocks: every presentation decision is made here."""

from __future__ import annotations

import random

from swapscore.corpus.generator.model import IndicatorContent, ReportContent
from swapscore.corpus.generator.randomized.blocks import Badge, Block, Box, Cell, ListBlock, PageBreak, TableBlock, Text
from swapscore.corpus.generator.randomized.draw import LayoutDraw
from swapscore.corpus.generator.randomized.language import local_country, template_words, text_words, written_date


def compose(content: ReportContent, draw: LayoutDraw) -> list[Block]:
    intro = text_words(draw.language).INTRO.format(country=local_country(content.country, draw.language))
    blocks: list[Block] = [*_cover(content, draw), PageBreak(), Text(intro)]
    if draw.overview:
        blocks += [Text(draw.overview_title, "h1"), _overview(content, draw)]
    section_titles = template_words(draw.language).SECTION_TITLES
    blocks.append(Text(section_titles[draw.layout_seed % len(section_titles)], "h1"))
    current = None
    for ind in content.indicators:
        if ind.dimension != current and (draw.dimension_headings or content.framework == "unct-swap-2023"):
            current = ind.dimension
            blocks.append(Text(_dimension_label(draw, ind), "h2"))
        blocks += _section(content, draw, ind)
    if content.action_plan:
        blocks += [PageBreak(landscape=True if draw.action_landscape else None), Text(draw.action_title, "h1"),
                   _action_plan(content, draw)]
        if draw.action_landscape:
            blocks.append(PageBreak(landscape=False))
    if any(i.supporting_documents for i in content.indicators):
        blocks += [Text(draw.evidence_title, "h1"), *_evidence(content, draw)]
    return blocks


def _cover(content: ReportContent, draw: LayoutDraw) -> list[Block]:
    out: list[Block] = [Text(draw.title, "title")]
    if draw.type_line:
        out.append(Text(draw.type_line, "subtitle"))
    out.append(Text(draw.team_line, "subtitle"))
    date_line = _date_line(content, draw)
    if date_line:
        out.append(Text(date_line))
    if str(content.year) not in draw.title + (draw.type_line or "") + draw.team_line + (date_line or ""):
        lines = template_words(draw.language).REPORTING_YEAR_LINES
        out.append(Text(lines[draw.layout_seed % len(lines)].format(year=content.year)))
    return out


def _date_line(content: ReportContent, draw: LayoutDraw) -> str | None:
    """A dated cover line in Spanish and French documents (month written out), on a stream of its own."""
    words = template_words(draw.language)
    if not hasattr(words, "DATE_LINES"):
        return None
    rng = random.Random(f"date-{draw.language}-{draw.layout_seed}")
    return rng.choice(words.DATE_LINES).format(date=written_date(rng, words, content.year)) if rng.random() < 0.6 else None


def _dimension_label(draw: LayoutDraw, ind: IndicatorContent) -> str:
    return f"{draw.dimension_prefix} {ind.dimension}: {ind.dimension_name}".strip()


def heading_text(draw: LayoutDraw, ind: IndicatorContent) -> str:
    name = ind.name_as_written.upper() if draw.heading_caps else ind.name_as_written
    prefix = draw.heading_prefix.upper() if draw.heading_caps else draw.heading_prefix
    code = f"{prefix} {ind.code}".strip()
    return f"{name} ({code})" if draw.code_after_name else f"{code}{draw.heading_separator}{name}"


def _section(content: ReportContent, draw: LayoutDraw, ind: IndicatorContent) -> list[Block]:
    annual = content.report_type == "annual"
    heading = heading_text(draw, ind)
    inner: list[Block] = [*_rating(draw, ind, annual)]
    if draw.findings_label:
        inner.append(Text(draw.findings_label, bold=True))
    inner += [Text(s) for s in ind.findings]
    if ind.means_of_verification:
        inner += [Text(draw.mov_label, bold=True), ListBlock(tuple(e.text for e in ind.means_of_verification), draw.list_marker)]
    if draw.container == "box":
        return [Box((Text(heading, "h3"), *inner), fill="#F2F2F2" if draw.layout_seed % 2 else None)]
    return [Text(heading, "band" if draw.container == "band" else "h3"), *inner]


def _yes_no(draw: LayoutDraw, value: bool) -> str:
    return draw.yes_word if value else draw.no_word


def _labelled(label: str, value: str) -> str:
    return f"{label} {value}" if label.rstrip().endswith("?") else f"{label}: {value}"


def _rating(draw: LayoutDraw, ind: IndicatorContent, annual: bool) -> list[Block]:
    words = draw.rating_words[ind.rating]
    if draw.rating_style == "table":
        rows = [(Cell(draw.rating_label, bold=True), Cell(words))]
        if annual:
            rows.append((Cell(draw.reassessed_label, bold=True), Cell(_yes_no(draw, ind.reassessed))))
        return [TableBlock((), tuple(rows), (1.0, 1.4))]
    out: list[Block]
    if draw.rating_style == "label":
        out = [Text(_labelled(draw.rating_label, words))]
    elif draw.rating_style == "next_line":
        out = [Text(draw.rating_label, bold=True), Text(words)]
    elif draw.rating_style == "badge":
        out = [Badge(draw.rating_label, words, draw.badge_colour)]
    else:
        sentences = template_words(draw.language).RATING_SENTENCES
        template = sentences[(draw.layout_seed + int(ind.code.replace(".", ""))) % len(sentences)]
        out = [Text(template.format(code=ind.code, name=ind.name_as_written, rating=words))]
    if annual:
        value = _yes_no(draw, ind.reassessed)
        out += ([Text(_labelled(draw.reassessed_label, value))] if draw.reassessed_style == "label"
                else [Text(draw.reassessed_label, bold=True), Text(value)])
    return out


def _overview(content: ReportContent, draw: LayoutDraw) -> TableBlock:
    h = draw.overview_headers
    roles = list(draw.overview_order)
    columns = (["dimension"] if draw.overview_dimension == "column" else []) + [
        c for role in roles for c in (["code", "indicator"] if role == "indicator" and draw.overview_code_column else [role])]
    header: list[Cell | None] = [Cell(h[c], bold=True) for c in columns]
    rows: list[tuple[Cell | None, ...]] = []
    for dimension, members in _by_dimension(content.indicators):
        if draw.overview_dimension == "group_rows":
            rows.append((Cell(_dimension_label(draw, members[0]), bold=True, colspan=len(header), fill="#EDEDED"),
                         *([None] * (len(header) - 1))))
        for k, ind in enumerate(members):
            row: list[Cell | None] = []
            if draw.overview_dimension == "column":
                row.append(Cell(f"{dimension}. {ind.dimension_name}", rowspan=len(members)) if k == 0 else None)
            for role in roles:
                if role == "indicator":
                    row += ([Cell(ind.code), Cell(ind.name_as_written)] if draw.overview_code_column
                            else [Cell(f"{ind.code} {ind.name_as_written}")])
                elif role == "rating":
                    row.append(Cell(draw.overview_rating_words[ind.rating_overview]))
                else:
                    row.append(Cell(_yes_no(draw, ind.reassessed_overview)))
            rows.append(tuple(row))
    widths = [{"dimension": 1.2, "code": 0.5, "indicator": 2.6, "rating": 1.5, "reassessed": 1.0}[c] for c in columns]
    return TableBlock((tuple(header),), tuple(rows), tuple(widths))


def _by_dimension(indicators) -> list[tuple[int, list[IndicatorContent]]]:
    groups: dict[int, list[IndicatorContent]] = {}
    for ind in indicators:
        groups.setdefault(ind.dimension, []).append(ind)
    return list(groups.items())


def _action_plan(content: ReportContent, draw: LayoutDraw) -> TableBlock:
    labels = [*draw.action_headers, *content.action_columns]
    words = template_words(draw.language)
    lead = {"dimension_column": [words.ACTION_DIMENSION_HEADER], "number_column": [words.ACTION_NUMBER_HEADER],
            "indicator": []}[draw.action_lead]
    header = tuple(Cell(t, bold=True, fill="#D9E2F3") for t in [*lead, *labels])
    by_code = {i.code: i for i in content.indicators}
    rows: list[tuple[Cell | None, ...]] = []
    dimension_rows: dict[int, int] = {}
    for row in content.action_plan:
        dimension_rows[by_code[row.code].dimension] = dimension_rows.get(by_code[row.code].dimension, 0) + 1
    current = None
    for n, row in enumerate(content.action_plan, 1):
        ind = by_code[row.code]
        first_of_dimension = ind.dimension != current
        current = ind.dimension
        if first_of_dimension and draw.action_group_rows and draw.action_lead != "dimension_column":
            rows.append((Cell(_dimension_label(draw, ind), bold=True, colspan=len(header), fill="#F2F2F2"),
                         *([None] * (len(header) - 1))))
        cells: list[Cell | None] = []
        if draw.action_lead == "dimension_column":
            cells.append(Cell(f"{ind.dimension}. {ind.dimension_name}", rowspan=dimension_rows[ind.dimension])
                         if first_of_dimension else None)
        elif draw.action_lead == "number_column":
            cells.append(Cell(str(n)))
        cells += [Cell(row.label), Cell(row.action), *(Cell(text) for _, text in row.progress)]
        rows.append(tuple(cells))
    widths = [*([1.0] if lead else []), 1.4, 2.2, *([1.6] * len(content.action_columns))]
    if draw.action_lead == "number_column":
        widths[0] = 0.35
    return TableBlock((header,), tuple(rows), tuple(widths), repeat_header=draw.action_repeat_header,
                      rule_at_break=draw.action_rule_at_break, font_size=7.5 if draw.action_narrow else 8.5)


def _evidence(content: ReportContent, draw: LayoutDraw) -> list[Block]:
    h = draw.evidence_headers
    with_docs = [i for i in content.indicators if i.supporting_documents]
    if draw.evidence == "per_pi":
        out: list[Block] = []
        for ind in with_docs:
            header = ((Cell(heading_text(draw, ind), bold=True, colspan=2, fill="#D9E2F3"), None),
                      (Cell(h["category"], bold=True), Cell(h["document"], bold=True)))
            rows = tuple((Cell(d.category or ""), Cell(d.text)) for d in ind.supporting_documents)
            out.append(TableBlock(header, rows, (1.0, 2.2)))
        return out
    header = ((Cell(h["indicator"], bold=True), Cell(h["category"], bold=True), Cell(h["document"], bold=True)),)
    rows = []
    for ind in with_docs:
        for k, d in enumerate(ind.supporting_documents):
            pi = Cell(f"{ind.code} {ind.name_as_written}", rowspan=len(ind.supporting_documents)) if draw.evidence_pi_merged else \
                Cell(f"{ind.code} {ind.name_as_written}")
            rows.append((pi if k == 0 or not draw.evidence_pi_merged else None, Cell(d.category or ""), Cell(d.text)))
    return [TableBlock(header, tuple(rows), (1.2, 1.0, 2.2))]
