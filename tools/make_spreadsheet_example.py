"""Write the example ladder of docs/spreadsheet-format.md: resources/examples/ladder-example.xlsx
(every sheet, header comments in English) and ladder-example.csv (the Requirements sheet).

Run: `.venv/bin/python tools/make_spreadsheet_example.py` (after changing the layout).
"""

from __future__ import annotations

from pathlib import Path

from skill_ladder.catalog.spreadsheet import (
    FRAMEWORK_HEADERS,
    LEVEL_HEADERS,
    ROLE_HEADERS,
    Sheet,
)
from skill_ladder.catalog.spreadsheet_files import write_csv, write_xlsx
from skill_ladder.wording import header_comments

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"

HEADER = ["skill", "role", "level", "required", "text_en", "text_es", "skill_name_es", "summary_en"]
ROWS = [
    [
        "Code quality",
        "Backend",
        "Junior",
        "yes",
        "Writes readable code with tests for each change.",
        "Escribe código legible con pruebas para cada cambio.",
        "Calidad del código",
        "Writing, testing and reviewing code.",
    ],
    [
        "Code quality",
        "Backend",
        "Senior",
        "yes",
        "Sets the team's testing practice and reviews for design.",
        "Define la práctica de pruebas del equipo y revisa el diseño.",
        "",
        "",
    ],
    [
        "Code quality",
        "Frontend",
        "Junior",
        "yes",
        "Writes components with unit tests.",
        "Escribe componentes con pruebas unitarias.",
        "",
        "",
    ],
    [
        "Code quality",
        "Frontend",
        "Senior",
        "no",
        "Introduces visual regression tests.",
        "Introduce pruebas de regresión visual.",
        "",
        "",
    ],
    [
        "Delivery",
        "Backend",
        "Junior",
        "yes",
        "Ships small changes behind feature flags.",
        "Entrega cambios pequeños tras interruptores de funcionalidad.",
        "Entrega",
        "Getting changes safely to users.",
    ],
    [
        "Delivery",
        "Backend",
        "Middle",
        "yes",
        "Plans a release and its rollback.",
        "Planifica una versión y su vuelta atrás.",
        "",
        "",
    ],
    [
        "Delivery",
        "Frontend",
        "Middle",
        "yes",
        "Measures the effect of a change in production.",
        "Mide el efecto de un cambio en producción.",
        "",
        "",
    ],
    [
        "Delivery",
        "Frontend",
        "Senior",
        "x",
        "Leads the release of a feature across teams.",
        "Dirige la entrega de una funcionalidad entre equipos.",
        "",
        "",
    ],
]


def sheets() -> list[Sheet]:
    return [
        Sheet("Requirements", [HEADER, *ROWS]),
        Sheet(
            "Levels",
            [
                list(LEVEL_HEADERS),
                ["junior", "Junior", "Junior", "Jr", "Jr"],
                ["middle", "Middle", "Intermedio", "Mid", "Int"],
                ["senior", "Senior", "Senior", "Sr", "Sr"],
            ],
        ),
        Sheet(
            "Roles",
            [
                list(ROLE_HEADERS),
                ["backend", "Backend Engineer", "Ingeniero/a de backend"],
                ["frontend", "Frontend Engineer", "Ingeniero/a de frontend"],
            ],
        ),
        Sheet(
            "Framework",
            [
                list(FRAMEWORK_HEADERS),
                [
                    "example-engineering",
                    "Example engineering ladder",
                    "Escalera profesional de ingeniería de ejemplo",
                    "",
                ],
            ],
        ),
    ]


def main() -> None:
    made = sheets()
    EXAMPLES.mkdir(parents=True, exist_ok=True)
    (EXAMPLES / "ladder-example.xlsx").write_bytes(write_xlsx(made, header_comments(made)))
    (EXAMPLES / "ladder-example.csv").write_bytes(write_csv(made[0]))


if __name__ == "__main__":
    main()
