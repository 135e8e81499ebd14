"""The main window: the layout, menus and shortcuts. Behaviour lives in `WindowController`.

It is built in steps so that it is on screen before anything heavy has loaded (issue 8):
`MainWindow(...)` makes the menus and the header (showing the profile remembered from the last
session); `build_body()` the browser, the views and the Where-am-I panel, with the controller
(at a start, right after the first paint); `attach(services)` hands it the data. Tests and
tools get the whole window at once (`body=True`). Of the pages (`ui/pages/`, listed in
`pages/registry.py`), only the one on screen is made with the body; each other one when it is
first shown or used (`PageStack.page_made`)."""

from __future__ import annotations

import base64
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from skill_ladder import __version__
from skill_ladder.language import choose_language
from skill_ladder.settings import LANGUAGE_SYSTEM, Settings
from skill_ladder.translations import Translations
from skill_ladder.ui.pages.registry import PAGES
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.profile_header import ProfileHeader
from skill_ladder.wording import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget

    from skill_ladder.services.hub import Services
    from skill_ladder.ui.file_actions import FileActions
    from skill_ladder.ui.page_stack import PageStack
    from skill_ladder.ui.team_actions import TeamActions
    from skill_ladder.ui.widgets.card_list import CardList
    from skill_ladder.ui.widgets.profile_browser import ProfileBrowser
    from skill_ladder.ui.widgets.selection_bar import SelectionBar
    from skill_ladder.ui.widgets.standing_panel import StandingPanel
    from skill_ladder.ui.window_controller import WindowController


