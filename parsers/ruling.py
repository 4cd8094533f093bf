"""Ruled tables from the line segments drawn on a page.

A chain of small pure functions, in the spirit of pdfplumber's "lines"
strategy (and with its tolerances, so both readers find the same tables):

    segments -> edges -> merged edges -> intersections -> cells -> tables -> grid rows

A cell that shares no corner with another is a box around text (a frame), not a table.

Coordinates are PDF points with the origin at the top left of the page (y
grows downwards).  The PDF reader (``pdfium_pages.py``) supplies the segments
of the page's path objects and fills the grid's cells with text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby
from typing import Literal

SNAP_TOLERANCE = 3.0  # edges this close to one another lie on the same line
JOIN_TOLERANCE = 3.0  # collinear edges with gaps this small are one edge
INTERSECTION_TOLERANCE = 3.0  # how far an edge may stop short of its crossing edge
MIN_EDGE_LENGTH = 3.0  # shorter strokes are glyph-like marks, not rulings
AXIS_SLACK = 0.5  # a segment this close to horizontal or vertical counts as one

Point = tuple[float, float]
BBox = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True, slots=True)
class Edge:
    """A horizontal ("h") or vertical ("v") ruling: at ``pos`` from ``start`` to ``end``."""

    orientation: Literal["h", "v"]
    pos: float  # y of a horizontal edge, x of a vertical one
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class RuledTable:
    """A table's cell boxes laid out as rows; ``None`` where a merged cell covers the slot."""

    bbox: BBox
    rows: tuple[tuple[BBox | None, ...], ...]
    columns: tuple[float, ...] = ()  # the left edge of each slot


def find_tables(segments: list[tuple[Point, Point]]) -> list[RuledTable]:
    """Tables (top to bottom, then left to right) from straight segments of the page's drawings."""
    return find_rulings(segments)[0]


def find_rulings(segments: list[tuple[Point, Point]]) -> tuple[list[RuledTable], list[BBox]]:
    """The tables and the boxes (a ruled rectangle sharing no corner with another: a frame around text) of
    straight segments of the page's drawings."""
    edges = merge_edges(segments_to_edges(segments))
    groups = cell_groups(intersections_to_cells(edges_to_intersections(edges)))
    return [grid(table) for table in groups if len(table) > 1], [group[0] for group in groups if len(group) == 1]


def segments_to_edges(segments: list[tuple[Point, Point]]) -> list[Edge]:
    """Horizontal and vertical segments as edges; slanted ones and dots are dropped."""
    edges = []
    for (xa, ya), (xb, yb) in segments:
        if abs(ya - yb) <= AXIS_SLACK and abs(xa - xb) > AXIS_SLACK:
            edges.append(Edge("h", (ya + yb) / 2, min(xa, xb), max(xa, xb)))
        elif abs(xa - xb) <= AXIS_SLACK and abs(ya - yb) > AXIS_SLACK:
            edges.append(Edge("v", (xa + xb) / 2, min(ya, yb), max(ya, yb)))
    return edges


def merge_edges(edges: list[Edge]) -> list[Edge]:
    """Snap near-collinear edges to their mean position, join overlapping ones, drop short ones."""
    merged: list[Edge] = []
    for orientation in ("h", "v"):
        for pos, group in _snap([e for e in edges if e.orientation == orientation]):
            merged.extend(_join(orientation, pos, group))
    return [e for e in merged if e.end - e.start >= MIN_EDGE_LENGTH]


def _snap(edges: list[Edge]) -> list[tuple[float, list[Edge]]]:
    """Cluster edges whose positions chain within SNAP_TOLERANCE; each cluster at its mean position."""
    clusters: list[list[Edge]] = []
    for edge in sorted(edges, key=lambda e: e.pos):
        if clusters and edge.pos - clusters[-1][-1].pos <= SNAP_TOLERANCE:
            clusters[-1].append(edge)
        else:
            clusters.append([edge])
    return [(sum(e.pos for e in c) / len(c), c) for c in clusters]


