"""`make bench`: start-up, interaction and scale, each as a ratio to a floor measured in the
same run (these machines are shared and noisy), median and p95 over repeated runs after one
warm-up. Prints figures only; the targets are in issue 8 and the README.

Start-up cases are new processes on an initialised data folder, offscreen. Each child writes
the wall-clock moment of a paint to standard error (`SKILL_LADDER_TIMING ...`), so a figure is
spawn-to-paint, without the process's exit; its peak memory is the child's own maximum
resident set size (from `wait4`).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import itertools
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skill_ladder.paths import AppPaths
    from skill_ladder.services.hub import Services
    from skill_ladder.services.views import Scope
    from skill_ladder.ui.main_window import MainWindow

# Run directly as well as from `make bench`: the in-process cases need a platform without a display
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TIMING = "SKILL_LADDER_TIMING"
BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "skill-ladder" / "skill-ladder"
FLOOR = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("floor"))
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            sys.stderr.write(f"{TIMING} window {{time.time():.6f}}\\n")
            QTimer.singleShot(0, app.quit)
        return False
quit_on_paint = Quit()
window.centralWidget().installEventFilter(quit_on_paint)
window.show()
app.exec()
"""


def child_run(args: list[str], env: dict[str, str]) -> tuple[dict[str, float], int]:
    """Seconds from spawn to each moment the child stamped, and its peak memory (KiB)."""
    spawned = time.time()
    child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    err = child.stderr.read().decode()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])}... failed ({child.returncode}):\n{err}")
    moments = {}
    for line in err.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == TIMING:
            moments[parts[1]] = float(parts[2]) - spawned
    return moments, usage.ru_maxrss


def stats(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(values), ordered[
        min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))
    ]


def report(name: str, values: list[float], floor: float, unit: str = "s") -> None:
    median, p95 = stats(values)
    scale = 1000 if unit == "ms" else 1
    figures = f"median {median * scale:8.2f} {unit}  p95 {p95 * scale:8.2f} {unit}"
    print(f"{name:<52} {figures}  ratio {median / floor:5.2f}")


def repeat(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def launcher() -> list[str]:
    """The `skill-ladder` command as installed (`make run` starts it), or `python -m`."""
    script = Path(sys.executable).with_name("skill-ladder")
    return [str(script)] if script.exists() else [sys.executable, "-m", "skill_ladder"]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from PySide6 import __version__ as pyside

    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {pyside}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build-large", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument(
        "--spreadsheet-only", action="store_true", help="only the 10,000-row spreadsheet case"
    )
    parser.add_argument(
        "--start-only", action="store_true", help="only the start-up and memory cases"
    )
    parser.add_argument(
        "--cards-only", action="store_true", help="only the card list's scrolling cases"
    )
    parser.add_argument(
        "--ladder-only",
        action="store_true",
        help="only the real ladder's cases (issue 13), after the bare window's floor",
    )
    args = parser.parse_args()
    if args.build_large:
        large_folder(Path(args.build_large))
        return
    if args.spreadsheet_only:
        with tempfile.TemporaryDirectory() as tmp:
            spreadsheet_import(Path(tmp), 1.0)
        return
    if args.cards_only:
        with tempfile.TemporaryDirectory() as tmp:
            card_scrolling(Path(tmp))
        return
    runs = max(7, args.runs)
    if args.ladder_only:
        with tempfile.TemporaryDirectory() as tmp:
            ladder_only(Path(tmp), runs)
        return
    # These machines set PYTHONDONTWRITEBYTECODE: a module changed since its last compile
    # would be compiled again in every child, about 15 ms of each start.
    import compileall

    import skill_ladder

    compileall.compile_dir(Path(skill_ladder.__file__).parent, quiet=1)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", TIMING: "1"}
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"date: {now}")
    print(f"machine: {machine()}")
    print(f"{runs} runs per case after one warm-up; start-up cases are new processes")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        app = [*launcher(), "--data-dir", str(data)]
        subprocess.run([*app, "profile", "list"], env=env, check=True, capture_output=True)
        heavy = Path(tmp) / "large-data"
        # Built by a child: a child's peak memory counts the parent's pages it was forked
        # with, so this process must stay small until the start-up cases are done.
        subprocess.run([sys.executable, __file__, "--build-large", str(heavy)], check=True)
        heavy_app = [*launcher(), "--data-dir", str(heavy), "--smoke"]
        cases = [[sys.executable, "-c", FLOOR], [*app, "--smoke"], heavy_app]
        if BUNDLE.exists():  # `make bundle` was run: the packaged app too, on the same folder
            cases.append([str(BUNDLE), "--data-dir", str(data), "--smoke"])
        # Interleaved, one of each per round, so that a slower spell of this shared machine
        # weighs on the floor and the app alike; the first round is the warm-up.
        rounds = [[child_run(args, env) for args in cases] for _ in range(runs + 1)][1:]
        floor_runs, app_runs, heavy_runs, *bundle_runs = (
            [r[i] for r in rounds] for i in range(len(cases))
        )
        floor_times = [m["window"] for m, _ in floor_runs]
        floor = statistics.median(floor_times)
        report("floor: bare QApplication + QMainWindow, painted", floor_times, floor, "ms")
        report(
            "first painted window (menus, header)", [m["window"] for m, _ in app_runs], floor, "ms"
        )
        report(
            "first useful paint (--smoke: cards painted)",
            [m["ready"] for m, _ in app_runs],
            floor,
            "ms",
        )
        report(
            "  the same, 18,000 requirements + 20 check-ins",
            [m["ready"] for m, _ in heavy_runs],
            floor,
            "ms",
        )
        for packaged in bundle_runs:
            for moment, label in (("window", "first painted window"), ("ready", "cards")):
                times = [m[moment] for m, _ in packaged]
                report(f"  packaged app ({BUNDLE.parent.name}/): {label}", times, floor, "ms")
        floor_mem = statistics.median(k for _, k in floor_runs)
        for label, measured in (
            ("peak memory: floor / window with cards", app_runs),
            ("  the same, 18,000 requirements + 20 check-ins", heavy_runs),
        ):
            mem = statistics.median(k for _, k in measured)
            print(
                f"{label:<52} {floor_mem / 1024:8.1f} MiB / {mem / 1024:.1f} MiB"
                f"  ratio {mem / floor_mem:5.2f}"
            )

        if not args.start_only:
            in_process(Path(tmp), runs)
            card_scrolling(Path(tmp))


