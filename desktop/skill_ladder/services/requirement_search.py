"""Search over the installed requirements: which skills a search finds (the browser's tree) and
which requirements (the results list), without regard to case or accents (`domain.search`).

The texts are folded once per language, on the first search, into one text per skill (its
names, its roles' names, its requirement texts, in the language and in English), as the tree's
search always did; each requirement's texts have known places in it, so a requirement is
matched by finding the word in its own part (or by listing where the word occurs in the skill's
text, when that is shorter), without a second copy of the texts."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from skill_ladder.domain.profile import (
    BASE_LANGUAGE,
    Framework,
    LocalizedText,
    Requirement,
    SkillProfile,
    localize,
)
from skill_ladder.domain.search import Span, find_spans, fold

# Where a word of a search was found: in the requirement's text, its skill's, role's or level's
# name (as shown, in the language asked for), or only in the English wording of one of them.
TEXT, SKILL, ROLE, LEVEL, ENGLISH = "text", "skill", "role", "level", "english"
FIELDS: tuple[str, ...] = (TEXT, SKILL, ROLE, LEVEL, ENGLISH)

DEFAULT_LIMIT = 200


@dataclass(frozen=True)
class RequirementHit:
    """A requirement a search found, named in the language asked for, with where its words
    are in what is shown: spans (start, length) of `text` and of the three names."""

    key: str
    framework: str
    skill: str
    skill_name: str
    role: str
    role_name: str  # "" in a framework without roles
    level: str
    level_name: str
    required: bool
    text: str  # in the language asked for, else the English text
    text_is_fallback: bool
    matched_in: tuple[str, ...]  # of FIELDS, in that order
    text_spans: tuple[Span, ...]
    skill_spans: tuple[Span, ...] = ()
    role_spans: tuple[Span, ...] = ()
    level_spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class SearchResults:
    """The first hits of a search in ladder order, and how many there are in all."""

    query: str
    total: int
    hits: tuple[RequirementHit, ...]

    @property
    def shown(self) -> int:
        return len(self.hits)


NO_RESULTS = SearchResults("", 0, ())


@dataclass(frozen=True)
class _Names:
    """A key's name as shown and folded, in the language asked for and in English."""

    shown: str
    folded: str
    folded_english: str

    @classmethod
    def of(cls, texts: LocalizedText, language: str) -> _Names:
        shown = localize(texts, language).text
        english = texts.get(BASE_LANGUAGE, "")
        folded = fold(shown)
        return cls(shown, folded, folded if english == shown else fold(english))

    def where(self, word: str) -> tuple[bool, bool]:
        return word in self.folded, word in self.folded_english


@dataclass(frozen=True)
class _SkillIndex:
    """A skill's texts folded into one (`folded`): first its names, then its requirements'
    texts in ladder order (role, level, file order), then, for another language than English,
    the same texts in English. Requirement text `i` is `folded[starts[i]:ends[i]]`, its English
    text is at `n + i` (n requirements)."""

    skill: SkillProfile
    name: _Names
    requirements: tuple[Requirement, ...]
    folded: str
    first: int  # where the requirement texts begin
    starts: list[int]
    ends: list[int]
    by_role: Mapping[str, tuple[int, ...]]  # the requirements (indices) of each role
    by_level: Mapping[str, tuple[int, ...]]  # and of each level

    def occurrences(self, word: str) -> int:
        return self.folded.count(word, self.first)

    def with_word(
        self, word: str, pattern: re.Pattern[str], among: Collection[int], density: float
    ) -> set[int]:
        """The requirements (indices) `among` whose text, or English text, holds `word`:
        by where it occurs when that is expected (`density`: occurrences a text) to be at
        fewer places than there are requirements to look at, else by looking at each."""
        count, folded, starts, ends = len(self.requirements), self.folded, self.starts, self.ends
        if density * len(starts) < len(among) * 0.7:  # listing an occurrence costs more
            found = {
                (bisect_right(starts, occurrence.start()) - 1) % count
                for occurrence in pattern.finditer(folded, self.first)
            }
            return found if isinstance(among, range) else found & set(among)
        find = folded.find
        if len(starts) == count:  # no separate English texts
            return {i for i in among if find(word, starts[i], ends[i]) >= 0}
        return {
            i
            for i in among
            if find(word, starts[i], ends[i]) >= 0
            or find(word, starts[i + count], ends[i + count]) >= 0
        }