def _join(orientation: Literal["h", "v"], pos: float, edges: list[Edge]) -> list[Edge]:
    joined: list[Edge] = []
    for edge in sorted(edges, key=lambda e: e.start):
        last = joined[-1] if joined else None
        if last is not None and edge.start <= last.end + JOIN_TOLERANCE:
            joined[-1] = Edge(orientation, pos, last.start, max(last.end, edge.end))
        else:
            joined.append(Edge(orientation, pos, edge.start, edge.end))
    return joined


def edges_to_intersections(edges: list[Edge]) -> dict[Point, tuple[set[Edge], set[Edge]]]:
    """Every point where a vertical edge meets a horizontal one: the point -> (vertical, horizontal) edges."""
    tol = INTERSECTION_TOLERANCE
    horizontal = [e for e in edges if e.orientation == "h"]
    points: dict[Point, tuple[set[Edge], set[Edge]]] = {}
    for v in (e for e in edges if e.orientation == "v"):
        for h in horizontal:
            if v.start - tol <= h.pos <= v.end + tol and h.start - tol <= v.pos <= h.end + tol:
                vs, hs = points.setdefault((v.pos, h.pos), (set(), set()))
                vs.add(v)
                hs.add(h)
    return points


def intersections_to_cells(points: dict[Point, tuple[set[Edge], set[Edge]]]) -> list[BBox]:
    """The smallest rectangle below and right of each point whose four sides are ruled."""
    by_x: dict[float, list[Point]] = defaultdict(list)
    by_y: dict[float, list[Point]] = defaultdict(list)
    for point in sorted(points):
        by_x[point[0]].append(point)
        by_y[point[1]].append(point)

    def same_vertical(a: Point, b: Point) -> bool:
        return bool(points[a][0] & points[b][0])

    def same_horizontal(a: Point, b: Point) -> bool:
        return bool(points[a][1] & points[b][1])

    cells = []
    for top_left in sorted(points):
        x, y = top_left
        cell = next(
            (
                (x, y, right[0], below[1])
                for below in by_x[x]
                if below[1] > y and same_vertical(top_left, below)
                for right in by_y[y]
                if right[0] > x
                and same_horizontal(top_left, right)
                and (right[0], below[1]) in points
                and same_vertical((right[0], below[1]), right)
                and same_horizontal((right[0], below[1]), below)
            ),
            None,
        )
        if cell is not None:
            cells.append(cell)
    return cells


def cell_groups(cells: list[BBox]) -> list[list[BBox]]:
    """Group cells that share a corner (top to bottom, then left to right): a table, or a single cell, which
    is a box, not a table."""
    remaining = list(cells)
    tables: list[list[BBox]] = []
    while remaining:
        table = [remaining.pop(0)]
        corners = set(_corners(table[0]))
        grew = True
        while grew:
            grew = False
            for cell in list(remaining):
                if corners.intersection(_corners(cell)):
                    table.append(cell)
                    corners.update(_corners(cell))
                    remaining.remove(cell)
                    grew = True
        tables.append(table)
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return tables


def _corners(cell: BBox) -> tuple[Point, Point, Point, Point]:
    x0, top, x1, bottom = cell
    return (x0, top), (x0, bottom), (x1, top), (x1, bottom)


def grid(cells: list[BBox]) -> RuledTable:
    """Rows by cell top; a slot per distinct cell left edge, ``None`` where no cell starts there."""
    columns = sorted({c[0] for c in cells})
    rows = []
    for _, row_cells in groupby(sorted(cells, key=lambda c: (c[1], c[0])), key=lambda c: c[1]):
        starts = {c[0]: c for c in row_cells}
        rows.append(tuple(starts.get(x) for x in columns))
    bbox = (
        min(c[0] for c in cells),
        min(c[1] for c in cells),
        max(c[2] for c in cells),
        max(c[3] for c in cells),
    )
    return RuledTable(bbox=bbox, rows=tuple(rows), columns=tuple(columns))
