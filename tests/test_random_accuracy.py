"""A seeded sample of randomized layouts, extracted and scored against its truth, one test per document.

The target is the region-readers issue's: every field at F1 >= 0.95 on every
document. Documents the extractor does not read well enough yet are listed in
BELOW_TARGET with the field that fails; they are strict xfails, so one that
starts passing fails the run until it is taken off the list (and the list only
shrinks). The README's table uses 200 documents of another seed, which no test uses.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from swapscore.corpus.generator.randomized import synthesize_random
from swapscore.pipeline.evaluate import evaluate

SAMPLE_SEED = 424242
SAMPLE_SIZE = 15
TARGET = 0.95
# n -> why it is below the target today (the worst field and what the layout does)
BELOW_TARGET: dict[int, str] = {}

TOOLS = ("chromium", "soffice")
missing = [t for t in TOOLS if shutil.which(t) is None]
pytestmark = pytest.mark.skipif(bool(missing) and not os.environ.get("CI"),
                                reason=f"{', '.join(missing)} not installed: the sample draws from all five producers (.ci/run installs them)")


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[list[Path], Path]:
    from swapscore.pipeline.batch import run_batch

    folder = tmp_path_factory.mktemp("random-sample")
    documents = synthesize_random(SAMPLE_SIZE, folder, SAMPLE_SEED, jobs=2)
    out = tmp_path_factory.mktemp("random-sample-out")
    run_batch(documents, out, jobs=2)
    return documents, out


def _params():
    for n in range(SAMPLE_SIZE):
        marks = [pytest.mark.xfail(strict=True, reason=BELOW_TARGET[n])] if n in BELOW_TARGET else []
        yield pytest.param(n, marks=marks, id=f"seed{SAMPLE_SEED}-n{n}")


@pytest.mark.parametrize("n", list(_params()))
def test_random_layout_reaches_the_target_on_every_field(sample, n):
    documents, out = sample
    document = documents[n]
    (result,) = evaluate(out, [document.with_name(document.stem + ".truth.json")])
    below = {s.field: round(s.f1, 3) for s in result.scores if s.f1 < TARGET}
    assert not below, f"{document.name} ({result.layout['summary']}): fields below {TARGET}: {below}"
