"""Scale mode: N varied reports with their truth files, fast (python-docx and reportlab only)."""

from __future__ import annotations

import random
from pathlib import Path

from swapscore.corpus.generator.build import build_spec
from swapscore.corpus.generator.content import LEVELS
from swapscore.schemas.framework import countries, default_framework

LAYOUTS = (("platform", "reportlab", ["pdf"]), ("platform", "reportlab", ["docx"]), ("consultant", "reportlab", ["docx"]))


def synth_spec(n: int, seed: int, *, pdf_only: bool = False, padding: int = 0) -> dict:
    """A varied spec; ``pdf_only`` draws only reportlab PDFs, ``padding`` adds findings paragraphs per PI."""
    rng = random.Random(seed * 100_003 + n)
    layout, producer, outputs = rng.choice(LAYOUTS[:1] if pdf_only else LAYOUTS)
    report_type = rng.choice(["annual", "annual", "comprehensive"])
    codes = default_framework().codes
    country = rng.choice(sorted(set(countries().values())))
    return {
        "name": f"synth-{n:05d}-{country.lower().replace(' ', '-')[:20]}",
        "layout": layout,
        "country": country,
        "year": rng.randint(2019, 2025),
        "report_type": report_type,
        "seed": seed * 7 + n,
        "outputs": outputs,
        "pdf_producer": producer,
        "ratings": {c: rng.choice(LEVELS) for c in codes},
        "reassessed": rng.sample(codes, rng.randint(5, 8)),
        "stress": {"long_section": rng.choice(codes)} if rng.random() < 0.3 else {},
        "padding": padding,
    }


def synthesize(n: int, out_dir: Path, seed: int = 0, *, pdf_only: bool = False, padding: int = 0) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    specs = (synth_spec(i, seed, pdf_only=pdf_only, padding=padding) for i in range(n))
    return [p for spec in specs for p in build_spec(spec, out_dir, libreoffice=False)]
