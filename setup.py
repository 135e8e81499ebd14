"""The build step `pyproject.toml` cannot say: compile the translations and carry the resources.

`pip install .` (or `python -m build`) from a clean clone, without `make`: the `.qm` files are
compiled from `i18n/*.ts` with `pyside6-lrelease` (PySide6 is a build requirement), and
`resources/` (profiles, fonts, icons) is copied into the package as `skill_ladder/resources`,
where `paths.resource_root()` finds it in an installed app. Everything else is in
pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _lrelease() -> str:
    """`pyside6-lrelease` beside this Python (the isolated build environment's), else on
    PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: PySide6-Essentials is a build requirement")
    return found


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        package = Path(self.build_lib) / "skill_ladder"
        translations = package / "translations"
        translations.mkdir(parents=True, exist_ok=True)
        for source in sorted((ROOT / "i18n").glob("*.ts")):
            target = translations / f"{source.stem}.qm"
            subprocess.run([_lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
        resources = package / "resources"
        shutil.rmtree(resources, ignore_errors=True)
        shutil.copytree(ROOT / "resources", resources)


setup(cmdclass={"build_py": BuildWithResources})
