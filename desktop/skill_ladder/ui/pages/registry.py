"""Every page of the window, in the order of the tabs, the View menu and Ctrl+1…Ctrl+9.
Adding a page: a new file with a `Page` subclass, and one line here."""

from __future__ import annotations

from skill_ladder.ui.pages.cards_page import CardsPage
from skill_ladder.ui.pages.compare_page import ComparePage
from skill_ladder.ui.pages.growth_page import GrowthPage
from skill_ladder.ui.pages.ladder_page import LadderPage
from skill_ladder.ui.pages.matrix_page import MatrixPage
from skill_ladder.ui.pages.page import Page
from skill_ladder.ui.pages.plan_page import PlanPage
from skill_ladder.ui.pages.proposals_page import ProposalsPage
from skill_ladder.ui.pages.team_page import TeamPage

PAGES: tuple[type[Page], ...] = (
    CardsPage,
    LadderPage,
    PlanPage,
    ComparePage,
    MatrixPage,
    GrowthPage,
    ProposalsPage,
    TeamPage,
)
