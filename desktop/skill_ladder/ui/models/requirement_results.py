"""The requirements a search found (`CatalogService.search_requirements`), one row each: a title
line (skill · role · level) and the requirement's text, each with the spans where the searched
words are, for the delegate to mark (`ui/widgets/highlight_delegate.py`). Plain text only."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from skill_ladder.domain.search import Span
from skill_ladder.services.requirement_search import (
    ENGLISH,
    NO_RESULTS,
    RequirementHit,
    SearchResults,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the requirement's key
HIT_ROLE = Qt.ItemDataRole.UserRole + 2  # the RequirementHit
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # "Skill · Role · Level"
TITLE_SPANS_ROLE = Qt.ItemDataRole.UserRole + 4  # the searched words in the title
TEXT_SPANS_ROLE = Qt.ItemDataRole.UserRole + 5  # the searched words in the text
NOTE_ROLE = Qt.ItemDataRole.UserRole + 6  # a remark after the title ("found in English")

SEPARATOR = " · "

_Index = QModelIndex | QPersistentModelIndex


def title_of(hit: RequirementHit) -> tuple[str, tuple[Span, ...]]:
    """The hit's skill, role (when the framework has roles) and level on one line, with the
    spans of the searched words moved to where each name is in it."""
    parts = [(hit.skill_name, hit.skill_spans)]
    if hit.role_name:
        parts.append((hit.role_name, hit.role_spans))
    parts.append((hit.level_name, hit.level_spans))
    title = ""
    spans: list[Span] = []
    for name, name_spans in parts:
        if title:
            title += SEPARATOR
        spans += [(len(title) + start, length) for start, length in name_spans]
        title += name
    return title, tuple(spans)


class RequirementResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results = NO_RESULTS
        self._titles: list[tuple[str, tuple[Span, ...]]] = []

    @property
    def results(self) -> SearchResults:
        return self._results

    def set_results(self, results: SearchResults) -> None:
        self.beginResetModel()
        self._results = results
        self._titles = [title_of(hit) for hit in results.hits]
        self.endResetModel()

    def retranslate(self) -> None:
        """The notes are words of ours: say them again in the new language."""
        if self._results.hits:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._results.hits) - 1, 0), [NOTE_ROLE]
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._results.hits)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._results.hits):
            return None
        hit = self._results.hits[index.row()]
        title, title_spans = self._titles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title}\n{hit.text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            note = self._note(hit)
            return f"{title}{SEPARATOR}{note}: {hit.text}" if note else f"{title}: {hit.text}"
        if role == KEY_ROLE:
            return hit.key
        if role == HIT_ROLE:
            return hit
        if role == TITLE_ROLE:
            return title
        if role == TITLE_SPANS_ROLE:
            return title_spans
        if role == TEXT_SPANS_ROLE:
            return hit.text_spans
        if role == NOTE_ROLE:
            return self._note(hit)
        return None

    def _note(self, hit: RequirementHit) -> str:
        if ENGLISH in hit.matched_in:
            return self.tr("found in the English text")
        if hit.text_is_fallback:
            return self.tr("in English")
        return ""