class MainWindow(Retranslatable, QMainWindow):
    first_painted = Signal()  # menu bar and header drawn: the moment to load the rest

    # The body (`build_body`): declared here, made after the first paint at a start.
    browser: ProfileBrowser
    selection: SelectionBar
    views: QTabWidget
    pages: PageStack
    standing: StandingPanel
    last_checkin: QLabel
    report_button: QPushButton
    controller: WindowController
    files: FileActions

    def __init__(
        self, settings: Settings, translations: Translations, data_dir: Path, *, body: bool = True
    ) -> None:
        super().__init__()
        self._translations = translations
        self.setObjectName("mainWindow")
        self._settings = settings
        self.data_dir = data_dir
        self.has_body = False
        self.read_only = False  # nothing can be saved this session (`set_read_only`)
        self._held_off: set[QWidget] = set()
        self._keep_off = _KeepOff(self)
        self.header = ProfileHeader(self)
        self._right = QWidget(self)
        self._right_layout = QVBoxLayout(self._right)
        self._right_layout.addWidget(self.header)
        self._right_layout.addStretch(1)  # until the body fills it
        self.splitter = QSplitter(self)
        self.splitter.addWidget(QWidget(self))  # the left column, until the body replaces it
        self.splitter.addWidget(self._right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 900])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._restore_geometry()
        self.retranslate_ui()
        self.header.show_remembered(settings, translations.language)
        for action in self.menu_actions.values():
            action.setEnabled(action in self._always_enabled)
        self._opening = True
        self._say_opening()
        self._paint_watch = _FirstPaint(self.header, self.first_painted.emit)
        if body:
            self.build_body()

    def build_body(self) -> None:
        """Everything but the menus and the header: the browser, role and level, the views,
        Where am I, the status bar's widgets, the controller. Disabled until `attach`."""
        if self.has_body:
            return
        from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QTabWidget

        from skill_ladder.ui.file_actions import FileActions
        from skill_ladder.ui.page_stack import PageStack
        from skill_ladder.ui.widgets.profile_browser import ProfileBrowser
        from skill_ladder.ui.widgets.read_only_bar import ReadOnlyBar
        from skill_ladder.ui.widgets.selection_bar import SelectionBar
        from skill_ladder.ui.widgets.standing_panel import StandingPanel
        from skill_ladder.ui.window_controller import WindowController

        settings = self._settings
        self.browser = ProfileBrowser(self)
        self.selection = SelectionBar(self)
        self.views = QTabWidget(self)
        self.pages = PageStack(self.views)
        self.standing = StandingPanel(self)
        page = settings.get("page")  # the last page shown
        if isinstance(page, str) and page in self.pages.page_keys():
            self.views.setCurrentIndex(self.pages.index_of(page))
        self.pages.page_made.connect(self._page_made)
        self.last_checkin = QLabel(self)
        self.report_button = QPushButton(self)
        self.statusBar().addPermanentWidget(self.last_checkin)
        self.statusBar().addPermanentWidget(self.report_button)

        standing_scroll = QScrollArea(self)
        standing_scroll.setWidgetResizable(True)
        standing_scroll.setWidget(self.standing)
        standing_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        standing_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.browser)
        left.addWidget(standing_scroll)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 3)
        left.setSizes([180, 560])
        self._standing_scroll = standing_scroll
        self.standing.rule_shown.connect(self._reveal_rule)
        self._right_layout.takeAt(1)  # the shell's filler
        self.read_only_bar = ReadOnlyBar(self)
        self._right_layout.addWidget(self.read_only_bar)
        self._right_layout.addWidget(self.selection)
        self._right_layout.addWidget(self.views, 1)
        placeholder = self.splitter.replaceWidget(0, left)
        if placeholder is not None:
            placeholder.deleteLater()
        self._move_tab_stops(self.header, after=self.browser)

        self.controller = WindowController(self, settings, self._translations.language)
        self.pages.attach(self.controller)
        self.views.currentChanged.connect(self._remember_page)
        self.files = FileActions(self.controller)
        self.report_button.clicked.connect(self.files.open_report)
        self.controller.undo.canUndoChanged.connect(self.undo_action.setEnabled)
        self.controller.undo.canRedoChanged.connect(self.redo_action.setEnabled)
        self._data_widgets: tuple[QWidget, ...] = (
            self.report_button,
            self.views,
            self.selection,
            self.browser,
            self.standing,
        )
        for widget in self._data_widgets:
            widget.setEnabled(False)  # until `attach`
        self.has_body = True
        self.retranslate_ui()

    # -- the pages, each made on first need ---------------------------------------------------
    @property
    def cards(self) -> CardList:
        """The Cards page's card list."""
        return self.pages.cards_list()

    def show_page(self, key: str) -> None:
        self.pages.show(key)

    def _remember_page(self, index: int) -> None:
        if index >= 0:
            self._settings.set("page", self.pages.page_keys()[index])

    def _page_made(self, key: str) -> None:
        # Qt puts a widget made later at the end of the Tab order; one page shows at a time,
        # right after the tabs: that is its place.
        self._move_tab_stops(self.pages.page(key).widget, after=self.views.tabBar())
        if self.read_only:
            self._hold_read_only()

    # -- nothing can be saved (issue 15, item 9) ---------------------------------------------
    WRITING_ACTIONS = (
        "import",
        "new_ladder",
        "edit_ladder",
        "remove",
        "restore",
        "backup",
        "restore_backup",
        "import_data",
        "checkin",
        "team_connect",  # remembers the connection in the data folder
        "team_pull",  # installs frameworks
    )

    def set_read_only(self, reason: str) -> None:
        """The disk is full or the folder cannot be written (`Database.read_only_reason`):
        a lasting bar says so, and every control that saves is off for this session (the
        menus' writing actions, rating, notes, check-ins, my role and target, following).
        Reading, export and the report still work."""
        self.read_only = True
        self.read_only_bar.show_reason(reason, str(self.data_dir))
        self._hold_read_only()

    def _hold_read_only(self) -> None:
        for name in self.WRITING_ACTIONS:
            if name in self.menu_actions:
                self.menu_actions[name].setEnabled(False)
        for cards in self.pages.card_lists():
            cards.set_read_only(True)
        s = self.standing
        controls: list[QWidget] = [s.adopt, s.my_role, s.target, s.name, self.selection.mine]
        controls.append(self.header.star)
        for key in self.pages.made():
            controls.extend(self.pages.page(key).write_controls())
        for control in controls:
            if control not in self._held_off:
                self._held_off.add(control)
                control.installEventFilter(self._keep_off)
            control.setEnabled(False)

    def _move_tab_stops(self, part: QWidget, after: QWidget) -> None:
        """Qt puts a widget made later at the end of the Tab order. Put the Tab stops of
        `part` back where they belong on screen: right after `after`'s own. Used for the
        header (made first, for the first paint: after the browser, before role and level)
        and for each view made on first need (after the view switcher)."""
        # Qt's setTabOrder ignores widgets that take no focus at all: step over them.
        anchor = after
        following = after.nextInFocusChain()
        while following is not None and after.isAncestorOf(following):
            if following.focusPolicy() != Qt.FocusPolicy.NoFocus:
                anchor = following  # the last of `after`
            following = following.nextInFocusChain()
        # In their own order, and only this window's: a combo box's popup list is a child
        # too, in a window of its own, and Qt's setTabOrder across windows misplaces things.
        stops = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if part.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                stops.append(widget)
            widget = widget.nextInFocusChain()
        for widget in stops:
            QWidget.setTabOrder(anchor, widget)
            anchor = widget

    def attach(self, services: Services) -> None:
        """The data arrives: fill the views made so far (the others fill when made) and
        enable what needs the database."""
        self.build_body()
        for widget in self._data_widgets:
            widget.setEnabled(True)
        for action in self.menu_actions.values():
            action.setEnabled(True)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._opening = False
        self.statusBar().clearMessage()
        self.controller.attach(services)
        if services.database.read_only:
            self.set_read_only(services.database.read_only_reason)
        if self.isActiveWindow() and QApplication.focusWidget() is None:
            # Nothing could take the focus while the data loaded: give it where a start
            # without the wait would have, the first stop of the Tab order (the search).
            self.browser.search.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # -- menus -------------------------------------------------------------------------------
    def _action(
        self, name: str, shortcut: QKeySequence | str | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(
                shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            )
        action.triggered.connect(slot)
        self.menu_actions[name] = action
        return action

    def _build_menus(self) -> None:
        # Slots look the controller and file actions up when triggered: they come with the
        # body, and these actions stay disabled until the data is in.
        self.menu_actions: dict[str, QAction] = {}
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(
            self._action("import", "Ctrl+I", lambda: self.files.import_profile())
        )
        self.file_menu.addAction(self._action("new_ladder", None, lambda: self.files.new_ladder()))
        self.file_menu.addAction(
            self._action("edit_ladder", None, lambda: self.files.edit_ladder())
        )
        self.file_menu.addAction(self._action("remove", None, lambda: self.files.remove_profile()))
        self.file_menu.addAction(
            self._action("restore", None, lambda: self.files.restore_bundled())
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(
            self._action(
                "report",
                QKeySequence(QKeySequence.StandardKey.Print),
                lambda: self.files.open_report(),
            )
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self._action("backup", None, lambda: self.files.backup_now()))
        self.file_menu.addAction(
            self._action("restore_backup", None, lambda: self.files.restore_backup())
        )
        self.file_menu.addAction(
            self._action("export_data", None, lambda: self.files.export_data())
        )
        self.file_menu.addAction(
            self._action("export_csv", None, lambda: self.files.export_data(True))
        )
        self.file_menu.addAction(
            self._action("import_data", None, lambda: self.files.import_data())
        )
        self.file_menu.addAction(
            self._action("export_proposals", None, lambda: self.controller.export_proposals())
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(
            self._action("quit", QKeySequence(QKeySequence.StandardKey.Quit), self.close)
        )
        self.edit_menu = bar.addMenu("")
        # Our own actions (not QUndoStack's), so their words follow the language switch.
        undo = self._action(
            "undo", QKeySequence(QKeySequence.StandardKey.Undo), lambda: self.controller.undo.undo()
        )
        redo = self._action(
            "redo", QKeySequence(QKeySequence.StandardKey.Redo), lambda: self.controller.undo.redo()
        )
        self.undo_action, self.redo_action = undo, redo
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(
            self._action("find", QKeySequence(QKeySequence.StandardKey.Find), self._focus_search)
        )
        self.view_menu = bar.addMenu("")
        for index, page in enumerate(PAGES):
            self.view_menu.addAction(
                self._action(
                    f"page_{page.key}",
                    f"Ctrl+{index + 1}" if index < 9 else None,
                    partial(self.show_page, page.key),
                )
            )
        self.view_menu.addSeparator()
        self.view_menu.addAction(
            self._action("previous_level", "Ctrl+[", lambda: self._step_level(-1))
        )
        self.view_menu.addAction(self._action("next_level", "Ctrl+]", lambda: self._step_level(1)))
        self.checkin_menu = bar.addMenu("")
        self.checkin_menu.addAction(
            self._action("checkin", "Ctrl+K", lambda: self.controller.close_checkin())
        )
        self.checkin_menu.addAction(
            self._action("timeline", None, partial(self.show_page, "growth"))
        )
        self._build_team_menu()
        self.language_menu = bar.addMenu("")
        self._language_group = QActionGroup(self)
        for choice in (LANGUAGE_SYSTEM, "en", "es"):
            action = self._action(f"language_{choice}", None, partial(self.choose_language, choice))
            action.setCheckable(True)
            action.setChecked(choice == self._settings.language)
            self._language_group.addAction(action)
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(
            self._action(
                "guide", QKeySequence(QKeySequence.StandardKey.HelpContents), self._show_guide
            )
        )
        self.help_menu.addAction(self._action("shortcuts", None, self._show_shortcuts))
        self.help_menu.addSeparator()
        self.help_menu.addAction(self._action("about", None, self._about))
        # What works before the data has loaded: quitting, languages, help, About.
        always = ("quit", "guide", "shortcuts", "about")
        self._always_enabled = {self.menu_actions[name] for name in always} | set(
            self._language_group.actions()
        )

    # -- the Team menu (issue 17, point 5) -------------------------------------------------------
    def _build_team_menu(self) -> None:
        """Connect, share a check-in, withdraw a share, pull the team's frameworks: the work is
        `TeamActions`' (made on the first team action), off the GUI thread."""
        self.team_menu = self.menuBar().addMenu("")
        self.team_menu.addAction(
            self._action("team_connect", None, lambda: self.team_actions().connect_to_team())
        )
        self.team_menu.addSeparator()
        self.team_menu.addAction(
            self._action("team_share", None, lambda: self.team_actions().share_checkin())
        )
        self.team_menu.addAction(
            self._action("team_withdraw", None, lambda: self.team_actions().withdraw_share())
        )
        self.team_menu.addSeparator()
        self.team_menu.addAction(
            self._action("team_pull", None, lambda: self.team_actions().pull_frameworks())
        )
        self.team_menu.addAction(self._action("team_page", None, partial(self.show_page, "team")))

    def team_actions(self) -> TeamActions:
        """The Team menu's work, made on first need (psycopg loads later still: on the first
        action that talks to the server)."""
        found: TeamActions | None = getattr(self, "_team_actions", None)
        if found is None:
            from skill_ladder.ui.team_actions import TeamActions

            found = self._team_actions = TeamActions(self.controller)
        return found

    def _retranslate_team_menu(self) -> None:
        self.team_menu.setTitle(self.tr("&Team"))
        self.menu_actions["team_connect"].setText(self.tr("&Connect…"))
        self.menu_actions["team_share"].setText(self.tr("&Share a check-in…"))
        self.menu_actions["team_withdraw"].setText(self.tr("&Withdraw a share…"))
        self.menu_actions["team_pull"].setText(self.tr("&Pull the team's frameworks"))
        self.menu_actions["team_page"].setText(self.tr("Show the &team"))

    def _say_opening(self) -> None:
        self.statusBar().showMessage(self.tr("Opening your data…"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Skill Ladder"))
        if getattr(self, "_opening", False):
            self._say_opening()
        if self.has_body:
            self._retranslate_body()
        if hasattr(self, "file_menu"):
            self._retranslate_menus()

    def _retranslate_body(self) -> None:
        self.pages.retranslate()
        self.views.setAccessibleName(self.tr("Views"))
        self.views.tabBar().setAccessibleName(self.tr("Views"))
        self.report_button.setText(self.tr("Report…"))
        self.report_button.setToolTip(self.tr("Preview, print or save your growth report (Ctrl+P)"))

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.menu_actions["import"].setText(self.tr("&Import profile…"))
        self.menu_actions["new_ladder"].setText(self.tr("&New ladder…"))
        self.menu_actions["edit_ladder"].setText(self.tr("Edit &ladder…"))
        self.menu_actions["remove"].setText(self.tr("&Remove profile…"))
        self.menu_actions["restore"].setText(self.tr("Restore &built-in profiles"))
        self.menu_actions["report"].setText(self.tr("&Report…"))
        self.menu_actions["backup"].setText(self.tr("&Back up now"))
        self.menu_actions["restore_backup"].setText(self.tr("Res&tore from backup…"))
        self.menu_actions["export_data"].setText(self.tr("Export my &data…"))
        self.menu_actions["export_csv"].setText(self.tr("Export ratings as &CSV…"))
        self.menu_actions["import_data"].setText(self.tr("Import my d&ata…"))
        self.menu_actions["export_proposals"].setText(self.tr("&Export proposals…"))
        self.menu_actions["quit"].setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo rating"))
        self.redo_action.setText(self.tr("&Redo rating"))
        self.menu_actions["find"].setText(self.tr("&Find profile…"))
        self.view_menu.setTitle(self.tr("&View"))
        for page in PAGES:
            self.menu_actions[f"page_{page.key}"].setText(page.menu_text())
        self.menu_actions["previous_level"].setText(self.tr("&Previous level"))
        self.menu_actions["next_level"].setText(self.tr("N&ext level"))
        self.checkin_menu.setTitle(self.tr("&Check-ins"))
        self.menu_actions["checkin"].setText(self.tr("&Close a check-in…"))
        self.menu_actions["timeline"].setText(self.tr("&Timeline"))
        self._retranslate_team_menu()
        self.language_menu.setTitle(self.tr("&Language"))
        self.menu_actions["language_system"].setText(self.tr("&System language"))
        # Each language is named in itself, so a person can find theirs in any UI language.
        self.menu_actions["language_en"].setText("&English")
        self.menu_actions["language_es"].setText("&Español")
        self.help_menu.setTitle(self.tr("&Help"))
        self.menu_actions["guide"].setText(self.tr("&User guide"))
        self.menu_actions["shortcuts"].setText(self.tr("&Keyboard shortcuts"))
        self.menu_actions["about"].setText(self.tr("&About Skill Ladder"))

    def choose_language(self, choice: str) -> None:
        """Switch the whole window at once (no restart) and remember the choice."""
        self._settings.set("language", choice)
        language = choose_language(None, None if choice == LANGUAGE_SYSTEM else choice)
        if language != self._translations.language:
            self.statusBar().clearMessage()  # a passing message ("Saved") in the old language
            self._translations.apply(language)  # Qt sends LanguageChange to every widget
            if self.has_body:
                self.controller.set_language(language)
        self.menu_actions[f"language_{choice}"].setChecked(True)

    def set_busy(self, busy: bool) -> None:
        """While work runs off the GUI thread (an import): nothing that reads or writes the
        data can be started; quitting, languages and About still work."""
        self._busy = busy
        self.splitter.setEnabled(not busy)
        for action in self.menu_actions.values():
            action.setEnabled(not busy or action in self._always_enabled)
        if not busy:
            self.undo_action.setEnabled(self.controller.undo.canUndo())
            self.redo_action.setEnabled(self.controller.undo.canRedo())
            if self.read_only:
                self._hold_read_only()

    # -- behaviour that is the window's own -------------------------------------------------
    def _reveal_rule(self, shown: bool) -> None:
        if shown:
            self._standing_scroll.ensureWidgetVisible(self.standing.rule_text)

    def _focus_search(self) -> None:
        self.browser.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.browser.search.selectAll()

    def _step_level(self, step: int) -> None:
        slider = self.selection.levels.slider
        slider.setValue(max(slider.minimum(), min(slider.maximum(), slider.value() + step)))

    def _show_guide(self) -> None:
        from skill_ladder.ui.dialogs.user_guide import UserGuideDialog

        UserGuideDialog.show_guide(self, self._translations.language or "en")

    def _show_shortcuts(self) -> None:
        from skill_ladder.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog.show_for(self, self.findChildren(QAction))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Skill Ladder"),
            fill(
                self.tr(
                    "Skill Ladder %1\n\nCareer self-assessment that works offline: your ratings, "
                    "notes and check-ins stay on this computer, in %2."
                ),
                __version__,
                str(self.data_dir),
            ),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and getattr(self, "has_body", False)
            and self.controller.attached
            and not getattr(self, "_busy", False)
        ):
            self.controller.refresh_if_changed_elsewhere()
        super().changeEvent(event)

    def _restore_geometry(self) -> None:
        saved = self._settings.get("geometry")
        if isinstance(saved, str):
            self.restoreGeometry(QByteArray(base64.b64decode(saved)))
        else:
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None and available.width() >= 1280:
                self.resize(1280, 800)
            else:
                self.resize(1100, 720)
        splitter = self._settings.get("splitter")
        if isinstance(splitter, str):
            self.splitter.restoreState(QByteArray(base64.b64decode(splitter)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.has_body:
            self.controller.flush_notes()
        self._settings.set("geometry", base64.b64encode(bytes(self.saveGeometry().data())).decode())
        self._settings.set(
            "splitter", base64.b64encode(bytes(self.splitter.saveState().data())).decode()
        )
        super().closeEvent(event)


class _FirstPaint(QObject):
    """Calls `then` once, just after `widget` is first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class _KeepOff(QObject):
    """Keeps the controls it watches disabled, whatever their own logic enables later
    (a selected check-in enables Rename…): nothing can be saved this session."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False