def large_folder(folder: Path) -> None:
    """A data folder a long-time user of a large framework might have: 18,000 requirements,
    some rated, twenty check-ins (a database of about 220 MB), opening on that framework."""
    import json

    from skill_ladder.app import open_services
    from skill_ladder.catalog.synthetic import synthetic_bytes
    from skill_ladder.domain.rating import Rating
    from skill_ladder.paths import AppPaths

    paths = AppPaths(folder)
    paths.ensure()
    services = open_services(paths, back_up=False)
    services.catalog.import_bytes(synthetic_bytes(key="large", skills=200, roles=10, levels=9))
    for skill in range(1, 201, 3):
        services.ratings.rate_cell(f"large-skill-{skill}", "role-1", "l1", Rating.MEETS)
    for _ in range(20):
        services.checkins.create()
    services.database.close()
    view = {"scope": {"framework": "large", "skills": []}, "role": "role-1", "level": "l2"}
    paths.settings.write_text(json.dumps(view))


def open_window(services: Services, paths: AppPaths) -> MainWindow:
    """The window on `services`, in English, 1280 × 800, painted; then, as the window does
    once its data is on screen (`ui.application.run_window`), what the start made is set
    apart from the collector's work. Without that, a full collection over this process's
    heap (the imports before) lands in some switches and not in the app's."""
    from PySide6.QtWidgets import QApplication

    from skill_ladder.settings import Settings
    from skill_ladder.translations import Translations
    from skill_ladder.ui.main_window import MainWindow

    translations = Translations()
    translations.apply("en")
    window = MainWindow(Settings(paths.settings), translations, services.database.path.parent)
    window.attach(services)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    gc.freeze()
    return window


def switch_times(
    window: MainWindow,
    scope: Scope,
    roles: list[str],
    levels: list[str],
    what: str,
    runs: int = 21,
) -> list[float]:
    """Each step moves the level (or the role) and returns once the cards are painted."""
    from PySide6.QtWidgets import QApplication

    window.controller.reload(scope)
    window.selection.set_role(roles[0])
    window.controller.select_role(roles[0])
    window.selection.levels.set_level(levels[0])
    steps = iter((roles if what == "role" else levels) * 1000)

    def step() -> None:
        if what == "role":  # as a person picks it: the combo box's `activated`
            window.selection.set_role(next(steps))
            combo = window.selection.role
            combo.activated.emit(combo.currentIndex())
        else:
            window.selection.levels.set_level(next(steps))
        QApplication.processEvents()  # until the cards are painted

    return repeat(step, runs)


