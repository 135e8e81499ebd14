"""A rating or note shown as saved survives the process being killed at any moment."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

RUNS = 30
CHILD = r"""
import sys, random
from pathlib import Path
from skill_ladder.app import open_services
from skill_ladder.domain.rating import Rating
from skill_ladder.paths import AppPaths
paths = AppPaths(Path(sys.argv[1])); paths.ensure()
services = open_services(paths)
keys = [r.key for r in services.catalog.show("mlflow", "en").requirements]
counter = int(sys.argv[2])
rng = random.Random(counter)
print("ready", flush=True)
while True:
    counter += 1
    key = rng.choice(keys)
    if counter % 2:
        services.ratings.set_rating(key, rng.choice([None, *Rating]))
    services.ratings.set_note(key, f"n{counter}")
    print(f"ack {key} {counter}", flush=True)
"""


def test_acknowledged_changes_survive_sigkill(tmp_path: Path) -> None:
    data = tmp_path / "data"
    rng = random.Random(7)
    acknowledged: dict[str, int] = {}
    counter = 0
    checked = 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for run in range(RUNS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data), str(counter)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", f"run {run}"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        for line in child.stdout.read().splitlines():
            if line.startswith("ack "):
                _, key, number = line.split()
                acknowledged[key] = int(number)
                counter = max(counter, int(number))
        child.wait()
        counter += 1000  # numbers of a killed run that were written but not acknowledged
        with sqlite3.connect(data / "skill-ladder.sqlite3") as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            notes = dict(connection.execute("SELECT requirement_key, note FROM ratings").fetchall())
        connection.close()
        for key, number in acknowledged.items():
            assert int(notes[key][1:]) >= number, (run, key, notes[key], number)
            checked += 1
    assert len(acknowledged) > 10
    print(f"{RUNS} kills, {checked} acknowledged changes checked")
