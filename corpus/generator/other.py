"""Documents that are not UNCT-SWAP scorecards, and format conversions (LibreOffice export, scans)."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from swapscore.corpus.generator.render_pdf import GRID, H1, H2, _p


def render_generic_report(spec: dict, path: Path) -> None:
    """A country office annual report: numbered outputs and a 'rating' column, no scorecard."""
    country, year = spec["country"], spec["year"]
    story = [
        _p(f"{country} Country Office Annual Report {year}", H1),
        _p("Results achieved with national partners", H2),
        _p(f"In {year} the country office in {country} worked on health, education and jobs for young people. "
           "This report summarizes the results against the outputs of the country programme."),
        _p("1. Results by output", H2),
    ]
    rows = [["Output", "Status", "Rating"]]
    outputs = ["1.1 Access to primary health care", "1.2 Quality of education", "2.1 Jobs for young people",
               "2.2 Social protection coverage", "3.1 Local governance"]
    levels = ["Meets expectations", "Exceeds expectations", "Meets expectations", "Approaching target", "Meets expectations"]
    rows += [[o, "On track", r] for o, r in zip(outputs, levels)]
    story.append(Table(rows, style=GRID))
    story.append(_p("2. Lessons learned", H2))
    story.append(_p("Joint work with the ministries was faster where a focal point was named at the start."))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def render_entity_report(spec: dict, path: Path) -> None:
    """An entity-level UN-SWAP 2.0 report: the same rating words, other indicators."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(f"UN-SWAP 2.0 Annual Report {spec['year']}: {spec['entity']}", 0)
    document.add_paragraph(
        "This entity-level report on the UN System-wide Action Plan complements the UNCT-SWAP Gender "
        "Equality Scorecard, which country teams complete for their joint work.")
    pis = ["Strategic Planning Gender-related SDG Results", "Reporting on Gender-related SDG Results",
           "Programmatic Gender-related SDG Results not directly captured in the Strategic Plan",
           "Evaluation", "Audit", "Policy", "Leadership", "Gender-responsive performance management",
           "Financial Resource Tracking", "Financial Resource Allocation", "Gender Architecture",
           "Equal representation of women", "Organizational culture", "Capacity assessment",
           "Capacity development", "Knowledge and communication", "Coherence"]
    ratings = ["Meets requirements", "Exceeds requirements", "Approaches requirements"]
    for n, name in enumerate(pis, 1):
        document.add_heading(f"Performance Indicator {n}: {name}", 2)
        document.add_paragraph(f"Rating: {ratings[n % 3]}")
        document.add_paragraph("The entity reviewed its practice against the requirements and agreed on next steps.")
    document.save(str(path))


def libreoffice_pdf(docx_path: Path, pdf_path: Path) -> None:
    """Export a DOCX to PDF with LibreOffice (the producer most Word reports meet)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice is needed to export DOCX to PDF: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
             "--outdir", tmp, str(docx_path)],
            check=True, capture_output=True, timeout=180,
        )
        shutil.move(str(Path(tmp) / (docx_path.stem + ".pdf")), pdf_path)


def scan_pdf(source_pdf: Path, target: Path, dpi: int = 150) -> None:
    """An image-only PDF of another PDF: each page rendered to a grey JPEG, no text layer."""
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument(str(source_pdf))
    images = []
    for page in pdf:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=55)
        images.append(Image.open(io.BytesIO(buffer.getvalue())))
    images[0].save(str(target), format="PDF", save_all=True, append_images=images[1:], resolution=dpi)

