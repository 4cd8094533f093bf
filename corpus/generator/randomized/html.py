"""Blocks to HTML, printed to PDF by headless Chromium (Skia) or by WeasyPrint.

HTML renderers put an ordered list's numbers in the margin, apart from the
item text, draw each cell's borders (none where a row splits over a page
unless asked), and repeat a ``thead`` on every page.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from swapscore.corpus.generator.randomized.blocks import Badge, Block, Box, Cell, ListBlock, PageBreak, TableBlock, Text, typed_marker

CSS = """
@page { size: A4; margin: 2cm 1.8cm; }
@page wide { size: A4 landscape; margin: 1.6cm 1.5cm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.3; }
p { margin: 0 0 5pt 0; }
h1 { font-size: 15pt; margin: 14pt 0 8pt; } h2 { font-size: 12.5pt; margin: 10pt 0 6pt; }
h3 { font-size: 11pt; margin: 8pt 0 5pt; }
.title { font-size: 20pt; font-weight: bold; margin-top: 5cm; } .subtitle { font-size: 13pt; }
.band { background: #1F4E79; color: white; font-weight: bold; padding: 4pt 6pt; margin-top: 10pt; }
.box { border: 1pt solid #444; padding: 6pt 9pt; margin: 8pt 0; }
.badge { color: white; font-weight: bold; padding: 1pt 5pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; }
td, th { border: 0.8pt solid black; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { font-weight: bold; }
.clone td, .clone th { box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.wide { page: wide; }
.pagebreak { break-after: page; }
ol, ul { margin: 0 0 6pt 0; padding-left: 22pt; }
"""


def to_html(blocks: list[Block], title: str, running_header: str | None = None, page_word: str = "Page") -> str:
    head = CSS
    if running_header:
        head += (f"@page {{ @top-center {{ content: '{running_header}'; font-size: 8pt; }} "
                 f"@bottom-right {{ content: '{page_word} ' counter(page); font-size: 8pt; }} }}")
    body, wide = [], False
    for block in blocks:
        if isinstance(block, PageBreak):
            if block.landscape is not None:
                body.append("</div>" if wide else "")
                wide = block.landscape
                body.append('<div class="wide">' if wide else '<div class="pagebreak"></div>')
            else:
                body.append('<div class="pagebreak"></div>')
            continue
        body.append(_block(block))
    if wide:
        body.append("</div>")
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{head}</style></head><body>{''.join(body)}</body></html>")


def _block(block: Block) -> str:
    if isinstance(block, Text):
        text = escape(block.text.upper() if block.caps else block.text)
        if block.role in ("h1", "h2", "h3"):
            return f"<{block.role}>{text}</{block.role}>"
        if block.role in ("title", "subtitle", "band"):
            return f'<p class="{block.role}">{text}</p>'
        return f"<p><b>{text}</b></p>" if block.bold else f"<p>{text}</p>"
    if isinstance(block, Badge):
        return (f'<p><b>{escape(block.label)}:</b> <span class="badge" style="background:{block.colour}">'
                f"{escape(block.value)}</span></p>")
    if isinstance(block, ListBlock):
        return _list(block)
    if isinstance(block, TableBlock):
        return _table(block)
    if isinstance(block, Box):
        style = f' style="background:{block.fill}"' if block.fill else ""
        return f'<div class="box"{style}>{"".join(_block(b) for b in block.children)}</div>'
    raise TypeError(block)


def _list(block: ListBlock) -> str:
    if block.marker == "auto":
        return "<ol>" + "".join(f"<li>{escape(i)}</li>" for i in block.items) + "</ol>"
    if block.marker == "bullet":
        return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in block.items) + "</ul>"
    if block.marker == "none":
        return "".join(f"<p>{escape(i)}</p>" for i in block.items)
    return "".join(f"<p>{escape(typed_marker(block.marker, n))} {escape(i)}</p>" for n, i in enumerate(block.items, 1))


def _cell(cell: Cell, tag: str) -> str:
    attrs = ""
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.fill:
        attrs += f' style="background:{cell.fill}"'
    text = escape(cell.text).replace("\n", "<br>")
    return f"<{tag}{attrs}>{'<b>' + text + '</b>' if cell.bold and tag == 'td' else text}</{tag}>"


def _table(block: TableBlock) -> str:
    total = sum(block.widths)
    cols = "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in block.widths)
    klass = ' class="clone"' if block.rule_at_break else ""
    style = f' style="font-size:{block.font_size}pt"'
    header = "".join("<tr>" + "".join(_cell(c, "th") for c in row if c is not None) + "</tr>" for row in block.header)
    rows = "".join("<tr>" + "".join(_cell(c, "td") for c in row if c is not None) + "</tr>" for row in block.rows)
    head = f"<thead>{header}</thead><tbody>" if block.repeat_header else f"<tbody>{header}"
    return f"<table{klass}{style}><colgroup>{cols}</colgroup>{head}{rows}</tbody></table>"


def chromium_pdf(html: str, target: Path, browser_furniture: bool = False) -> None:
    """Print with headless Chromium; ``browser_furniture`` keeps its date/title header and URL/page footer."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        raise RuntimeError("Chromium is needed for the chromium producer: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / f"{target.stem}.html"
        page.write_text(html, encoding="utf-8")
        out = Path(tmp) / "out.pdf"
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={tmp}/profile",
                f"--print-to-pdf={out}", *([] if browser_furniture else ["--no-pdf-header-footer"]), page.as_uri()]
        subprocess.run(args, check=True, capture_output=True, timeout=120)
        shutil.move(str(out), target)


def weasyprint_pdf(html: str, target: Path) -> None:
    from weasyprint import HTML

    HTML(string=html).write_pdf(str(target))
