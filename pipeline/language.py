"""The language a report is written in, from stop-word counts (no model).

Each language on file (``schemas/languages/*.json``) lists words that are
frequent in any prose of that language and rare in the others ("the", "los",
"les"); the report's language is the one whose words are most frequent in its
text. A text with too few such words (a table of figures, an empty page) has
no language (None).
"""

from __future__ import annotations

import re
from collections import Counter

from swapscore.schemas.language import languages

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_STOP_WORDS = 8  # below this many stop words in the whole text, no language is named
MARGIN = 1.2  # the winner needs this many times the runner-up's count


def stop_word_counts(text: str) -> Counter[str]:
    """How many words of ``text`` are stop words of each language, by ISO 639-1 code."""
    words = Counter(w.lower() for w in WORD.findall(text))
    return Counter({lang.code: sum(words[w] for w in lang.stop_words) for lang in languages()})


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language most of ``text``'s stop words belong to, or None when too few are
    found or two languages are too close to call."""
    ranked = stop_word_counts(text).most_common()
    if not ranked or ranked[0][1] < MIN_STOP_WORDS:
        return None
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]
