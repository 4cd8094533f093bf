"""The codes of the notes dataset, apart from its Arrow schema: a worker that reads files needs them, and
importing them must not import pyarrow (about 0.2 s a worker)."""

# Every note makes its report partial, except the informational ones.
NOTE_CODES = ("heading-unmatched", "pi-unknown", "pi-duplicated", "rating-off-scale", "rating-missing", "evidence-unmatched",
              "action-row-unmatched", "section-rating-missing", "reassessed-missing", "label-without-value", "choice-unmarked",
              "region-empty", "sections-missing", "section-unread", "scorecard-unread", "table-unread", "report-type-inferred", "ocr-low-confidence")
INFORMATIONAL_NOTES = ("report-type-inferred", "ocr-low-confidence")
