"""Check-ins and growth: the timeline, what changed between any two check-ins (or since one),
and readiness over time."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.rating_words import change_kind_labels, rating_label
from skill_ladder.services.views import ChangeView, CheckinView, ReadinessHistory
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.flow_layout import ItemListLayout
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.readiness_charts import ReadinessTrend, local_date_time
from skill_ladder.wording import fill

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NOW = -1
CHANGE, LEVEL, WHERE, BEFORE, AFTER, REQUIREMENT = range(6)
WHERE_SHARE = 0.3  # of the list's width at most for "Where" (skill · role) ...
REQUIREMENT_SHARE = 0.4  # ... and at least this much left for the requirement's text
PAD = 6


class CheckinDelegate(QStyledItemDelegate):
    """A check-in as two lines: its date and count in bold, its note below in a quieter
    colour, with room between check-ins so each reads as one item."""

    def _lines(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        head, _, note = text.partition("\n")
        return head, " ".join(note.split())

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        head, note = self._lines(index)
        lines = 2 if note else 1
        height = option.fontMetrics.lineSpacing() * lines + 2 * PAD
        return QSize(option.rect.width(), height)  # as wide as the list: longer text is elided

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        head, note = self._lines(index)
        view.text = ""
        widget = view.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, widget)
        selected = bool(view.state & QStyle.StateFlag.State_Selected)
        palette = view.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        note_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        area = view.rect.adjusted(PAD, PAD, -PAD, -PAD)
        line = view.fontMetrics.lineSpacing()
        painter.save()
        bold = QFont(view.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        first = QRect(area.left(), area.top(), area.width(), line)
        painter.drawText(
            first,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(head, Qt.TextElideMode.ElideRight, area.width()),
        )
        if note:
            painter.setFont(view.font)
            painter.setPen(palette.color(note_role))
            second = first.translated(0, line)
            painter.drawText(
                second,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                view.fontMetrics.elidedText(note, Qt.TextElideMode.ElideRight, area.width()),
            )
        painter.restore()


class RowOrColumn(ItemListLayout):
    """Buttons on one row when they fit, else one under the other: never a row with one left
    over below it ("Eliminar…" alone on a second row read as another kind of action). As
    narrow as the widest button, so it never pushes the window's other columns aside."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent, spacing)

    def _hints(self) -> list[QSize]:
        return [item.sizeHint() for item in self._items if not item.isEmpty()]

    def row_width(self) -> int:
        hints = self._hints()
        return sum(h.width() for h in hints) + self._spacing * max(0, len(hints) - 1)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.row_width(), max((h.height() for h in self._hints()), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802
        hints = self._hints()
        return QSize(max((h.width() for h in hints), default=0), self.heightForWidth(0))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        hints = self._hints()
        if width >= self.row_width():
            return max((h.height() for h in hints), default=0)
        return sum(h.height() for h in hints) + self._spacing * max(0, len(hints) - 1)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        in_row = rect.width() >= self.row_width()
        x, y = rect.x(), rect.y()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if in_row:
                item.setGeometry(QRect(x, y, hint.width(), hint.height()))
                x += hint.width() + self._spacing
            else:
                item.setGeometry(QRect(x, y, rect.width(), hint.height()))
                y += hint.height() + self._spacing


class GrowthView(Retranslatable, QWidget):
    create_requested = Signal()
    rename_requested = Signal(int)
    delete_requested = Signal(int)
    compare_requested = Signal(int, object)  # before id, after id | None (now)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = QListWidget(self)
        self.timeline.setItemDelegate(CheckinDelegate(self.timeline))
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.create_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.before = QComboBox(self)
        self.after = QComboBox(self)
        self.changes = QTreeWidget(self)
        self.changes.setRootIsDecorated(False)
        self.changes.setWordWrap(False)  # one line each, elided; the whole text in the tooltip
        self.changes.setUniformRowHeights(True)
        # The requirement's text is what a person reads: it takes the room the short columns
        # leave, and "Where" (skill · role, long in real frameworks) is capped so it never
        # squeezes the text to a few letters.
        self.changes.setColumnCount(REQUIREMENT + 1)  # the sections exist before their modes
        header = self.changes.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REQUIREMENT, QHeaderView.ResizeMode.Stretch)
        self.changes.viewport().installEventFilter(self)  # its width sets Where's cap
        for combo in (self.before, self.after):
            # As wide as the row gives them, never wider than the row because of a long note.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.trend = ReadinessTrend(self)
        self._timeline_title = plain_label(self)
        # Wrapped: its empty-state sentence is long (in Spanish above all), and unwrapped it
        # set a minimum width that squeezed the window's left column to nothing.
        self._changes_title = plain_label(self, wrap=True)
        self._changes_title.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
        )  # its lines, no more: the room below goes to the list of changes
        self._trend_title = plain_label(self, wrap=True)
        self._from = plain_label(self)
        self._to = plain_label(self)
        self._from.setBuddy(self.before)
        self._to.setBuddy(self.after)
        for title in (self._timeline_title, self._changes_title, self._trend_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        buttons = RowOrColumn(spacing=6)
        for button in (self.create_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._timeline_title)
        left_layout.addWidget(self.timeline, 1)
        left_layout.addLayout(buttons)
        # From above To, each as wide as the column: a check-in's name (its date and note)
        # is read whole, not cut to share a row.
        picks = QGridLayout()
        picks.addWidget(self._from, 0, 0)
        picks.addWidget(self.before, 0, 1)
        picks.addWidget(self._to, 1, 0)
        picks.addWidget(self.after, 1, 1)
        picks.setColumnStretch(1, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._trend_title)
        right_layout.addWidget(self.trend, 1)
        right_layout.addWidget(self._changes_title)
        right_layout.addLayout(picks)
        right_layout.addWidget(self.changes, 1)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._checkins: Sequence[CheckinView] = ()
        self._changes: Sequence[ChangeView] = ()
        self._history: ReadinessHistory | None = None
        self.create_button.clicked.connect(self.create_requested)
        self.rename_button.clicked.connect(lambda: self._with_selected(self.rename_requested.emit))
        self.delete_button.clicked.connect(lambda: self._with_selected(self.delete_requested.emit))
        self.before.activated.connect(self._compare)
        self.after.activated.connect(self._compare)
        self.before.currentIndexChanged.connect(lambda _: self._tip(self.before))
        self.after.currentIndexChanged.connect(lambda _: self._tip(self.after))
        self.timeline.currentRowChanged.connect(self._update_buttons)
        self.retranslate_ui()

    # -- content ---------------------------------------------------------------------------
    def set_checkins(self, checkins: Sequence[CheckinView]) -> None:
        self._checkins = checkins
        self._fill()

    def set_history(self, history: ReadinessHistory | None) -> None:
        self._history = history
        if history is None:
            self.trend.set_series([])
            return
        from skill_ladder.report.charts import Series  # not before the data: see readiness_charts

        self.trend.set_series(
            [
                Series(level.name, [(p.when, p.readiness[i]) for p in history.points])
                for i, level in enumerate(history.levels)
            ]
        )

    def set_changes(self, changes: Sequence[ChangeView]) -> None:
        self._changes = changes
        self._fill_changes()

    def select_pair(self, before: int, after: int | None) -> None:
        """Compare `before` with `after` (None: now), as the report would by default."""
        for combo, value in ((self.before, before), (self.after, NOW if after is None else after)):
            index = combo.findData(value)
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)

    def selected_pair(self) -> tuple[int, int | None] | None:
        before = self.before.currentData()
        after = self.after.currentData()
        if not isinstance(before, int):
            return None
        return before, (None if after in (None, NOW) else int(after))

    def _fill(self) -> None:
        selected = (
            self.timeline.currentItem().data(ID_ROLE) if self.timeline.currentItem() else None
        )
        self.timeline.clear()
        for checkin in reversed(self._checkins):
            when = local_date_time(checkin.created)
            rated = checkin.rated
            text = fill(self.tr("%1 · %n rated", "", rated), when)
            if checkin.note:
                text += f"\n{checkin.note}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, checkin.id)
            self.timeline.addItem(item)
            if checkin.id == selected:
                self.timeline.setCurrentItem(item)
        previous = (self.before.currentData(), self.after.currentData())
        for combo in (self.before, self.after):
            combo.blockSignals(True)
            combo.clear()
        for checkin_id, label in self._labels().items():
            self.before.addItem(label, checkin_id)
            self.after.addItem(label, checkin_id)
        self.after.addItem(self.tr("Now"), NOW)
        before_index = self.before.findData(previous[0])
        self.before.setCurrentIndex(before_index if before_index >= 0 else self.before.count() - 1)
        after_index = self.after.findData(previous[1])
        self.after.setCurrentIndex(after_index if after_index >= 0 else self.after.count() - 1)
        for combo in (self.before, self.after):
            combo.blockSignals(False)
            combo.setEnabled(bool(self._checkins))
            self._tip(combo)
        self._update_buttons()
        self._changes_placeholder()

    def _labels(self) -> dict[int, str]:
        """Each check-in's name, oldest first: its date and time, and its note if any."""
        labels: dict[int, str] = {}
        seen: dict[str, int] = {}
        for checkin in self._checkins:
            note = " ".join(checkin.note.split())
            label = local_date_time(checkin.created) + (f" · {note}" if note else "")
            seen[label] = seen.get(label, 0) + 1
            if seen[label] > 1:  # two in the same minute, with the same note: tell them apart
                label = f"{label} ({seen[label]})"
            labels[checkin.id] = label
        return labels

    def label_for(self, checkin_id: int) -> str:
        """The check-in's name as the lists show it (for a question about it), or ""."""
        return self._labels().get(checkin_id, "")

    def _tip(self, combo: QComboBox) -> None:
        combo.setToolTip(combo.currentText())  # whole, should the window be very narrow

    def _changes_placeholder(self) -> None:
        if not self._checkins:
            self._changes_title.setText(
                self.tr("What changed: close a check-in to start your history.")
            )
        else:
            self._changes_title.setText(self.tr("What changed"))

    def _fill_changes(self) -> None:
        kinds = change_kind_labels()
        self.changes.clear()
        for change in self._changes:
            text = change.text
            if change.text_changed and change.kind != "text":
                text += " " + self.tr("(text changed since rated)")
            item = QTreeWidgetItem(
                [
                    kinds[change.kind],
                    change.level_name,
                    " · ".join(p for p in (change.skill_name, change.role_name) if p),
                    rating_label(change.before),
                    rating_label(change.after),
                    text,
                ]
            )
            item.setToolTip(WHERE, item.text(WHERE))
            item.setToolTip(REQUIREMENT, text)
            self.changes.addTopLevelItem(item)
        if not self._changes and self._checkins:
            item = QTreeWidgetItem([self.tr("No changes")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setFirstColumnSpanned(True)
            self.changes.addTopLevelItem(item)
        self._fit_where()

    def _fit_where(self) -> None:
        """ "Where" as wide as its texts, up to a share of the list, and never so wide that
        the requirement gets less than its own share: the rest is elided, with the whole
        text in the tooltip."""
        header = self.changes.header()
        room = self.changes.viewport().width()
        fixed = sum(header.sectionSize(c) for c in (CHANGE, LEVEL, BEFORE, AFTER))
        wanted = max(self.changes.sizeHintForColumn(WHERE), header.sectionSizeHint(WHERE))
        cap = min(int(room * WHERE_SHARE), room - fixed - int(room * REQUIREMENT_SHARE))
        self.changes.setColumnWidth(WHERE, min(wanted, max(cap, header.sectionSizeHint(WHERE))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.changes.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_where()
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        self._timeline_title.setText(self.tr("Check-ins"))
        self._trend_title.setText(self.tr("Readiness over time (each check-in, and now)"))
        self.create_button.setText(self.tr("Clo&se a check-in…"))
        self.rename_button.setText(self.tr("Ren&ame…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self._from.setText(self.tr("Fro&m:"))
        self._to.setText(self.tr("&To:"))
        self.timeline.setAccessibleName(self.tr("Check-ins"))
        self.before.setAccessibleName(self.tr("Compare from check-in"))
        self.after.setAccessibleName(self.tr("Compare to"))
        self.changes.setAccessibleName(self.tr("What changed"))
        self.trend.setAccessibleName(self.tr("Readiness over time"))
        self.changes.setHeaderLabels(
            [
                self.tr("Change"),
                self.tr("Level"),
                self.tr("Where"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Requirement"),
            ]
        )
        self._fill()
        self._fill_changes()

    def _with_selected(self, action) -> None:  # type: ignore[no-untyped-def]
        item = self.timeline.currentItem()
        if item is not None:
            action(int(item.data(ID_ROLE)))

    def _update_buttons(self) -> None:
        chosen = self.timeline.currentItem() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _compare(self) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self.compare_requested.emit(*pair)