def click_times(window: MainWindow, runs: int = 21) -> list[float]:
    """A real mouse click on a card's rating button, until the click is handled: the rating
    committed, the card and the standing panel updated."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from skill_ladder.domain.rating import Rating
    from skill_ladder.services.views import Scope

    window.controller.reload(Scope("ml-engineering", ("mlflow",)))
    window.selection.set_role("ml-engineer")
    window.selection.levels.set_level("junior")
    QApplication.processEvents()
    buttons = window.cards.cards()[0].rating._buttons
    order = iter([Rating.MEETS, Rating.EXCEEDS] * 1000)
    return repeat(lambda: QTest.mouseClick(buttons[next(order)], Qt.MouseButton.LeftButton), runs)


def ten_thousand_rows(path: Path) -> Path:
    """A 10,000-row Requirements sheet (50 skills, 4 roles, 5 levels, 10 rows a cell) with
    Levels and Roles sheets, written with openpyxl as the issue's target describes."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Requirements")
    sheet.append(["skill", "role", "level", "required", "text_en", "text_es"])
    levels = ["Junior", "Middle", "Senior", "Lead", "Principal"]
    roles = ["Backend", "Frontend", "Data", "Platform"]
    for skill in range(50):
        for role in roles:
            for level in levels:
                for n in range(10):
                    sheet.append(
                        [
                            f"Skill {skill}",
                            role,
                            level,
                            "yes" if n % 3 else "no",
                            f"Does thing {n} of skill {skill} as a {level} {role} engineer.",
                            f"Hace la cosa {n} de la habilidad {skill}.",
                        ]
                    )
    levels_sheet = book.create_sheet("Levels")
    levels_sheet.append(["name_en"])
    for level in levels:
        levels_sheet.append([level])
    book.save(path)
    return path


def spreadsheet_import(folder: Path, commit_floor: float) -> None:
    """Issue 16: a 10,000-row .xlsx read (calamine) and imported into a fresh database
    (target: under 3 s), and exported again as an .xlsx, three times."""
    import json

    from skill_ladder.app import open_services
    from skill_ladder.catalog.spreadsheet import sheet_document
    from skill_ladder.catalog.spreadsheet_files import read_workbook
    from skill_ladder.paths import AppPaths

    path = ten_thousand_rows(folder / "ten-thousand.xlsx")
    data = path.read_bytes()
    made = sheet_document(read_workbook(data, ".xlsx"), "ten-thousand", datetime.date.today())
    same_as_json = json.dumps(made.document).encode("utf-8")
    reads, imports, json_imports, exports = [], [], [], []
    for n in range(3):
        fresh = open_services(AppPaths(folder / f"sheet-import-{n}"))
        start = time.perf_counter()
        read_workbook(data, ".xlsx")
        reads.append(time.perf_counter() - start)
        start = time.perf_counter()
        fresh.catalog.import_file(path)
        imports.append(time.perf_counter() - start)
        start = time.perf_counter()
        fresh.catalog.export_spreadsheet("ten-thousand", ".xlsx")
        exports.append(time.perf_counter() - start)
        fresh.database.close()
        fresh = open_services(AppPaths(folder / f"json-import-{n}"))
        start = time.perf_counter()
        fresh.catalog.import_bytes(same_as_json)
        json_imports.append(time.perf_counter() - start)
        fresh.database.close()
    report("read a 10,000-row .xlsx (calamine, extent check)", reads, commit_floor, "ms")
    report("import a 10,000-row .xlsx (fresh database; < 3 s)", imports, commit_floor)
    report("  the same 10,000 requirements as a JSON file", json_imports, commit_floor)
    report("export them as an .xlsx (profile export)", exports, commit_floor)