@dataclass(frozen=True)
class _FrameworkIndex:
    framework: Framework
    has_roles: bool
    roles: Mapping[str, _Names]
    levels: Mapping[str, _Names]
    skills: tuple[_SkillIndex, ...]


class SearchIndex:
    """The installed frameworks' texts in one language, folded for searching."""

    def __init__(self, frameworks: Iterable[Framework], language: str) -> None:
        self.language = language
        self._frameworks = tuple(
            _index_framework(framework, language)
            for framework in sorted(frameworks, key=lambda f: f.key)
        )

    def matching_skills(self, words: list[str]) -> frozenset[str]:
        """The keys of the skills whose texts hold every word (anywhere among them)."""
        return frozenset(
            skill.skill.key
            for framework in self._frameworks
            for skill in framework.skills
            if all(word in skill.folded for word in words)
        )

    def search(self, query: str, words: list[str], limit: int) -> SearchResults:
        hits: list[RequirementHit] = []
        total = 0
        # The rarest word first: the others are then looked for among fewer requirements.
        density = {word: self._density(word) for word in words}
        rarest = sorted(dict.fromkeys(words), key=density.__getitem__)
        patterns = [re.compile(re.escape(word)) for word in rarest]
        densities = [density[word] for word in rarest]
        for framework in self._frameworks:
            # The roles and levels each word names: a handful of names, looked at once.
            named = [
                (
                    {k for k, n in framework.roles.items() if any(n.where(word))}
                    if framework.has_roles
                    else set(),
                    {k for k, n in framework.levels.items() if any(n.where(word))},
                )
                for word in rarest
            ]
            for skill in framework.skills:
                found = _matches(skill, rarest, patterns, densities, named)
                total += len(found)
                for index in found[: max(0, limit - len(hits))]:
                    hits.append(self._hit(framework, skill, index, words))
        return SearchResults(query, total, tuple(hits))

    def _density(self, word: str, sample: int = 1000) -> float:
        """How often `word` occurs a requirement text (English ones too), judged on the first
        `sample` texts."""
        occurrences = texts = 0
        for framework in self._frameworks:
            for skill in framework.skills:
                occurrences += skill.occurrences(word)
                texts += len(skill.starts)
                if texts >= sample:
                    return occurrences / texts
        return occurrences / max(1, texts)

    def _hit(
        self, framework: _FrameworkIndex, skill: _SkillIndex, index: int, words: list[str]
    ) -> RequirementHit:
        requirement = skill.requirements[index]
        text = localize(requirement.text, self.language)
        role = framework.roles[requirement.role]
        level = framework.levels[requirement.level]
        start, end = skill.starts[index], skill.ends[index]
        matched: set[str] = set()
        for word in words:
            shown = {
                TEXT: skill.folded.find(word, start, end) >= 0,
                SKILL: word in skill.name.folded,
                ROLE: framework.has_roles and word in role.folded,
                LEVEL: word in level.folded,
            }
            found = {field for field, yes in shown.items() if yes}
            matched |= found or {ENGLISH}
        role_name = role.shown if framework.has_roles else ""
        return RequirementHit(
            key=requirement.key,
            framework=framework.framework.key,
            skill=skill.skill.key,
            skill_name=skill.name.shown,
            role=requirement.role,
            role_name=role_name,
            level=requirement.level,
            level_name=level.shown,
            required=requirement.required,
            text=text.text,
            text_is_fallback=text.fallback,
            matched_in=tuple(field for field in FIELDS if field in matched),
            text_spans=find_spans(text.text, words),
            skill_spans=find_spans(skill.name.shown, words),
            role_spans=find_spans(role_name, words),
            level_spans=find_spans(level.shown, words),
        )


