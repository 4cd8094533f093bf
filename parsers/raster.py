"""A scanned page's raster made ready for OCR, and its ruling lines found, with numpy alone.

    grey page -> deskewed -> dark backgrounds turned light -> ruling segments (PDF points) -> rules erased

* **Deskew**: the tilt that makes the rows of dark pixels line up best (a projection profile, coarse then
  fine, within a few degrees), undone by rotating the page.
* **Light text on a coloured badge**: where the page's background (its local median, seen at an eighth of the
  resolution) is dark, the pixels are inverted, so tesseract reads dark text on light everywhere.
* **Ruling lines**: long runs of dark pixels along a row (horizontal) or a column (vertical); a shaded cell
  is a box whose sides are its fill's edges (a PDF draws a fill as a rectangle, and the born-digital reader
  takes its sides as rules too).  The runs become the same straight segments the PDF readers take from a
  page's drawings, for ``ruling.find_tables``.

numpy is there already (pandas and pyarrow need it): no image library beyond Pillow is needed for runs of
pixels along rows and columns, so OpenCV's and scikit-image's wheels (tens of megabytes) are not.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter, ImageOps

Point = tuple[float, float]
Segment = tuple[Point, Point]

MAX_SKEW = 3.0  # degrees: a scanner's tilt; a page turned further is not straightened
DARK = 160  # a grey darker than this is ink (rules, text)
SHADE = 248  # the paper's background (``_background``) is lighter than this, a shaded fill's darker
BACKGROUND_RANK = 0.8  # the background of a pixel: this far up the greys around it, darkest 0, lightest 1
RULE_MIN_PT = 15.0  # a horizontal run of ink this long (points) is a ruling, not a letter
RULE_MIN_V_PT = 10.0  # a vertical one this long (a row a page break cut short is as tall as a line of text)
FILL_MIN_PT = 30.0  # a shaded fill is this wide at least
FILL_MIN_HEIGHT_PT = 9.0  # and this tall
GAP_PT = 0.8  # a ruling's run may break for this long (JPEG noise, a faint stretch)
CLEARANCE_PT = 1.5  # a ruling has no ink this far above and below it along most of its length
FILL_HOLE_PT = 1.0  # a fill's specks lighter than the threshold, this long at most, are closed
FILL_GREY_HOLE_PT = 3.0  # and its stretches this long at most that are lighter but not paper (PAPER_WHITE)
PAPER_WHITE = 252  # a background this light is paper, not a fill the scan lightened
BUSY_SHARE = 0.15  # ... that is, along all but this share of it
SOLID_SHARE = 0.9  # and is ink along this share of its length at least (before its gaps are closed)
BADGE_BACKGROUND = 170  # where the local background is darker than this, the text is light on dark: invert
BADGE_MIN_WIDTH_PT = 30.0  # a dark fill is a badge or a band when it is this wide
BADGE_MAX_HEIGHT_PT = 60.0  # and at most this tall
PAPER = 215  # paper is lighter than this
EDGE_DARK = 200  # along a fill's side, the fill is darker than this (JPEG blurs the side)
BADGE_MIN_HEIGHT_PT = 5.0  # and this tall (dense bold text on white is neither, over such a stretch)
BADGE_EDGE_PT = 1.0  # the sides of a dark fill, blurred by the scan, are whitened this far either side of its edge


@dataclass(frozen=True, slots=True)
class CleanPage:
    """The page ready for OCR (``ocr_image``, rules erased), its ruling segments and its deskew angle."""

    ocr_image: Image.Image
    segments: tuple[Segment, ...]
    skew: float
    dpi: int


def clean_page(image: Image.Image, dpi: int) -> CleanPage:
    """Grey, deskewed, light-on-dark text inverted, contrast stretched; rulings found and erased."""
    grey = image.convert("L")
    skew = estimate_skew(grey)
    if abs(skew) >= 0.05:
        grey = grey.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    grey = invert_dark_backgrounds(grey, dpi)
    pixels = np.asarray(grey)
    segments, rule_mask = find_rulings(pixels, dpi)
    erased = np.where(rule_mask, np.uint8(255), pixels)
    ocr_image = ImageOps.autocontrast(Image.fromarray(erased), cutoff=0.5)
    return CleanPage(ocr_image=ocr_image, segments=tuple(segments), skew=skew, dpi=dpi)


# --- deskew --------------------------------------------------------------------------


def estimate_skew(grey: Image.Image, max_skew: float = MAX_SKEW) -> float:
    """The angle (degrees, as Pillow's ``rotate`` takes it) that levels the page's rows of ink."""
    small = grey
    ys, xs = np.nonzero(np.asarray(small) < DARK)
    if len(xs) < 200:
        return 0.0
    if len(xs) > 200_000:  # a sample is enough to tell the angle
        keep = np.random.default_rng(0).choice(len(xs), 200_000, replace=False)
        xs, ys = xs[keep], ys[keep]
    xs = xs.astype(np.float64) - small.size[0] / 2
    ys = ys.astype(np.float64)

    def score(angle: float) -> float:
        shifted = ys - xs * np.tan(np.radians(angle))
        counts = np.bincount(np.clip(shifted, 0, None).astype(np.int64))
        return float(np.dot(counts, counts))

    best = max(np.arange(-max_skew, max_skew + 1e-9, 0.25), key=score)
    best = max(np.arange(best - 0.25, best + 0.25 + 1e-9, 0.02), key=score)
    return round(float(best), 2)


# --- light text on dark backgrounds ------------------------------------------------------


def invert_dark_backgrounds(grey: Image.Image, dpi: int = 200) -> Image.Image:
    """Light text on a dark fill (a coloured badge, a dark heading band) made dark text on white: each dark box
    (``dark_boxes``) is mapped so that its fill turns white and its light text black."""
    pixels = np.asarray(grey)
    boxes = dark_boxes(pixels, dpi)
    if not boxes:
        return grey
    out = pixels.copy()
    edge = max(1, round(BADGE_EDGE_PT * dpi / 72))
    for x0, y0, x1, y1 in boxes:
        region = pixels[y0:y1, x0:x1].astype(np.float32)
        level = float(np.median(region))
        out[y0:y1, x0:x1] = np.clip(255.0 * (255.0 - region) / max(255.0 - level, 1.0), 0, 255).astype(np.uint8)
        # the fill's sides, blurred by the scan from dark to paper, stay grey on either side of the box's edge: a
        # stroke tesseract reads as "|", "oe" or "7" after the badge's text, or a rule over it: whitened
        top, left = max(y0 - edge, 0), max(x0 - edge, 0)
        out[top:y0 + edge, left:x1 + edge] = 255
        out[y1 - edge:y1 + edge, left:x1 + edge] = 255
        out[top:y1 + edge, left:x0 + edge] = 255
        out[top:y1 + edge, x1 - edge:x1 + edge] = 255
    return Image.fromarray(out)


def dark_boxes(pixels: np.ndarray, dpi: int) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, top, x1, bottom in pixels) of dark fills: a top side where paper above turns dark below along
    at least a badge's width, and the nearest bottom side under it where dark turns to paper, over the same
    stretch.  A line of text has no such sides: the paper shows between its letters."""
    px = dpi / 72
    step = max(1, round(0.7 * px))
    light, dark = pixels >= PAPER, pixels < EDGE_DARK
    tops = np.zeros_like(dark)  # paper a little above, dark on the row and the next (the letters start lower)
    tops[step:-1] = light[: -step - 1] & dark[step:-1] & dark[step + 1:]
    bottoms = np.zeros_like(dark)
    bottoms[1:-step] = dark[:-step - 1] & dark[1:-step] & light[step + 1:]
    tops[1:] |= tops[:-1]  # a side a tilt or JPEG moved by a row is still one side
    bottoms[1:] |= bottoms[:-1]
    width, gap = round(BADGE_MIN_WIDTH_PT * px), max(1, round(1.5 * px))
    top_runs = _first_rows(_row_runs(_close_gaps(tops, gap), width))
    bottom_runs = _first_rows(_row_runs(_close_gaps(bottoms, gap), width))
    boxes = []
    for y, x0, x1 in top_runs:
        below = [(yb, max(x0, b0), min(x1, b1)) for yb, b0, b1 in bottom_runs
                 if BADGE_MIN_HEIGHT_PT * px <= yb - y <= BADGE_MAX_HEIGHT_PT * px and min(x1, b1) > max(x0, b0)]
        side = _side_under(below, 0.8 * (x1 - x0))
        if side is not None:
            yb, b0, b1 = side
            box = (b0, y + step, b1, yb + 1)
            if _is_fill(pixels, box):
                boxes.append(box)
    return [b for b in boxes if not any(o != b and _inside(b, o) for o in boxes)]


SIDE_ROWS = 3  # the pieces of one side lie this many pixel rows apart at most (a tilt left after deskewing)


def _side_under(runs: list[tuple[int, int, int]], width: float) -> tuple[int, int, int] | None:
    """The nearest bottom side (row, x0, x1) the ``runs`` of bottom edges under a top side make together over at
    least ``width`` of it: a descender of the badge's light text ("q" of "Requirements") breaks its side in two."""
    for row, _, _ in sorted(runs):
        pieces = [(b0, b1) for yb, b0, b1 in runs if 0 <= yb - row <= SIDE_ROWS]
        if _covered(pieces) >= width:
            return row, min(p[0] for p in pieces), max(p[1] for p in pieces)
    return None


def _covered(pieces: list[tuple[int, int]]) -> int:
    """The length of the union of the stretches ``pieces``."""
    total, reach = 0, None
    for a, b in sorted(pieces):
        if reach is None or a > reach:
            total, reach = total + b - a, b
        elif b > reach:
            total, reach = total + b - reach, b
    return total


def _is_fill(pixels: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """A dark fill, not a line of capitals whose tops and bottoms line up: mostly dark, and dark right under its
    top side and right over its bottom side along nearly all its width (a fill's padding; the letters leave gaps)."""
    x0, y0, x1, y1 = box
    region = pixels[y0:y1, x0:x1]
    if region.size == 0 or np.median(region) >= BADGE_BACKGROUND:
        return False
    edges = [pixels[y, x0:x1] for y in (y0 + 1, y1 - 2) if y0 <= y < y1]
    return all((row < EDGE_DARK).mean() >= FILL_EDGE_SHARE for row in edges)


FILL_EDGE_SHARE = 0.9  # the share of a fill's width that is dark right inside its top and bottom sides


def _inside(box: tuple[int, int, int, int], outer: tuple[int, int, int, int], slack: int = 4) -> bool:
    return outer[0] - slack <= box[0] and outer[1] - slack <= box[1] and box[2] <= outer[2] + slack \
        and box[3] <= outer[3] + slack


def _row_runs(mask: np.ndarray, length: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of each run of set pixels along a row at least ``length`` long."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    change = np.diff(padded, axis=1)
    rows, starts = np.nonzero(change == 1)
    _, ends = np.nonzero(change == -1)
    return [(y, a, b) for y, a, b in zip(rows.tolist(), starts.tolist(), ends.tolist()) if b - a >= length]


def _first_rows(runs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Of runs on consecutive rows over the same stretch (one side drawn a few pixels thick), the first."""
    kept: list[tuple[int, int, int]] = []
    for y, x0, x1 in sorted(runs):
        if not any(0 < y - ky <= 3 and abs(x0 - k0) <= 3 and abs(x1 - k1) <= 3 for ky, k0, k1 in kept[-20:]):
            kept.append((y, x0, x1))
    return kept


# --- ruling lines ----------------------------------------------------------------------------


def find_rulings(pixels: np.ndarray, dpi: int) -> tuple[list[Segment], np.ndarray]:
    """Straight segments (PDF points, top-left origin) of the page's rulings and of its fills' sides, and the
    mask of the ruling pixels (to erase before OCR)."""
    scale = 72 / dpi
    px = dpi / 72
    dark = pixels < DARK
    gap = max(1, round(GAP_PT * px))
    clearance = max(2, round(CLEARANCE_PT * px))
    length, length_v = round(RULE_MIN_PT * px), round(RULE_MIN_V_PT * px)
    erase = np.zeros(pixels.shape, dtype=bool)
    segments: list[Segment] = []
    for y, x0, x1 in _rule_runs(dark, length, gap, clearance):
        segments.append(((x0 * scale, (y + 0.5) * scale), (x1 * scale, (y + 0.5) * scale)))
        erase[max(y - 1, 0): y + 2, x0:x1] = True
    for x, y0, y1 in _rule_runs(dark.T, length_v, gap, clearance):
        segments.append((((x + 0.5) * scale, y0 * scale), ((x + 0.5) * scale, y1 * scale)))
        erase[y0:y1, max(x - 1, 0): x + 2] = True
    background = _background(pixels)
    fill = background < SHADE
    hole = max(1, round(FILL_HOLE_PT * px))  # specks of paper-white inside a fill (JPEG ringing by the text)
    grey = max(hole, round(FILL_GREY_HOLE_PT * px))  # stretches of a light fill the JPEG blocks lifted over SHADE
    near_fill = background < PAPER_WHITE
    fill = _close_gaps(fill, hole) | _close_gaps(fill.T, hole).T \
        | ((_close_gaps(fill, grey) | _close_gaps(fill.T, grey).T) & near_fill)
    # a fill is wide and tall: what is left of the page's text in ``fill`` is not
    fill = _long_runs(fill, round(FILL_MIN_PT * px)) & _long_runs(fill.T, round(FILL_MIN_HEIGHT_PT * px)).T
    segments += _horizontal_edges(fill, scale, length)
    segments += [((a[1], a[0]), (b[1], b[0])) for a, b in _horizontal_edges(fill.T, scale, length_v)]
    return segments, erase


def _background(pixels: np.ndarray) -> np.ndarray:
    """The page with its text taken away: each pixel the light end (BACKGROUND_RANK) of the pixels around it
    (5 x 5 at half the resolution), so that only fills stay darker than the paper (the lightest pixel would
    be JPEG ringing)."""
    image = Image.fromarray(pixels).reduce(2)
    light = image.filter(ImageFilter.RankFilter(5, round(BACKGROUND_RANK * 24)))
    return np.asarray(light.resize((pixels.shape[1], pixels.shape[0]), Image.Resampling.NEAREST))


def _rule_runs(dark: np.ndarray, length: int, gap: int, clearance: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of each run of ink along a row at least ``length`` long (gaps up to ``gap`` closed)
    that is solid (the gaps closed are few: a word's letters leave many) and mostly has no ink ``clearance``
    pixels above and below: a ruling; the bottoms of a line of letters have their bodies above them."""
    closed = _close_gaps(dark, gap)
    near = np.zeros_like(dark)
    near[clearance:] |= dark[:-clearance]
    near[:-clearance] |= dark[clearance:]
    busy = np.cumsum(np.pad(near & closed, ((0, 0), (1, 0))), axis=1)
    ink = np.cumsum(np.pad(dark, ((0, 0), (1, 0))), axis=1)
    padded = np.zeros((dark.shape[0], dark.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = closed
    change = np.diff(padded, axis=1)
    rows, starts = np.nonzero(change == 1)
    _, ends = np.nonzero(change == -1)
    runs = []
    for y, x0, x1 in zip(rows.tolist(), starts.tolist(), ends.tolist()):
        n = x1 - x0
        if n >= length and busy[y, x1] - busy[y, x0] <= BUSY_SHARE * n and ink[y, x1] - ink[y, x0] >= SOLID_SHARE * n:
            runs.append((y, x0, x1))
    return runs


def _close_gaps(mask: np.ndarray, gap: int) -> np.ndarray:
    """Fill the gaps of at most ``gap`` pixels between two set pixels along each row."""
    out = mask.copy()
    for shift in range(1, gap + 1):
        # a pixel lies in a gap of length <= gap when ink lies within ``shift`` on its left and gap+1-shift on its right
        left = np.zeros_like(mask)
        left[:, shift:] = mask[:, :-shift]
        right = np.zeros_like(mask)
        step = gap + 1 - shift
        right[:, :-step] = mask[:, step:]
        out |= left & right
    return out


def _long_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """The pixels of the runs along each row of at least ``length`` set pixels."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    change = np.diff(padded, axis=1)
    rows_s, starts = np.nonzero(change == 1)
    _, ends = np.nonzero(change == -1)  # same row order as the starts: each run opens before it closes
    out = np.zeros(mask.shape, dtype=np.int32)
    keep = ends - starts >= length
    np.add.at(out, (rows_s[keep], starts[keep]), 1)
    ends_keep = ends[keep]
    inside = ends_keep < mask.shape[1]
    np.add.at(out, (rows_s[keep][inside], ends_keep[inside]), -1)
    return np.cumsum(out, axis=1) > 0


def _horizontal_edges(mask: np.ndarray, scale: float, length: int) -> list[Segment]:
    """The top and bottom sides of the bands a row mask makes, as segments of at least ``length`` pixels."""
    above = np.zeros_like(mask)
    above[1:] = mask[:-1]
    below = np.zeros_like(mask)
    below[:-1] = mask[1:]
    segments: list[Segment] = []
    for edge, offset in ((mask & ~above, 0.0), (mask & ~below, 1.0)):
        runs = _long_runs(edge, length)
        padded = np.zeros((runs.shape[0], runs.shape[1] + 2), dtype=np.int8)
        padded[:, 1:-1] = runs
        change = np.diff(padded, axis=1)
        rows, starts = np.nonzero(change == 1)
        _, ends = np.nonzero(change == -1)
        for y, x0, x1 in zip(rows.tolist(), starts.tolist(), ends.tolist()):
            yy = (y + offset) * scale
            segments.append(((x0 * scale, yy), (x1 * scale, yy)))
    return segments
