"""Framework knowledge loaded from the data files beside this module.

A new framework version is a new JSON file in ``schemas/frameworks/``; nothing
here names an indicator, a dimension or a rating phrase.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from swapscore.schemas.language import fold, languages, merged, own_layout, reading_language, with_languages, without

DATA_DIR = Path(__file__).parent
FRAMEWORK_DIR = DATA_DIR / "frameworks"


@dataclass(frozen=True, slots=True)
class Dimension:
    number: int
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IndicatorDef:
    code: str
    dimension: int
    short_name: str
    title: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling that may stand for this indicator in a heading."""
        return (self.short_name, self.title, *self.aliases)


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    name: str
    provisional: bool
    default: bool
    markers: tuple[str, ...]
    dimensions: tuple[Dimension, ...]
    indicators: tuple[IndicatorDef, ...]

    def indicator(self, code: str) -> IndicatorDef | None:
        return next((i for i in self.indicators if i.code == code), None)

    def dimension_name(self, number: int) -> str:
        return next(d.name for d in self.dimensions if d.number == number)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.indicators)


@dataclass(frozen=True, slots=True)
class RatingLevel:
    level: str
    score: int | None
    phrases: tuple[str, ...]
    short: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    substitutions: tuple[tuple[str, str], ...]
    rating_scale: tuple[RatingLevel, ...]
    rating_labels: tuple[str, ...]
    yes: tuple[str, ...]
    no: tuple[str, ...]
    rating_stems: tuple[tuple[str, str], ...]  # (stem, level): "approaching" -> approaches
    rating_tails: tuple[str, ...]  # words that may follow a stem: "minimum", "requirements" ...
    yes_first_words: tuple[str, ...]  # an answer read from its first word(s)
    no_first_words: tuple[str, ...]
    rating_articles: tuple[str, ...] = ()  # words skipped between a stem and its tail inside a sentence ("los", "aux")
    not_in_a_sentence: tuple[str, ...] = ()  # tails that do not make a stem a rating inside a sentence ("the")
    sentence_levels: tuple[str, ...] = ()  # one-word (or short) levels read inside a sentence that names the rating

    def rating_score(self, level: str | None) -> int | None:
        return next((r.score for r in self.rating_scale if r.level == level), None)


def _framework_from_json(data: dict) -> Framework:
    return Framework(
        id=data["id"],
        name=data["name"],
        provisional=bool(data["provisional"]),
        default=bool(data["default"]),
        markers=tuple(data["markers"]),
        dimensions=tuple(
            Dimension(d["number"], d["name"], _aliases(d)) for d in data["dimensions"]
        ),
        indicators=tuple(
            IndicatorDef(i["code"], i["dimension"], i["short_name"], i["title"], _aliases(i))
            for i in data["indicators"]
        ),
    )


def _aliases(entry: dict) -> tuple[str, ...]:
    """The English aliases, then the names in every other language ("names": {"es": [...], "fr": [...]})."""
    return (*entry["aliases"], *(name for names in entry.get("names", {}).values() for name in names))


