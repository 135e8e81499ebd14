"""The Team menu's dialogs (issue 17, point 5): connect (and test the connection), share a
check-in with a preview of exactly what leaves the laptop, and withdraw a share.

They hold no team logic: the server work is handed in as callables (`ui/team_actions.py` makes
them over `TeamService`) and runs off the GUI thread (`run_in_background`); the dialogs show
its outcome in one line. They open window-modal with `open()`, never a nested event loop."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.errors import SkillLadderError, as_team_failure
from skill_ladder.ui.background import run_in_background
from skill_ladder.ui.dialogs.confirm import ask_destructive
from skill_ladder.ui.widgets.readiness_charts import local_date_time
from skill_ladder.wording import describe, fill

if TYPE_CHECKING:
    from skill_ladder.services.team_views import (
        ConnectionCheck,
        SharedCheckin,
        SharePlan,
    )
    from skill_ladder.services.views import CheckinView

translate = QCoreApplication.translate
# A framework's name, and its levels' and roles' names by key, in the window's language.
Names = tuple[str, dict[str, str], dict[str, str]]


def failure_line(error: BaseException) -> str:
    """One line for a failure of team work (a bug is said as the server's failure)."""
    return " ".join(describe(as_team_failure(error)).split())


def checkin_label(checkin: CheckinView) -> str:
    note = " ".join(checkin.note.split())
    return local_date_time(checkin.created) + (f" · {note}" if note else "")


def connection_line(check: ConnectionCheck) -> str:
    if check.team_role is None:
        return fill(translate("Team", "Connected as %1, who is not on the team yet."), check.login)
    roles = {
        "member": translate("Team", "member"),
        "manager": translate("Team", "manager"),
        "admin": translate("Team", "administrator"),
    }
    return fill(
        translate("Team", "Connected as %1 (%2)."),
        check.login,
        roles.get(check.team_role, check.team_role),
    )


# -- Connect… ------------------------------------------------------------------------------------
class ConnectDialog(QDialog):
    """A connection string or service name; "Test connection" checks it off the GUI thread
    and says the result in one line; Connect tests it and remembers it. Cancel closes the
    dialog at any time: a test under way is dropped, and nothing is remembered."""

    tested = Signal(str)  # the one line said after a test or a connect attempt

    def __init__(
        self,
        parent: QWidget,
        url: str,
        check: Callable[[str], ConnectionCheck],
        remember: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamConnectDialog")
        self._check, self._remember = check, remember
        self.connected: ConnectionCheck | None = None
        self.setWindowTitle(self.tr("Connect to the team database"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A PostgreSQL connection string or service name from your administrator, "
                "such as service=acme or postgresql://you@db.example.org/ladder. The password "
                "stays in ~/.pgpass or your service file: Skill Ladder never stores it."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QLineEdit(url, self)
        self.url.setMinimumWidth(420)
        self.url.setPlaceholderText("service=acme")
        label = QLabel(self.tr("&Connection string:"), self)
        label.setBuddy(self.url)
        form.addRow(label, self.url)
        layout.addLayout(form)
        self.outcome = QLabel(self)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox(self)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.connect_button = QPushButton(self.tr("C&onnect"), self)
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test)
        self.connect_button.clicked.connect(self.try_connect)
        self.url.textChanged.connect(self._typed)
        layout.addWidget(self.buttons)
        self._running = False
        self._typed()

    def _typed(self) -> None:
        empty = not self.url.text().strip()
        self.test_button.setEnabled(not empty and not self._running)
        self.connect_button.setEnabled(not empty and not self._running)

    def _start(
        self, words: str, work: Callable[[], ConnectionCheck], done: Callable[..., None]
    ) -> None:
        self._running = True
        self._typed()
        self.url.setReadOnly(True)
        self.outcome.setText(words)

        def then(check: ConnectionCheck | None, error: BaseException | None) -> None:
            if self._running:  # not cancelled meanwhile
                done(check, error)

        run_in_background(work, then, owner=self)  # deleted meanwhile: nothing to show

    def _finish(self, line: str) -> None:
        self._running = False
        self.url.setReadOnly(False)
        self._typed()
        self.outcome.setText(line)
        self.tested.emit(line)

    def test(self) -> None:
        url = self.url.text().strip()

        def done(check: ConnectionCheck | None, error: BaseException | None) -> None:
            self._finish(
                connection_line(check) if check is not None else failure_line(error or Exception())
            )

        self._start(self.tr("Testing the connection…"), lambda: self._check(url), done)

    def try_connect(self) -> None:
        url = self.url.text().strip()

        def done(check: ConnectionCheck | None, error: BaseException | None) -> None:
            if check is not None:
                try:
                    self._remember(url)  # here, once tested: not if cancelled meanwhile
                except SkillLadderError as failed:  # a folder not writable: said in one line
                    check, error = None, failed
            if check is None:
                self._finish(failure_line(error or Exception()))
                return
            self.connected = check
            self._finish(connection_line(check))
            self.accept()

        self._start(self.tr("Connecting…"), lambda: self._check(url), done)

    def reject(self) -> None:
        """Cancel, Escape or the close button, also while a test runs: its outcome is dropped
        (the connection attempt ends on its own, within its timeout, off the GUI thread)."""
        self._running = False
        super().reject()


# -- Share a check-in… ---------------------------------------------------------------------------
class ShareDialog(QDialog):
    """Pick a check-in (the latest by default), choose whether notes go too (unticked by
    default), read exactly what leaves the laptop, and share it."""

    share_requested = Signal(object)  # the SharePlan shown

    def __init__(
        self,
        parent: QWidget,
        checkins: Sequence[CheckinView],
        plan: Callable[[int, bool], SharePlan],
        names: Callable[[str], Names],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamShareDialog")
        self._plan_of, self._names = plan, names
        self.plan: SharePlan | None = None
        self.setWindowTitle(self.tr("Share a check-in with your team"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.checkin = QComboBox(self)
        for checkin in reversed(checkins):  # the latest first, and chosen
            self.checkin.addItem(checkin_label(checkin), checkin.id)
        label = QLabel(self.tr("&Check-in:"), self)
        label.setBuddy(self.checkin)
        form.addRow(label, self.checkin)
        layout.addLayout(form)
        self.notes = QCheckBox(self.tr("Share my &notes too"), self)
        self.notes.setChecked(False)
        layout.addWidget(self.notes)
        caption = QLabel(self.tr("What leaves this laptop for the team database:"), self)
        layout.addWidget(caption)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setMinimumSize(520, 260)
        self.preview.setAccessibleName(self.tr("What is shared"))
        layout.addWidget(self.preview, 1)
        self.buttons = QDialogButtonBox(self)
        self.share_button = QPushButton(self.tr("&Share"), self)
        self.buttons.addButton(self.share_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.share_button.clicked.connect(self._share)
        layout.addWidget(self.buttons)
        self.checkin.currentIndexChanged.connect(self.update_preview)
        self.notes.toggled.connect(self.update_preview)
        self.update_preview()

    def update_preview(self) -> None:
        checkin_id = self.checkin.currentData()
        self.plan = None
        if checkin_id is None:
            self.preview.setPlainText(self.tr("There is no check-in to share: close one first."))
        else:
            try:
                self.plan = self._plan_of(int(checkin_id), self.notes.isChecked())
            except SkillLadderError as error:
                self.preview.setPlainText(self._refusal(error))
            else:
                self.preview.setPlainText(self.describe(self.plan))
        self.share_button.setEnabled(self.plan is not None)

    def _refusal(self, error: SkillLadderError) -> str:
        if error.code in ("team.role_missing", "team.role_unknown"):
            return self.tr(
                "Say which role on the ladder is yours first: pick it and tick “This is my "
                "role”. A share carries the standing for your role."
            )
        return failure_line(error)

    def describe(self, plan: SharePlan) -> str:
        """The plan in words: every framework, its number of ratings, the standing for my role,
        and each note when notes are shared."""
        lines = [
            fill(self.tr("Check-in of %1"), local_date_time(plan.created)),
            self.tr("Ratings: %n", "", plan.rating_count),
        ]
        for framework in plan.frameworks:
            name, levels, roles = self._names(framework.framework)
            lines.append("")
            lines.append(fill(self.tr("%1: %n rating(s)", "", len(framework.ratings)), name))
            if framework.role is not None:
                level = framework.estimated_level
                lines.append(
                    "  "
                    + fill(
                        self.tr("Standing for my role, %1: estimated level %2"),
                        roles.get(framework.role, framework.role),
                        levels.get(level, level) if level else self.tr("none yet"),
                    )
                )
                for standing in framework.levels:
                    readiness = standing.get("readiness")
                    if readiness is None:
                        continue
                    key = str(standing.get("key", ""))
                    lines.append(
                        "    "
                        + fill(
                            self.tr("Readiness for %1: %2 %"),
                            levels.get(key, key),
                            str(round(float(readiness) * 100)),
                        )
                    )
            for key, note in framework.notes:
                lines.append("  " + fill(self.tr("Note on %1: %2"), key, " ".join(note.split())))
        lines.append("")
        if plan.with_notes:
            lines.append(self.tr("Notes: %n", "", plan.note_count))
        else:
            lines.append(self.tr("Notes: not shared"))
        lines.append(
            self.tr(
                "Nothing else leaves this laptop: no requirement texts, no other check-in, "
                "no ratings of frameworks the team has not published."
            )
        )
        return "\n".join(lines)

    def _share(self) -> None:
        if self.plan is not None:
            self.share_requested.emit(self.plan)


# -- Withdraw a share… ---------------------------------------------------------------------------
def confirm_withdraw(parent: QWidget, label: str) -> bool:
    """True if the person chose to withdraw the share `label`; Cancel is the default."""
    return ask_destructive(
        parent,
        title=translate("Team", "Withdraw a share"),
        text=fill(translate("Team", "Withdraw the shared check-in “%1”?"), label),
        details=translate(
            "Team",
            "Its ratings, notes and standing are removed from the team database. "
            "The check-in stays on this laptop.",
        ),
        action=translate("Team", "&Withdraw"),
        icon=QMessageBox.Icon.Question,
    )


class WithdrawDialog(QDialog):
    """My shares; Withdraw asks first (Cancel is the default), then `withdraw_requested`."""

    withdraw_requested = Signal(int)  # the check-in's id

    def __init__(self, parent: QWidget, shares: Sequence[SharedCheckin]) -> None:
        super().__init__(parent)
        self.setObjectName("teamWithdrawDialog")
        self.setWindowTitle(self.tr("Withdraw a share"))
        layout = QVBoxLayout(self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.list = QListWidget(self)
        self.list.setMinimumSize(480, 200)
        self.list.setAccessibleName(self.tr("Your shared check-ins"))
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(self)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), self)
        self.buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.withdraw_button.clicked.connect(self._withdraw)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.buttons)
        self.set_shares(shares)

    def set_shares(self, shares: Sequence[SharedCheckin]) -> None:
        self.list.clear()
        for share in shares:
            item = QListWidgetItem(self.label(share))
            item.setData(Qt.ItemDataRole.UserRole, share.checkin_id)
            self.list.addItem(item)
        if shares:
            self.caption.setText(self.tr("The check-ins you shared with your team:"))
            self.list.setCurrentRow(0)
        else:
            self.caption.setText(self.tr("You have shared no check-in."))
        self._enable()

    def label(self, share: SharedCheckin) -> str:
        notes = self.tr("with notes") if share.with_notes else self.tr("without notes")
        return fill(
            self.tr("Check-in of %1 · shared %2 · %3 · %4"),
            local_date_time(share.created),
            local_date_time(share.shared_at),
            self.tr("%n rating(s)", "", share.ratings),
            notes,
        )

    def _enable(self) -> None:
        self.withdraw_button.setEnabled(self.list.currentItem() is not None)

    def _withdraw(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if confirm_withdraw(self, item.text()):
            self.withdraw_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def remove(self, checkin_id: int) -> None:
        for row in range(self.list.count()):
            found = self.list.item(row)
            if found is not None and found.data(Qt.ItemDataRole.UserRole) == checkin_id:
                self.list.takeItem(row)
                break
        if self.list.count() == 0:
            self.caption.setText(self.tr("You have shared no check-in."))
        self._enable()