def in_process(folder: Path, runs: int) -> None:
    """Interaction and scale, in one process, against a bare SQLite commit on the same disk."""
    import sqlite3

    from skill_ladder.app import open_services
    from skill_ladder.catalog.synthetic import synthetic_bytes
    from skill_ladder.domain.rating import Rating
    from skill_ladder.paths import AppPaths
    from skill_ladder.report.renderer import render_pdf
    from skill_ladder.services.views import Scope
    from skill_ladder.ui.application import application

    app = application()  # as the window's: name, icon, and so on
    bare = sqlite3.connect(folder / "bare.sqlite3")
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)")
    counter = iter(range(10**9))

    def bare_commit() -> None:
        with bare:
            bare.execute("INSERT OR REPLACE INTO t VALUES ('k', ?)", (next(counter),))

    commit_floor = statistics.median(repeat(bare_commit, runs * 3))
    paths = AppPaths(folder / "bench")
    paths.ensure()
    services = open_services(paths)
    large = synthetic_bytes(key="large", skills=200, roles=10, levels=9)
    import_times = []
    for n in range(3):
        fresh = open_services(AppPaths(folder / f"import-{n}"))
        start = time.perf_counter()
        fresh.catalog.import_bytes(large)
        import_times.append(time.perf_counter() - start)
        fresh.database.close()
    services.catalog.import_bytes(large)
    for skill in range(1, 201, 3):
        services.ratings.rate_cell(f"large-skill-{skill}", "role-1", "l1", Rating.MEETS)
    window = open_window(services, paths)
    print(f"{'bare SQLite commit (the save floor)':<52} median {commit_floor * 1000:8.2f} ms")

    mlflow_scope = Scope("ml-engineering", ("mlflow",))
    mlflow_roles = ["ml-engineer", "data-scientist", "mlops-engineer"]
    for what in ("level", "role"):
        report(
            f"MLflow: {what} switch until painted",
            switch_times(
                window, mlflow_scope, mlflow_roles, ["junior", "middle", "senior"], what, runs * 3
            ),
            commit_floor,
            "ms",
        )
        report(
            f"18,000 requirements: {what} switch until painted",
            switch_times(
                window,
                Scope("large"),
                ["role-1", "role-2", "role-3"],
                ["l1", "l5", "l9"],
                what,
                runs * 3,
            ),
            commit_floor,
            "ms",
        )
    keys = iter(["mlflow-ml-engineer-junior", "mlflow-ml-engineer-middle"] * 1000)
    values = iter([Rating.MEETS, Rating.EXCEEDS] * 1000)
    save = repeat(lambda: services.ratings.set_rating(next(keys), next(values)), runs * 3)
    report("save a rating (service, committed) vs bare commit", save, commit_floor, "ms")
    report(
        "click a rating until saved and the panel updated", click_times(window), commit_floor, "ms"
    )
    report("import 18,000 requirements (fresh database)", import_times, commit_floor)
    spreadsheet_import(folder, commit_floor)
    report(
        "MLflow matrix",
        repeat(
            lambda: services.board.matrix(Scope("ml-engineering", ("mlflow",)), None, "en"), runs
        ),
        commit_floor,
        "ms",
    )
    report(
        "18,000 requirements matrix (one role)",
        repeat(lambda: services.board.matrix(Scope("large"), "role-1", "en"), runs),
        commit_floor,
        "ms",
    )
    report(
        "MLflow report",
        repeat(lambda: render_pdf(services.reports.build("mlflow", "ml-engineer", "en")), runs),
        commit_floor,
        "ms",
    )
    report(
        "18,000 requirements report (one role)",
        repeat(lambda: render_pdf(services.reports.build("large", "role-1", "en")), 3),
        commit_floor,
    )
    report(
        "  the same with --all-levels (1,800 rows)",
        repeat(
            lambda: render_pdf(services.reports.build("large", "role-1", "en", all_levels=True)),
            3,
        ),
        commit_floor,
    )
    report(
        "check-in (freezes every installed requirement)",
        repeat(services.checkins.create, 3),
        commit_floor,
    )
    while len(services.checkins.all()) < 20:  # a person with twenty check-ins
        services.checkins.create()
    ids = [c.id for c in services.checkins.all()]
    large = Scope("large")
    report("check-in list (20 check-ins)", repeat(services.checkins.all, runs), commit_floor, "ms")
    report(
        "readiness over 20 check-ins, one role of 18,000",
        repeat(lambda: services.checkins.readiness_history(large, "role-1", "en"), runs),
        commit_floor,
        "ms",
    )
    report(
        "changes between two check-ins of 18,000",
        repeat(lambda: services.checkins.changes(large, ids[-2], ids[-1], "en"), runs),
        commit_floor,
        "ms",
    )
    version = iter(range(2, 100))

    def delete_a_checkin_of_its_own_texts() -> float:
        """A check-in of a framework reworded since the last one (18,000 texts only it uses),
        deleted: the time of the delete alone."""
        n = next(version)
        reworded = synthetic_bytes(key="large", skills=200, roles=10, levels=9, version=n, seed=n)
        services.catalog.import_bytes(reworded)
        made = services.checkins.create()
        start = time.perf_counter()
        services.checkins.delete(made.id)
        return time.perf_counter() - start

    report(
        "delete a check-in with 18,000 texts of its own",
        [delete_a_checkin_of_its_own_texts() for _ in range(3)],
        commit_floor,
        "ms",
    )
    real_ladder(window, services, app, runs, commit_floor)
    print("(ratios after the floor lines are to the bare SQLite commit)")
    refusing_a_hostile_file()