@cache
def frameworks() -> tuple[Framework, ...]:
    """Every framework version on file, the default one first."""
    loaded = [
        _framework_from_json(json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(FRAMEWORK_DIR.glob("*.json"))
    ]
    return tuple(sorted(loaded, key=lambda f: (not f.default, f.id)))


def framework(framework_id: str) -> Framework:
    for f in frameworks():
        if f.id == framework_id:
            return f
    raise KeyError(f"unknown framework {framework_id!r}; on file: {[f.id for f in frameworks()]}")


def default_framework() -> Framework:
    return frameworks()[0]


@cache
def vocabulary() -> Vocabulary:
    """vocabulary.json with every language's wording (``schemas/languages/``) added to its lists."""
    data = json.loads((DATA_DIR / "vocabulary.json").read_text(encoding="utf-8"))
    scale = {r["level"]: r for r in data["rating_scale"]}
    for lang in languages():
        for level, extra in lang.vocabulary.get("rating_scale", {}).items():
            scale[level] = with_phrases(scale[level], extra)
    data = with_languages({k: v for k, v in data.items() if k != "rating_scale"}, "vocabulary")
    grammar = data["rating_grammar"]
    return Vocabulary(
        substitutions=tuple(data["substitutions"].items()),
        rating_scale=tuple(
            RatingLevel(r["level"], r["score"], tuple(r["phrases"]), tuple(r["short"]))
            for r in scale.values()
        ),
        rating_labels=tuple(data["rating_labels"]),
        yes=tuple(data["yes"]),
        no=tuple(data["no"]),
        rating_stems=tuple((stem, level) for level, stems in grammar["stems"].items() for stem in stems),
        rating_tails=tuple(grammar["tails"]),
        yes_first_words=tuple(data["yes_no_first_words"]["yes"]),
        no_first_words=tuple(data["yes_no_first_words"]["no"]),
        rating_articles=tuple(grammar.get("articles", ())),
        not_in_a_sentence=tuple(grammar.get("not_in_a_sentence", ())),
        sentence_levels=tuple(data.get("sentence_levels", ())),
    )


def with_phrases(level: dict, extra: dict) -> dict:
    """A rating level of vocabulary.json with a language's phrasings added."""
    return {**level, "phrases": [*level["phrases"], *extra.get("phrases", ())],
            "short": [*level["short"], *extra.get("short", ())]}


@dataclass(frozen=True, slots=True)
class LayoutVocabulary:
    """How reports lay out their content (schemas/layout.json): cue words and limits of the region readers."""

    heading_prefix_words: frozenset[str]
    heading_name_words: frozenset[str]
    heading_limits: dict[str, int]
    dimension_words: tuple[str, ...]
    chapter_words: tuple[str, ...]
    labels: dict[str, tuple[str, ...]]
    label_limits: dict[str, int]
    columns: dict[str, tuple[str, ...]]
    report_type: dict[str, tuple[str, ...]]
    no_documents: tuple[str, ...]
    limits: dict[str, int]
    indicator_words: tuple[str, ...] = ()  # words naming an indicator in a heading or a sentence ("indicator", "indicador")
    rating_sentence_words: tuple[str, ...] = ()  # verbs of a sentence that states a rating ("scored", "calificado")
    example_words: tuple[str, ...] = ()  # what opens an example after a list label ("e.g.", "por ejemplo")
    scorecard_marks: tuple[str, ...] = ()  # regular expressions naming the scorecard, every language
    months: tuple[str, ...] = ()  # month names, every language (dates on a cover)
    choice_marks: dict[str, tuple[str, ...]] = field(default_factory=dict)  # tick boxes, "checked" and "unchecked"


def layout_vocabulary() -> LayoutVocabulary:
    """layout.json with every language's cue words (``schemas/languages/``) added, and, while ``reading_in`` a
    language, its words that mean something else in English (``layout_own``) added and the English words that
    mean something else in it (``layout_drop``) left out; cue words in folded form."""
    return _layout_vocabulary(reading_language())


@cache
def _layout_vocabulary(language: str | None) -> LayoutVocabulary:
    data = with_languages(json.loads((DATA_DIR / "layout.json").read_text(encoding="utf-8")), "layout")
    own, drop = own_layout(language)
    data = without(merged(data, own), drop)
    heading = data["heading"]
    labels = {k: _cues(v) for k, v in data["labels"].items() if isinstance(v, list)}
    return LayoutVocabulary(
        heading_prefix_words=frozenset(_cues(heading["prefix_words"])),
        heading_name_words=frozenset(_cues(heading["name_words"])),
        heading_limits={k: v for k, v in heading.items() if isinstance(v, int)},
        dimension_words=_cues(data["dimension_words"]),
        chapter_words=_cues(data["chapter_words"]),
        labels=labels,
        label_limits={k: v for k, v in data["labels"].items() if isinstance(v, int)},
        columns={k: _cues(v) for k, v in data["columns"].items()},
        report_type={k: _cues(v) for k, v in data["report_type"].items()},
        no_documents=tuple(data["no_documents"]),
        limits=dict(data["limits"]),
        indicator_words=_cues(data.get("indicator_words", [])),
        rating_sentence_words=_cues(data.get("rating_sentence_words", [])),
        example_words=tuple(w.lower() for w in data.get("example_words", [])),
        scorecard_marks=(*data.get("scorecard_marks", ()), *(m for lang in languages() for m in lang.scorecard_marks)),
        months=tuple(m for lang in languages() for m in lang.months),
        choice_marks={k: tuple(v) for k, v in data.get("choice_marks", {}).items()},
    )


def _cues(words: list[str]) -> tuple[str, ...]:
    """Cue words in the folded form the readers compare text in (a cue that folds to nothing, like "#", kept)."""
    out: list[str] = []
    for word in words:
        folded = fold(word) or word
        if folded not in out:
            out.append(folded)
    return tuple(out)


@cache
def countries() -> dict[str, str]:
    """Every known spelling of a country (lower case) mapped to its canonical name."""
    data = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))
    names = {c.lower(): c for c in data["countries"]}
    names.update({alias.lower(): canonical for alias, canonical in data["aliases"].items()})
    for lang in languages():
        names.update({spelling.lower(): canonical for spelling, canonical in lang.countries.items()})
    return names


@cache
def audit_rules() -> dict:
    """Thresholds and figure rules of the audit checks (schemas/audit_rules.json)."""
    return json.loads((DATA_DIR / "audit_rules.json").read_text(encoding="utf-8"))
