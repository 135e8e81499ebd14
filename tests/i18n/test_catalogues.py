"""The translation catalogues: complete, consistent with the code, placeholders intact."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = [ROOT / "i18n" / "skill_ladder_es.ts", ROOT / "i18n" / "skill_ladder_en.ts"]
PLACEHOLDER = re.compile(r"%(?:\d+|n)|%\([a-z_]+\)[rs]|%[rs]")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_vanished_or_obsolete_entry(path: Path) -> None:
    bad = [
        (context, source, message.find("translation").get("type"))  # type: ignore[union-attr]
        for context, source, message in messages(path)
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert bad == []
    for context, source, message in messages(path):
        assert all(text.strip() for text in translations_of(message)), (context, source)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_placeholders_match(path: Path) -> None:
    for context, source, message in messages(path):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in translations_of(message):
            found = sorted(set(PLACEHOLDER.findall(text)))
            if message.get("numerus") == "yes" and "%n" not in source:
                found = [p for p in found if p != "%n"]
            assert found == wanted, (context, source, text)


def test_spanish_has_every_message_of_the_code() -> None:
    spanish = {(c, s) for c, s, _ in messages(TS_FILES[0])}
    english_plurals = {(c, s) for c, s, m in messages(TS_FILES[1])}
    plural_sources = {(c, s) for c, s, m in messages(TS_FILES[0]) if m.get("numerus") == "yes"}
    assert english_plurals == plural_sources
    assert len(spanish) > 250


def test_make_i18n_on_a_clean_tree_changes_nothing(tmp_path: Path) -> None:
    """The .ts files are in sync with the code: regenerating them is a no-op."""
    copy = tmp_path / "tree"
    shutil.copytree(
        ROOT / "desktop", copy / "desktop", ignore=shutil.ignore_patterns("__pycache__", "*.qm")
    )
    shutil.copytree(ROOT / "i18n", copy / "i18n")
    shutil.copy(ROOT / "Makefile", copy / "Makefile")
    (copy / ".venv").symlink_to(ROOT / ".venv")
    (copy / "pyproject.toml").symlink_to(ROOT / "pyproject.toml")
    stamp = ROOT / ".venv" / ".installed-stamp"
    done = subprocess.run(
        ["make", "-s", "-o", ".venv/.installed-stamp", "i18n"],
        cwd=copy,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert stamp.exists()
    for name in ("skill_ladder_es.ts", "skill_ladder_en.ts"):
        assert (copy / "i18n" / name).read_text() == (ROOT / "i18n" / name).read_text(), name


def test_compiled_catalogues_are_current() -> None:
    for ts in TS_FILES:
        qm = ROOT / "desktop" / "skill_ladder" / "translations" / ts.with_suffix(".qm").name
        assert qm.exists(), f"{qm} missing: run make qm"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm} older than {ts}: run make qm"
