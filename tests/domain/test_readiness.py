"""The estimation rule of PRODUCT.md feature 5: its golden table, other ladder shapes, and
properties that must hold for any ratings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill_ladder.catalog.validation import parse_profile
from skill_ladder.domain.rating import Rating
from skill_ladder.domain.readiness import RequirementRef, assess
from tests.support.profiles import BUNDLED

MLFLOW = parse_profile(BUNDLED.read_bytes())
LADDER = [level.key for level in MLFLOW.levels]
M, W, N, E = Rating.MEETS, Rating.WORKING_TOWARDS, Rating.NOT_YET, Rating.EXCEEDS


def refs_for(role: str) -> list[RequirementRef]:
    reqs = [r for s in MLFLOW.skills for r in s.requirements if r.role == role]
    return [RequirementRef(r.key, r.level, r.required, i) for i, r in enumerate(reqs)]


def rated(role: str, **by_level: Rating) -> dict[str, Rating]:
    return {f"mlflow-{role}-{level}": value for level, value in by_level.items()}


GOLDEN = [
    ("ml-engineer", {"junior": M, "middle": M, "senior": W}, "middle", ["senior"]),
    ("ml-engineer", {"senior": M}, None, ["junior"]),
    ("data-scientist", {}, None, ["junior"]),
    ("data-scientist", {"junior": M}, "junior", ["middle"]),
    ("data-scientist", {"senior": M, "lead": M}, "lead", ["principal", "junior", "middle"]),
    (
        "data-scientist",
        {"junior": N, "middle": E, "senior": M, "lead": W},
        "senior",
        ["lead", "junior"],
    ),
]


@pytest.mark.parametrize(("role", "ratings", "estimated", "gap_levels"), GOLDEN)
def test_golden_cases_of_the_product_page(
    role: str, ratings: dict[str, Rating], estimated: str | None, gap_levels: list[str]
) -> None:
    result = assess(LADDER, refs_for(role), rated(role, **ratings))
    assert result.estimated_level == estimated
    assert [gap.level for gap in result.gaps] == gap_levels


def test_required_gaps_come_before_optional_ones() -> None:
    result = assess(
        LADDER,
        refs_for("data-scientist"),
        rated("data-scientist", junior=N, middle=E, senior=M, lead=W),
    )
    assert [(g.level, g.required) for g in result.gaps] == [("lead", True), ("junior", False)]


def test_readiness_counts_required_or_else_optional() -> None:
    result = assess(LADDER, refs_for("data-scientist"), rated("data-scientist", junior=M, senior=W))
    junior, senior = result.level("junior"), result.level("senior")
    assert (junior.optional_met, junior.optional_total, junior.readiness) == (1, 1, 1.0)
    assert (junior.required_total, junior.blocks, junior.met) == (0, False, True)
    assert (senior.required_met, senior.required_total, senior.readiness) == (0, 1, 0.0)
    assert senior.blocks


def test_optional_only_level_never_blocks() -> None:
    ladder = ["a", "b"]
    refs = [
        RequirementRef("a1", "a", False),
        RequirementRef("a2", "a", False),
        RequirementRef("b1", "b", True),
    ]
    result = assess(ladder, refs, {"b1": M})
    assert not result.level("a").blocks
    assert not result.level("a").met
    assert result.estimated_level == "b"


def test_half_of_the_optional_ones_meet_an_optional_only_level() -> None:
    refs = [RequirementRef(f"o{i}", "a", False) for i in range(4)]
    assert assess(["a"], refs, {"o0": M, "o1": E}).estimated_level == "a"
    assert assess(["a"], refs, {"o0": M, "o1": W}).estimated_level is None


def test_level_without_any_requirement_is_neither_met_nor_blocking() -> None:
    refs = [RequirementRef("a1", "a", True), RequirementRef("c1", "c", True)]
    result = assess(["a", "b", "c"], refs, {"a1": M, "c1": M})
    assert result.level("b").is_empty and not result.level("b").met and not result.level("b").blocks
    assert result.estimated_level == "c"


def test_three_level_ladder_with_several_requirements_per_cell() -> None:
    refs = [
        RequirementRef("j1", "jr", True, 0),
        RequirementRef("j2", "jr", True, 1),
        RequirementRef("j3", "jr", False, 2),
        RequirementRef("s1", "sr", True, 3),
        RequirementRef("s2", "sr", True, 4),
        RequirementRef("p1", "pr", True, 5),
    ]
    result = assess(["jr", "sr", "pr"], refs, {"j1": M, "j2": E, "s1": M})
    assert result.estimated_level == "jr"
    sr = result.level("sr")
    assert (sr.required_met, sr.required_total, sr.readiness) == (1, 2, 0.5)
    assert [g.key for g in result.gaps] == ["s2", "j3"]


def test_nine_level_ladder_estimates_the_highest_continuous_level() -> None:
    ladder = [f"l{i}" for i in range(1, 10)]
    refs = [RequirementRef(f"r{i}", f"l{i}", True, i) for i in range(1, 10)]
    ratings = {f"r{i}": M for i in range(1, 7)} | {"r8": E}
    result = assess(ladder, refs, ratings)
    assert result.estimated_level == "l6"
    assert [g.key for g in result.gaps] == ["r7"]


def test_top_level_reached_leaves_only_unmet_optional_gaps() -> None:
    refs = [
        RequirementRef("a", "x", True),
        RequirementRef("b", "y", True),
        RequirementRef("c", "y", False),
    ]
    result = assess(["x", "y"], refs, {"a": M, "b": M})
    assert result.estimated_level == "y"
    assert [g.key for g in result.gaps] == ["c"]


def test_requirements_on_unknown_levels_are_ignored() -> None:
    refs = [RequirementRef("a", "x", True), RequirementRef("z", "gone", True)]
    assert assess(["x"], refs, {"a": M}).estimated_level == "x"


# -- properties ---------------------------------------------------------------------------

ratings_values = st.sampled_from(list(Rating))


@st.composite
def ladders_and_ratings(
    draw: st.DrawFn,
) -> tuple[list[str], list[RequirementRef], dict[str, Rating]]:
    levels = draw(st.integers(min_value=1, max_value=9))
    ladder = [f"l{i}" for i in range(levels)]
    count = draw(st.integers(min_value=0, max_value=30))
    refs = [
        RequirementRef(f"r{i}", draw(st.sampled_from(ladder)), draw(st.booleans()), i)
        for i in range(count)
    ]
    ratings = {
        ref.key: value
        for ref in refs
        if (value := draw(st.one_of(st.none(), ratings_values))) is not None
    }
    return ladder, refs, ratings


@given(ladders_and_ratings(), st.data())
def test_raising_a_rating_never_lowers_the_estimate(case, data) -> None:  # type: ignore[no-untyped-def]
    ladder, refs, ratings = case
    if not refs:
        return
    target = data.draw(st.sampled_from(refs)).key
    current = ratings.get(target)
    higher = data.draw(
        st.sampled_from([r for r in Rating if current is None or r > current] or [Rating.EXCEEDS])
    )
    before = assess(ladder, refs, ratings).estimated_level
    after = assess(ladder, refs, {**ratings, target: higher}).estimated_level
    rank = {key: i for i, key in enumerate(ladder)}
    assert (-1 if before is None else rank[before]) <= (-1 if after is None else rank[after])


@given(ladders_and_ratings())
def test_readiness_is_between_zero_and_one_and_counts_add_up(case) -> None:  # type: ignore[no-untyped-def]
    ladder, refs, ratings = case
    result = assess(ladder, refs, ratings)
    assert sum(s.required_total + s.optional_total for s in result.levels) == len(refs)
    for status in result.levels:
        assert 0.0 <= status.readiness <= 1.0
        assert not (status.met and status.blocks)


@given(ladders_and_ratings())
def test_no_blocking_level_at_or_below_the_estimate(case) -> None:  # type: ignore[no-untyped-def]
    ladder, refs, ratings = case
    result = assess(ladder, refs, ratings)
    if result.estimated_level is None:
        return
    upto = ladder.index(result.estimated_level)
    assert result.levels[upto].met
    assert not any(s.blocks for s in result.levels[: upto + 1])
    assert all(not g.key or ratings.get(g.key, Rating.NOT_YET) < Rating.MEETS for g in result.gaps)


PLANS = [
    # role, ratings, target, the plan: (level, unmet keys' levels, required first)
    ("ml-engineer", {"junior": M, "middle": M}, "lead", ["junior", "middle", "senior", "lead"]),
    ("ml-engineer", {"junior": M, "middle": M}, None, ["junior", "middle", "senior"]),
    ("ml-engineer", {"junior": M, "middle": M}, "junior", ["junior", "middle", "senior"]),
    ("ml-engineer", {}, "principal", LADDER),
    ("data-scientist", {"senior": M, "lead": M}, "middle", LADDER),
]


@pytest.mark.parametrize(("role", "ratings", "target", "levels"), PLANS)
def test_the_plan_reaches_the_target_when_it_is_above_the_estimate(
    role: str, ratings: dict[str, Rating], target: str | None, levels: list[str]
) -> None:
    assessment = assess(LADDER, refs_for(role), rated(role, **ratings), target)
    assert [step.level for step in assessment.plan] == levels
    unmet = {key for key in (f"mlflow-{role}-{lv}" for lv in LADDER)} - {
        f"mlflow-{role}-{lv}" for lv, r in ratings.items() if r.counts_as_met
    }
    for step in assessment.plan:
        assert [r.key for r in step.requirements] == [
            k for k in [f"mlflow-{role}-{step.level}"] if k in unmet
        ]
    # The plan without a target covers exactly the gaps.
    plain = assess(LADDER, refs_for(role), rated(role, **ratings))
    assert {r.key for s in plain.plan for r in s.requirements} == {g.key for g in plain.gaps}


def test_within_a_level_the_plan_lists_required_first() -> None:
    refs = [
        RequirementRef("a", "l1", False, 0),
        RequirementRef("b", "l1", True, 1),
        RequirementRef("c", "l1", True, 2),
        RequirementRef("d", "l2", False, 3),
    ]
    plan = assess(["l1", "l2"], refs, {"c": M}, "l2").plan
    assert [(s.level, [r.key for r in s.requirements]) for s in plan] == [
        ("l1", ["b", "a"]),
        ("l2", ["d"]),
    ]
