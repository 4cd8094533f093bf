"""The language axis of the randomized corpus: which wordings a document's template and text come from.

``en``, ``es`` and ``fr`` write the whole document in one language; ``mixed``
is an English template (headings, labels, table headers, rating and yes/no
words, PI and dimension names, evidence categories) around Spanish text (the
narrative, means of verification, document titles, action and progress
cells).  The language is drawn from its own random stream, so drawing it
changes nothing else of a document's draw; the truth's ``report.language``
is the language of the text (``mixed`` documents are ``es``).
"""

from __future__ import annotations

import random
from types import ModuleType

from swapscore.corpus.generator import wordings, wordings_es, wordings_fr

LANGUAGES = ("en", "es", "fr", "mixed")
DEFAULT_LANGUAGES = ("en",)

_WORDINGS = {"en": wordings, "es": wordings_es, "fr": wordings_fr}
_TEMPLATE = {"en": "en", "es": "es", "fr": "fr", "mixed": "en"}
_TEXT = {"en": "en", "es": "es", "fr": "fr", "mixed": "es"}


def draw_language(layout_seed: int, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> str:
    """The language of one document, from a stream of its own (as the producer is drawn apart)."""
    unknown = [x for x in languages if x not in LANGUAGES]
    if unknown or not languages:
        raise ValueError(f"unknown language(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(LANGUAGES)}")
    return random.Random(f"language-{layout_seed}").choice(languages)


def template_words(language: str) -> ModuleType:
    """Wordings of headings, labels, table headers, rating and yes/no words, names and categories."""
    return _WORDINGS[_TEMPLATE[language]]


def text_words(language: str) -> ModuleType:
    """Wordings of the narrative, the evidence items, document titles and action-plan cells."""
    return _WORDINGS[_TEXT[language]]


def truth_language(language: str) -> str:
    """ISO 639-1 code of the document's text, as written in the truth's ``report.language``."""
    return _TEXT[language]


def local_country(country: str, language: str) -> str:
    """The country as a text in ``language`` names it (the truth keeps the canonical English name)."""
    return getattr(text_words(language), "COUNTRY_NAMES", {}).get(country, country)


def written_date(rng: random.Random, words: ModuleType, year: int) -> str:
    """A date with its month written out, in the wordings' language ("12 de marzo de 2022", "3 mars 2022")."""
    month = rng.choice(words.MONTHS)
    return rng.choice(words.DATE_FORMATS).format(day=rng.randint(1, 28), month=month, Month=month.capitalize(),
                                                 year=year)
