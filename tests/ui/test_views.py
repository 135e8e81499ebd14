"""Compare, matrix, check-ins, follow, search and proposals, as a person uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from skill_ladder.catalog.synthetic import synthetic_document
from skill_ladder.domain.rating import Rating
from skill_ladder.services.hub import Services
from skill_ladder.ui.dialogs import confirm
from skill_ladder.ui.dialogs.close_checkin import CloseCheckinDialog
from skill_ladder.ui.dialogs.problem_list import ProblemListDialog
from skill_ladder.ui.dialogs.restore_backup import RestoreBackupDialog
from skill_ladder.ui.dialogs.suggest_change import SuggestChangeDialog
from skill_ladder.ui.main_window import MainWindow
from tests.conftest import database_dump
from tests.support.profiles import bundled_document


def test_compare_shows_the_next_level_with_required_gaps_first(
    window: MainWindow, services: Services
) -> None:
    window.selection.set_role("data-scientist")
    window.controller.select_role("data-scientist")
    window.selection.levels.set_level("middle")
    window.show_page("compare")
    compare = window.pages.page("compare").view
    assert compare._current_title.text() == "Now: Middle"  # noqa: SLF001
    assert compare._next_title.text() == "To advance to Senior (required gaps first)"  # noqa: SLF001
    now = compare.current.cards()[0].view
    upcoming = compare.next.cards()[0].view
    assert now is not None and now.key == "mlflow-data-scientist-middle" and not now.required
    assert (
        upcoming is not None
        and upcoming.key == "mlflow-data-scientist-senior"
        and upcoming.required
    )


def test_compare_at_the_top_of_the_ladder(window: MainWindow) -> None:
    window.selection.levels.set_level("principal")
    window.show_page("compare")
    assert window.pages.page("compare").view._next_title.text() == "Next level: none"  # noqa: SLF001
    assert window.pages.page("compare").view.next.cards() == []
    assert len(window.pages.page("compare").view.current.views()) == 6


def test_matrix_is_coloured_lettered_and_opens_cards(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.ratings.set_rating("mlflow-llm-engineer-lead", Rating.EXCEEDS)
    window.show_page("matrix")
    model = window.pages.page("matrix").view.model
    assert model.rowCount() == 6 and model.columnCount() == 5
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Lead / Staff"  # room: full name
    llm_row = [model.headerData(r, Qt.Orientation.Vertical) for r in range(6)].index("LLM Engineer")
    lead = model.index(llm_row, 3)
    assert lead.data() == "E•"
    assert "Exceeds" in lead.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(llm_row, 0).data() == "–"  # optional, not rated
    table = window.pages.page("matrix").view.table
    rect = table.visualRect(lead)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.views.currentIndex() == 0
    assert window.controller.role == "llm-engineer"
    assert window.controller.level == "lead"
    focused = window.focusWidget()
    assert focused is not None and getattr(focused, "view", None) is not None
    assert focused.view.key == "mlflow-llm-engineer-lead"  # type: ignore[attr-defined]


def test_matrix_model_is_a_sound_item_model(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_page("matrix")
    qtmodeltester.check(window.pages.page("matrix").view.model)


def test_profile_tree_model_is_sound(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.browser.model)
    qtmodeltester.check(window.browser.proxy)


def test_close_rename_and_delete_check_ins(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    window.show_page("growth")
    growth = window.pages.page("growth").view
    asked: list[tuple[int, int]] = []

    def close_with_note(cls, parent, rated, total):  # type: ignore[no-untyped-def]
        asked.append((rated, total))
        return "Q3 review"

    monkeypatch.setattr(CloseCheckinDialog, "ask", classmethod(close_with_note))
    qtbot.mouseClick(growth.create_button, Qt.MouseButton.LeftButton)
    assert asked == [(1, 30)]  # what is frozen, said with its count
    assert [(c.note, c.rated) for c in services.checkins.all()] == [("Q3 review", 1)]
    assert growth.timeline.count() == 1
    assert "Q3 review" in growth.timeline.item(0).text()
    assert window.last_checkin.text().startswith("Last check-in: ")

    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.EXCEEDS)
    services.ratings.set_rating("mlflow-ml-engineer-middle", Rating.WORKING_TOWARDS)
    window.controller.reload()  # as after a change elsewhere
    kinds = [
        growth.changes.topLevelItem(i).text(0) for i in range(growth.changes.topLevelItemCount())
    ]
    assert kinds == ["Up", "Newly rated"]

    growth.timeline.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Renamed", True))
    qtbot.mouseClick(growth.rename_button, Qt.MouseButton.LeftButton)
    assert services.checkins.all()[0].note == "Renamed"
    growth.timeline.setCurrentRow(0)
    named: list[str] = []
    monkeypatch.setattr(confirm, "confirm_delete_checkin", lambda _w, label: named.append(label))
    qtbot.mouseClick(growth.delete_button, Qt.MouseButton.LeftButton)  # the person cancels
    assert len(services.checkins.all()) == 1
    assert len(named) == 1 and "Renamed" in named[0]
    monkeypatch.setattr(confirm, "confirm_delete_checkin", lambda _w, label: True)
    qtbot.mouseClick(growth.delete_button, Qt.MouseButton.LeftButton)
    assert services.checkins.all() == []


def test_readiness_over_time_has_a_point_per_check_in_and_now(
    window: MainWindow, services: Services
) -> None:
    window.selection.set_role("ml-engineer")
    window.controller.select_role("ml-engineer")
    services.checkins.create("first")
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    window.show_page("growth")
    series = window.pages.page("growth").view.trend.series()
    assert [s.label for s in series] == ["Junior", "Middle", "Senior", "Lead / Staff", "Principal"]
    assert [value for _, value in series[0].points] == [0.0, 1.0]


def test_follow_puts_a_profile_first_and_search_finds_requirement_text(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.catalog.import_bytes(
        json.dumps(synthetic_document(key="extra", skills=2, roles=1, levels=2)).encode()
    )
    window.controller.reload()
    qtbot.mouseClick(window.header.star, Qt.MouseButton.LeftButton)
    assert services.personal.followed() == {"mlflow"}
    window.browser.search.setFocus()
    qtbot.keyClicks(window.browser.search, "kubernetes")
    proxy = window.browser.proxy

    def leaves(parent: QModelIndex) -> list[str]:
        found = []
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            found += leaves(index) if proxy.rowCount(index) else [index.data()]
        return found

    assert leaves(QModelIndex()) == ["★ MLflow"]
    window.browser.search.clear()
    assert len(leaves(QModelIndex())) == 3
    # A screen reader hears each node's name, and "followed" for a followed skill.
    from PySide6.QtGui import QAccessible

    tree = QAccessible.queryAccessibleInterface(window.browser.tree)
    assert tree is not None
    spoken = {tree.child(n).text(QAccessible.Text.Name) for n in range(tree.childCount())}
    assert "MLflow, followed" in spoken
    assert {"Skill 1", "Skill 2"} <= spoken, spoken


def test_suggest_a_change_and_export_proposals(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    card = window.cards.cards()[3]
    monkeypatch.setattr(
        SuggestChangeDialog,
        "ask",
        classmethod(lambda cls, parent, text: ("Logs experiments with MLflow.", "Shorter")),
    )
    qtbot.mouseClick(card._suggest, Qt.MouseButton.LeftButton)  # noqa: SLF001
    window.show_page("proposals")
    listed = window.pages.page("proposals").view.list
    assert listed.topLevelItemCount() == 1
    assert listed.topLevelItem(0).text(1) == "Logs experiments with MLflow."
    target = tmp_path / "proposals.json"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.pages.page("proposals").view.export_button, Qt.MouseButton.LeftButton)
    exported = json.loads(target.read_text())
    assert exported["proposals"][0]["requirement"] == "mlflow-ml-engineer-junior"
    assert exported["proposals"][0]["reason"] == "Shorter"
    assert exported["proposals"][0]["current_text"].startswith("Uses MLflow for experiment logging")


def test_changed_description_is_flagged_on_its_card(window: MainWindow, services: Services) -> None:
    services.ratings.set_rating("mlflow-computer-vision-engineer-junior", Rating.MEETS)
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    newer["skills"][0]["requirements"][0]["text"]["en"] = "Logs CV experiments in MLflow."
    services.catalog.import_bytes(json.dumps(newer).encode())
    window.controller.reload()
    card = window.cards.cards()[0]
    assert card.view is not None and card.view.key == "mlflow-computer-vision-engineer-junior"
    assert card._flag.isVisibleTo(window)  # noqa: SLF001
    assert not window.cards.cards()[1]._flag.isVisibleTo(window)  # noqa: SLF001


def test_changes_made_elsewhere_show_on_next_focus(window: MainWindow, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("rate", "mlflow", "ml-engineer", "junior", "exceeds").code == 0
    window.controller.refresh_if_changed_elsewhere()
    card = next(
        c for c in window.cards.cards() if c.view and c.view.key == "mlflow-ml-engineer-junior"
    )
    assert card.rating.button(Rating.EXCEEDS).isChecked()


def test_a_broken_import_lists_its_problems_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        ProblemListDialog,
        "show_problems",
        classmethod(
            lambda cls, parent, title, summary, problems: shown.append((summary, list(problems)))
        ),
    )
    broken = synthetic_document(key="broken")
    broken["skills"][0]["requirements"][1]["required"] = "yes"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken))
    before = database_dump(services.database.path)
    with qtbot.waitSignal(window.files.import_finished) as done:
        window.files.import_path(path)
    assert done.args == [False]
    assert shown and "broken.json" in shown[0][0]
    assert shown[0][1] == [
        "$.skills[0].requirements[1].required: must be a boolean (true or false)"
    ]
    assert database_dump(services.database.path) == before
    assert window.statusBar().currentMessage() == "Import failed; nothing was changed"


def test_import_then_remove_a_profile(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "three.json"
    path.write_text(json.dumps(synthetic_document(key="three", skills=1, roles=2, levels=3)))
    window.files.import_path(path)
    # Off the GUI thread: the window's writing actions are off until it is done.
    assert not window.menu_actions["import"].isEnabled() and not window.splitter.isEnabled()
    assert window.menu_actions["quit"].isEnabled()
    qtbot.waitUntil(lambda: window.splitter.isEnabled())
    assert window.menu_actions["import"].isEnabled()
    assert window.header._name.text() == "Skill 1"  # noqa: SLF001
    assert window.selection.levels.slider.maximum() == 2
    services.ratings.set_rating("three-skill-1-role-1-l1-1", Rating.MEETS)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    window.files.remove_profile()
    assert [p.key for p in services.catalog.list_profiles("en")] == ["mlflow"]
    # The ratings stay unless the box was ticked: importing again brings them back.
    with qtbot.waitSignal(window.files.import_finished):
        window.files.import_path(path)
    shown = services.catalog.show("three-skill-1", "en").requirements
    assert shown[0].rating_slug == "meets"


def test_remove_can_also_forget_the_ratings(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)

    def accept_and_tick(box: QMessageBox) -> QMessageBox.StandardButton:
        box.checkBox().setChecked(True)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", accept_and_tick)
    window.files.remove_profile()
    assert services.catalog.list_profiles("en") == []
    assert window.header._name.text() == "No profile selected"  # noqa: SLF001
    from skill_ladder.paths import bundled_profiles

    assert services.catalog.install_bundled(bundled_profiles()) == []  # removed stays removed
    services.catalog.restore_bundled(bundled_profiles())
    assert all(r.rating is None for r in services.catalog.show("mlflow", "en").requirements)


def test_search_without_matches_says_so_and_enter_opens_the_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    browser = window.browser
    browser.search.setFocus()
    qtbot.keyClicks(browser.search, "zzzz-nothing")
    assert browser._no_match.isVisibleTo(window)  # noqa: SLF001
    browser.search.clear()
    qtbot.keyClicks(browser.search, "Databricks")
    assert not browser._no_match.isVisibleTo(window)  # noqa: SLF001
    qtbot.keyClick(browser.search, Qt.Key.Key_Return)
    assert browser.current_scope() is not None and browser.current_scope().skills == ("mlflow",)  # type: ignore[union-attr]


def test_skills_sort_naturally(window: MainWindow, services: Services) -> None:
    services.catalog.import_bytes(
        json.dumps(synthetic_document(key="many", skills=12, roles=1, levels=2)).encode()
    )
    window.controller.reload()
    proxy = window.browser.proxy
    names = []

    def collect(parent: QModelIndex) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if proxy.rowCount(index):
                collect(index)
            elif str(index.data()).startswith("Skill"):
                names.append(index.data())

    collect(QModelIndex())
    numbers = [int(n.split()[1]) for n in names]
    groups_sorted = all(
        numbers[i] < numbers[i + 1]
        for i in range(len(numbers) - 1)
        if numbers[i] % 9 == numbers[i + 1] % 9
    )
    assert groups_sorted, names


def test_removing_the_last_profile_leaves_no_stale_view(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.selection.set_role("ml-engineer")
    window.controller.select_role("ml-engineer")
    window.show_page("compare")
    window.pages.page("compare").view.current.cards()[0].rating.button(Rating.MEETS).click()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    window.files.remove_profile()
    assert (
        window.pages.page("compare").view.current.views() == []
        or len(window.pages.page("compare").view.current.views()) == 0
    )
    assert (
        window.pages.page("compare").view.next.views() == []
        or len(window.pages.page("compare").view.next.views()) == 0
    )
    assert not window.undo_action.isEnabled()
    assert window.selection.role.count() == 1  # only "All roles" is left


def test_back_up_restore_and_export_from_the_window(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from skill_ladder.app import open_services
    from skill_ladder.paths import AppPaths

    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    window.files.backup_now()
    assert [b.kind for b in services.backups.all()].count("manual") == 1
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.NOT_YET)
    window.controller.reopen = lambda: open_services(AppPaths(services.database.path.parent))
    manual = next(b for b in services.backups.all() if b.kind == "manual")

    def pick(cls, parent, backups):  # type: ignore[no-untyped-def]
        assert [b.id for b in backups] == [b.id for b in services.backups.all()]
        return manual.id

    monkeypatch.setattr(RestoreBackupDialog, "choose", classmethod(pick))
    window.files.restore_backup()
    fresh = window.controller.services
    assert (
        next(
            r
            for r in fresh.catalog.show("mlflow", "en").requirements
            if r.key == "mlflow-ml-engineer-junior"
        ).rating_slug
        == "meets"
    )
    target = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.export_data()
    assert (
        json.loads(target.read_text())["ratings"][0]["requirement"] == "mlflow-ml-engineer-junior"
    )


def test_a_search_holds_across_a_reload_with_new_texts(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    browser = window.browser
    browser.search.setFocus()
    qtbot.keyClicks(browser.search, "kubeflow")
    assert browser._no_match.isVisibleTo(window)  # noqa: SLF001
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    newer["skills"][0]["requirements"][0]["text"]["en"] = "Now about Kubeflow pipelines."
    services.catalog.import_bytes(json.dumps(newer).encode())
    window.controller.reload()  # as after an import from the File menu
    assert not browser._no_match.isVisibleTo(window)  # noqa: SLF001
    assert browser.current_scope() is not None
    assert browser.current_scope().skills == ("mlflow",)  # type: ignore[union-attr]


def test_only_the_view_on_screen_is_made_and_the_others_when_first_shown(
    qtbot: QtBot,
    make_window,
    settings,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:

    settings.set("page", "matrix")  # the last session ended on the matrix
    services.checkins.create("Q3")
    window = make_window()
    assert window.pages.made() == ["matrix"]
    assert (
        window.pages.page("matrix").view.isEnabled()
        and window.pages.page("matrix").view.model.rowCount() > 0
    )
    window.show_page("growth")  # made, wired and filled when shown
    assert window.pages.made() == ["matrix", "growth"]
    growth = window.pages.page("growth").view
    assert growth.isVisible() and growth.isEnabled()
    assert growth.timeline.count() == 1
    monkeypatch.setattr(CloseCheckinDialog, "ask", classmethod(lambda cls, *a: "Q4"))
    qtbot.mouseClick(growth.create_button, Qt.MouseButton.LeftButton)  # its buttons work
    assert growth.timeline.count() == 2
    assert not window.pages.has_page("compare")


def test_a_reload_during_a_search_selects_the_new_skill_it_was_asked_to(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    """After an import while a search is on, the new skill that matches the search is
    selected, not the first of the matches from before the import."""
    from skill_ladder.services.views import Scope

    qtbot.keyClicks(window.browser.search, "production")  # MLflow's texts, and the new ones
    before = window.browser.current_scope()
    services.catalog.import_bytes(
        json.dumps(synthetic_document(key="probe", skills=2, roles=1, levels=2)).encode()
    )
    wanted = Scope("probe", ("probe-skill-2",))
    assert "probe-skill-2" in services.catalog.matching_skills("production", "en")
    assert before is not None and before != wanted
    window.controller.reload(wanted)  # as after an import from the File menu
    assert window.browser.current_scope() == wanted
    assert window.controller.scope == wanted


def test_a_search_for_a_framework_or_domain_name_shows_what_is_under_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    browser = window.browser
    browser.search.setFocus()
    qtbot.keyClicks(browser.search, "engineering ladder")  # the framework's name only
    assert not browser._no_match.isVisibleTo(window)  # noqa: SLF001
    qtbot.keyClick(browser.search, Qt.Key.Key_Return)
    assert browser.current_scope() is not None
    assert browser.current_scope().skills == ("mlflow",)  # type: ignore[union-attr]


def test_opening_the_growth_view_leaves_the_left_column_alone(
    make_window,  # type: ignore[no-untyped-def]
) -> None:
    """In Spanish, on a narrow window, with no check-in yet: the growth view's long sentences
    wrap instead of pushing the browser and Where am I out of sight."""
    from PySide6.QtWidgets import QApplication

    window = make_window("es")
    window.resize(760, 820)
    QApplication.processEvents()
    before = window.splitter.sizes()
    window.show_page("growth")
    for _ in range(3):
        QApplication.processEvents()
    assert window.width() == 760
    assert window.splitter.sizes() == before


def test_the_rating_buttons_of_a_narrow_card_wrap_without_overlapping(
    window: MainWindow,
) -> None:
    """In the compare view's half-width columns the rating buttons take two lines: each
    button in its own place, and the control tall enough for both lines (the buttons of a card
    laid out while hidden used to sit on top of one another)."""
    from PySide6.QtWidgets import QApplication

    window.controller.select_role("ml-engineer")
    window.show_page("compare")
    for _ in range(5):
        QApplication.processEvents()
    cards = (
        window.pages.page("compare").view.current.cards()
        + window.pages.page("compare").view.next.cards()
    )
    assert cards
    for card in cards:
        control = card.rating
        buttons = [control.button(r) for r in Rating] + [control._clear]  # noqa: SLF001
        places = [b.geometry() for b in buttons]
        assert all(not a.intersects(b) for i, a in enumerate(places) for b in places[i + 1 :]), (
            places
        )
        assert all(control.rect().contains(p) for p in places), (control.rect(), places)


def test_the_proposals_columns_share_the_width(make_window) -> None:  # type: ignore[no-untyped-def]
    """The proposed wording and the reason stretch over the list (they kept 100 px, and the
    Spanish "Redacción propuesta" was cut)."""
    from PySide6.QtWidgets import QApplication

    window = make_window("es")
    window.show_page("proposals")
    QApplication.processEvents()
    header = window.pages.page("proposals").view.list.header()
    sizes = [header.sectionSize(i) for i in range(header.count())]
    assert abs(sum(sizes) - header.viewport().width()) <= 2, sizes
    label = window.pages.page("proposals").view.list.headerItem().text(1)
    assert header.fontMetrics().horizontalAdvance(label) < sizes[1], (label, sizes)


def test_check_ins_of_the_same_minute_can_be_told_apart_when_comparing(
    window: MainWindow, services: Services
) -> None:

    for _ in range(3):
        services.checkins.create("")
    window.show_page("growth")
    combo = window.pages.page("growth").view.before
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert len(labels) == 3 and len(set(labels)) == 3, labels


def test_a_name_found_in_a_framework_shows_all_its_skills_only_if_none_was_found(
    qtbot: QtBot,
) -> None:
    """ "engineer" is in the framework's name: when the catalogue finds some of its skills by
    their texts or roles, only those show; when it finds none, the whole framework does."""
    from skill_ladder.services.views import FrameworkEntry, SkillEntry
    from skill_ladder.ui.models.profile_tree import ProfileFilter, ProfileTreeModel

    def skill(key: str) -> SkillEntry:
        return SkillEntry(key, key.title(), "Domain", "Group", followed=False)

    model = ProfileTreeModel()
    model.load([FrameworkEntry("f", "Engineering ladder", (skill("a"), skill("b")))], "followed")
    proxy = ProfileFilter()
    proxy.setSourceModel(model)

    def shown() -> list[str]:
        found, stack = [], [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(proxy.rowCount(parent)):
                index = proxy.index(row, 0, parent)
                stack.append(index)
                if not proxy.hasChildren(index):
                    found.append(index.data())
        return sorted(found)

    proxy.set_search("engineer", {"a"})
    assert shown() == ["A"]
    proxy.set_search("engineer", set())
    assert shown() == ["A", "B"]
    proxy.set_search("nothing", set())
    assert shown() == []