def one_object_of_many_names(limit: int) -> bytes:
    """A profile file of `limit` bytes: one object of about 2.6 million names, the first
    repeated at the end (the check of repeated names once counted each name: quadratic)."""
    parts = []
    size = len(b'{"k0":1}')
    for n in itertools.count():
        item = f'"k{n}":0'
        if size + len(item) + 1 > limit:
            break
        parts.append(item)
        size += len(item) + 1
    return ("{" + ",".join([*parts, '"k0":1']) + "}").encode()


def refusing_a_hostile_file() -> None:
    """Issue 15, item 6: refusing a 32 MiB file of that shape (the target: under a second)."""
    from skill_ladder.catalog import limits
    from skill_ladder.catalog.validation import parse_profile
    from skill_ladder.errors import InvalidFile

    data = one_object_of_many_names(limits.MAX_FILE_BYTES)

    def refuse() -> None:
        try:
            parse_profile(data)
        except InvalidFile as refused:
            # an object of more names than any profile: refused from the bytes (issue 15)
            assert refused.problems[0].code == "file.too_many_names", refused.problems
        else:
            raise AssertionError("a repeated name was accepted")

    times = repeat(refuse, 3)
    report("refuse a 32 MiB file: one object, a name twice", times, min(times))


def real_ladder(
    window: MainWindow, services: object, app: object, runs: int, floor: float
) -> list[float]:
    """Issue 13: a real ladder's shape, 12 skills × 100 roles × 9 levels (12 requirements in
    each role and level, 10,800 in all), with 20 check-ins of everything installed: the
    matrix and the growth page on a role or a level switch, and a language switch, each until
    painted."""
    from PySide6.QtWidgets import QApplication

    from skill_ladder.catalog.synthetic import synthetic_bytes
    from skill_ladder.services.views import Scope

    hub = window.controller.services
    hub.catalog.import_bytes(
        synthetic_bytes(key="ladder", skills=12, roles=100, levels=9, text_words=12)
    )
    window.controller.reload(Scope("ladder"))
    roles = iter([f"role-{n}" for n in (1, 50, 100)] * 1000)
    levels = iter(["l1", "l5", "l9"] * 1000)

    def role_step() -> None:
        window.selection.set_role(next(roles))
        combo = window.selection.role
        combo.activated.emit(combo.currentIndex())
        QApplication.processEvents()

    def level_step() -> None:
        window.selection.levels.set_level(next(levels))
        QApplication.processEvents()

    for page in ("matrix", "growth"):
        window.show_page(page)
        QApplication.processEvents()
        for what, step in (("role", role_step), ("level", level_step)):
            report(
                f"10,800 a ladder: {page} page, {what} switch until painted",
                repeat(step, runs * 3),
                floor,
                "ms",
            )
    window.show_page("cards")
    QApplication.processEvents()
    languages = iter(["es", "en"] * 1000)

    def switch_language() -> None:
        window.choose_language(next(languages))
        QApplication.processEvents()

    # As many as the other cases here: a p95 of seven is the slowest of seven.
    switches = repeat(switch_language, runs * 3)
    report("language switch until painted (Cards page)", switches, floor, "ms")
    window.choose_language("en")
    return switches


