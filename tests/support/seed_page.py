"""Reads the seed skill-profile page (a Spanish web page, copied as text into tests/data)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SEED_PAGE = Path(__file__).resolve().parent.parent / "data" / "mlflow_seed_page.txt"
TABLE_HEADER = "Rol Obligatorio Descripción"
REQUIRED_WORD = "Obligatorio"
SEED_ROLES = (
    "Computer Vision Engineer",
    "Data Scientist",
    "LLM Engineer",
    "ML Engineer",
    "MLOps Engineer",
    "NLP Engineer",
)
SEED_LEVELS = ("Junior", "Middle", "Senior", "Lead / Staff", "Principal")


@dataclass(frozen=True)
class SeedCell:
    level: str
    role: str
    required: bool
    description: str


def parse_seed_page(path: Path = SEED_PAGE) -> list[SeedCell]:
    """One cell per table row; the page shows the tables in ladder order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    cells: list[SeedCell] = []
    table = -1
    for line in lines:
        if line.strip() == TABLE_HEADER:
            table += 1
            continue
        if table < 0 or not line.strip():
            continue
        if line.strip() == "Comunidad":
            break
        # Longest role name first: "ML Engineer" is a prefix of nothing, but be safe.
        role = next(
            (r for r in sorted(SEED_ROLES, key=len, reverse=True) if line.startswith(r + " ")),
            None,
        )
        if role is None:
            raise ValueError(f"unexpected line in table {table}: {line[:60]!r}")
        rest = line[len(role) + 1 :]
        required = rest.startswith(REQUIRED_WORD + " ")
        if required:
            rest = rest[len(REQUIRED_WORD) + 1 :]
        cells.append(SeedCell(SEED_LEVELS[table], role, required, rest))
    return cells
