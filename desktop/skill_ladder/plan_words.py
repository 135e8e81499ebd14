"""The plan in words, for the window (Where am I, My plan) and the command line alike: how
many requirements it holds, and one sentence from my estimate to where it goes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from skill_ladder.services.views import Standing
from skill_ladder.wording import fill

translate = QCoreApplication.translate


def plan_summary(standing: Standing) -> tuple[int, int]:
    """How many required and optional requirements the plan holds."""
    required = sum(1 for step in standing.plan for r in step.requirements if r.required)
    total = sum(len(step.requirements) for step in standing.plan)
    return required, total - required


def plan_sentence(standing: Standing | None) -> str:
    """One sentence: from my estimate to the plan's last level, with the counts."""
    if standing is None:
        return translate("PlanView", "Pick your role to see your plan.")
    names = {lv.key: lv.name for lv in standing.levels}
    required, optional = plan_summary(standing)
    start = names.get(standing.estimated_level or "", translate("PlanView", "no level yet"))
    end = names.get(standing.plan_level or "", "")
    if standing.target is None:
        lead = fill(
            translate("PlanView", "From %1 to the next level, %2 (no target set)."), start, end
        )
    elif standing.target != standing.plan_level:
        lead = fill(
            translate("PlanView", "Your target, %1, is reached: the plan shows the next level."),
            names.get(standing.target, ""),
        )
    else:
        lead = fill(translate("PlanView", "From %1 to your target, %2."), start, end)
    if not required and not optional:
        return lead + " " + translate("PlanView", "Nothing left to cover.")
    return (
        lead
        + " "
        + fill(translate("PlanView", "To cover: %1 required, %2 optional."), required, optional)
    )
