from __future__ import annotations

import os
from pathlib import Path

import pytest

from skill_ladder.atomic_write import write_atomic
from skill_ladder.errors import StorageFailure


def test_writes_the_whole_file_privately(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.json"
    write_atomic(target, b"hello", create_folder=True)
    assert target.read_bytes() == b"hello"
    assert target.stat().st_mode & 0o777 == 0o600
    assert os.listdir(target.parent) == ["a.json"]


def test_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old")

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageFailure) as caught:
        write_atomic(target, b"new")
    assert caught.value.code == "file.write_failed"
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.json"]


def test_write_into_a_missing_place_is_a_clear_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    with pytest.raises(StorageFailure):
        write_atomic(blocker / "a.json", b"x")