def _matches(
    skill: _SkillIndex,
    words: list[str],
    patterns: list[re.Pattern[str]],
    density: list[float],
    named: list[tuple[set[str], set[str]]],
) -> Sequence[int]:
    """The requirements of `skill` (indices, in order) for which every word is in the text or
    English text, or in the name of the skill, role or level (`named`: the keys of the roles
    and levels each word is in the name of)."""
    left: Collection[int] = range(len(skill.requirements))
    for word, pattern, often, (roles, levels) in zip(words, patterns, density, named, strict=True):
        if (
            any(skill.name.where(word))
            or (levels and levels >= skill.by_level.keys())
            or (roles and roles >= skill.by_role.keys())
        ):
            continue  # in every one of them
        found = skill.with_word(word, pattern, left, often)
        by_name = {i for key in roles for i in skill.by_role.get(key, ())}
        by_name.update(i for key in levels for i in skill.by_level.get(key, ()))
        found |= by_name if isinstance(left, range) else by_name & set(left)
        if not found:
            return ()
        left = found
    return left if isinstance(left, range) else sorted(left)


def _index_framework(framework: Framework, language: str) -> _FrameworkIndex:
    roles = {role.key: _Names.of(role.name, language) for role in framework.roles}
    levels = {level.key: _Names.of(level.name, language) for level in framework.levels}
    role_order = {role.key: n for n, role in enumerate(framework.roles)}
    level_order = {level.key: n for n, level in enumerate(framework.levels)}
    has_roles = framework.has_roles
    skills = []
    for skill in framework.skills:
        ordered = sorted(
            skill.requirements,
            key=lambda r: (role_order.get(r.role, -1), level_order.get(r.level, -1)),
        )  # stable: a cell's requirements stay in file order
        skills.append(_index_skill(skill, ordered, roles if has_roles else {}, levels, language))
    return _FrameworkIndex(framework, has_roles, roles, levels, tuple(skills))


def _index_skill(
    skill: SkillProfile,
    ordered: list[Requirement],
    roles: Mapping[str, _Names],
    levels: Mapping[str, _Names],
    language: str,
) -> _SkillIndex:
    """What a search of `skill` looks in: its name and summary, the names of the roles and
    levels it has requirements for, and its requirement texts; in `language` and in English.
    So the tree finds the skill of every requirement the results list finds.

    The texts are folded together, joined by line breaks (which no fold crosses or makes, and
    no searched word holds), so the folded text of each is known by splitting."""
    name = _Names.of(skill.name, language)
    header = [name.folded, fold(localize(skill.summary, language).text)]
    used = [roles[key] for key in dict.fromkeys(r.role for r in ordered) if key in roles]
    used += [levels[key] for key in dict.fromkeys(r.level for r in ordered) if key in levels]
    header += [named.folded for named in used]
    texts = [_folded_lines([localize(r.text, language).text for r in ordered])]
    if language != BASE_LANGUAGE:
        header += [name.folded_english, fold(skill.summary.get(BASE_LANGUAGE, ""))]
        header += [named.folded_english for named in used]
        texts.append(_folded_lines([r.text.get(BASE_LANGUAGE, "") for r in ordered]))
    first = sum(len(piece) + 1 for piece in header)
    starts: list[int] = []
    ends: list[int] = []
    position = first
    for lines in texts:
        for line in lines:
            starts.append(position)
            position += len(line)
            ends.append(position)
            position += 1
    folded = "\n".join(header + [line for lines in texts for line in lines])
    by_role: dict[str, list[int]] = {}
    by_level: dict[str, list[int]] = {}
    for index, requirement in enumerate(ordered):
        by_role.setdefault(requirement.role, []).append(index)
        by_level.setdefault(requirement.level, []).append(index)
    return _SkillIndex(
        skill,
        name,
        tuple(ordered),
        folded,
        first,
        starts,
        ends,
        {key: tuple(found) for key, found in by_role.items()},
        {key: tuple(found) for key, found in by_level.items()},
    )


def _folded_lines(texts: list[str]) -> list[str]:
    """`fold` of each text, a line break in one read as a space, folded in one go."""
    if not texts:
        return []
    return fold("\n".join(text.replace("\n", " ") for text in texts)).split("\n")