REFERENCE_FLOOR_MS = 84.23  # the floor of the README's 2026-11-29 table


def ladder_only(folder: Path, runs: int) -> None:
    """`--ladder-only`: the bare window's floor (new processes, as in the start-up cases), then
    the real ladder's cases on `make bench`'s heavy folder, their ratios to that floor. On a
    shared machine whose floor moves by 2-3x in a day, the ratio says what the code does; the
    p95 at the reference floor is the ratio times the 2026-11-29 table's floor."""
    from skill_ladder.app import open_services
    from skill_ladder.paths import AppPaths
    from skill_ladder.ui.application import application

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", TIMING: "1"}
    floor_args = [sys.executable, "-c", FLOOR]
    floor_times = [child_run(floor_args, env)[0]["window"] for _ in range(runs + 1)][1:]
    floor = statistics.median(floor_times)
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"date: {now}\nmachine: {machine()}")
    report("floor: bare QApplication + QMainWindow, painted", floor_times, floor, "ms")
    heavy = folder / "large-data"
    subprocess.run([sys.executable, __file__, "--build-large", str(heavy)], check=True)
    app = application()
    paths = AppPaths(heavy)
    services = open_services(paths, back_up=False)
    window = open_window(services, paths)
    switches = real_ladder(window, services, app, runs, floor)
    scale = REFERENCE_FLOOR_MS / (floor * 1000)
    print(f"(ratios are to this run's floor; at the 2026-11-29 floor, times x {scale:.2f})")
    p95 = stats(switches)[1] * 1000
    print(f"language switch p95 {p95:.1f} ms here, {p95 * scale:.1f} ms at the 2026-11-29 floor")


def card_scrolling(folder: Path) -> None:
    """Scrolling the card list through 1,000 cards of a framework of 100 roles × 9 levels ×
    12 requirements a cell (12 skills; 10,800 in all; "all roles" at one level is 1,200
    cards), in steps of 120 pixels (two notches of a mouse wheel), each timed until painted."""
    from PySide6.QtWidgets import QApplication, QWidget

    from skill_ladder.app import open_services
    from skill_ladder.catalog.synthetic import synthetic_bytes
    from skill_ladder.paths import AppPaths
    from skill_ladder.services.views import Scope
    from skill_ladder.ui.application import application
    from skill_ladder.ui.widgets.requirement_card import RequirementCard

    app = application()
    paths = AppPaths(folder / "cards")
    paths.ensure()
    services = open_services(paths, back_up=False)
    services.catalog.import_bytes(synthetic_bytes(key="ladder", skills=12, roles=100, levels=9))
    window = open_window(services, paths)
    window.controller.reload(Scope("ladder"))
    window.selection.set_role(None)
    window.controller.select_role(None)
    window.selection.levels.set_level("l5")
    app.processEvents()
    cards = window.cards
    keys = {view.key: n for n, view in enumerate(cards.views())}
    print(f"card list: {len(keys):,} cards in view (all roles at one level of 10,800)")

    def top_index() -> int:
        """The index of the card at the top of the list's viewport."""
        port = cards.viewport()
        widget: QWidget | None = port.childAt(port.width() // 2, 12)
        while widget is not None and not isinstance(widget, RequirementCard):
            widget = widget.parentWidget()
        view = widget.view if widget is not None else None
        return keys.get(view.key, -1) if view is not None else -1

    gc.collect()
    gc.freeze()  # as the window does once its data is on screen (see `in_process`)
    bar = cards.verticalScrollBar()
    steps: list[float] = []
    while top_index() < 1000 and len(steps) < 20_000:
        start = time.perf_counter()
        bar.setValue(bar.value() + 120)
        app.processEvents()  # laid out and painted
        steps.append(time.perf_counter() - start)
    widgets = len(window.findChildren(RequirementCard))
    ordered = sorted(steps)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    print(
        f"{'scroll 1,000 cards, 120 px a step, until painted':<52} "
        f"{len(steps)} steps, median {statistics.median(steps) * 1000:7.2f} ms, "
        f"p95 {p95 * 1000:7.2f} ms, worst {ordered[-1] * 1000:7.2f} ms"
    )
    print(f"{'  card widgets that exist at the end':<52} {widgets}")
    window.close()
    QApplication.processEvents()
    services.database.close()


if __name__ == "__main__":
    main()
