"""Installed skill profiles: browse, show, import, export, remove, and the bundled ones at start.

Installed frameworks are read once into plain domain objects and kept in memory (they change
only on import or removal, or when another process changes the database: `invalidate`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from skill_ladder.catalog import limits
from skill_ladder.domain.profile import (
    Framework,
    Requirement,
    localize,
)
from skill_ladder.domain.search import words_of
from skill_ladder.errors import InvalidFile, InvalidInput, SkillLadderError, reason_of
from skill_ladder.services.requirement_search import DEFAULT_LIMIT, SearchIndex, SearchResults
from skill_ladder.services.views import (
    Counts,
    FrameworkEntry,
    ImportReport,
    NamedKey,
    ProfileDetail,
    ProfileSummary,
    RequirementView,
    Scope,
    SkillEntry,
    SkillImport,
)
from skill_ladder.storage import catalog_store, personal_store, ratings_store
from skill_ladder.storage.database import Database
from skill_ladder.storage.ratings_store import StoredRating

if TYPE_CHECKING:
    from skill_ladder.catalog.spreadsheet import ColumnChoice, Sheet, Workbook

log = logging.getLogger(__name__)


def read_input_file(path: Path, *, limit: int | None = None) -> bytes:
    """Read a file the person named, within the size limit (MiB), or say clearly why not."""
    maximum = limits.MAX_FILE_BYTES if limit is None else limit * 1024 * 1024
    try:
        with path.open("rb") as handle:  # bounded: a device or pipe cannot exhaust memory
            data = handle.read(maximum + 1)
    except FileNotFoundError:
        raise InvalidFile("file.not_found", path=str(path)) from None
    except IsADirectoryError:
        raise InvalidFile("file.is_directory", path=str(path)) from None
    except OSError as error:
        raise InvalidFile("file.unreadable", path=str(path), reason=reason_of(error)) from None
    if len(data) > maximum:
        raise InvalidFile("file.too_large", path=str(path), max_mib=maximum // (1024 * 1024))
    return data


class CatalogService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._frameworks: dict[str, Framework] | None = None
        self._search_index: SearchIndex | None = None  # the texts of the last search
        # Requirements by key, for the catalogue they were gathered from.
        self._requirements: (
            tuple[dict[str, Framework], dict[str, tuple[Framework, str, Requirement]]] | None
        ) = None

    # -- the installed catalogue, cached ------------------------------------------------
    def frameworks(self) -> dict[str, Framework]:
        if self._frameworks is None:
            with self._db.transaction() as connection:
                loaded = catalog_store.load_frameworks(connection)
            self._frameworks = {framework.key: framework for framework in loaded}
        return self._frameworks

    def invalidate(self) -> None:
        self._frameworks = None
        self._search_index = None

    def resolve(self, key: str) -> Scope:
        """A framework key (all its skills) or a skill profile key (that skill)."""
        frameworks = self.frameworks()
        if key in frameworks:
            return Scope(key)
        for framework in frameworks.values():
            if any(skill.key == key for skill in framework.skills):
                return Scope(framework.key, (key,))
        raise InvalidInput("profile.unknown", key=key)

    def subset(self, scope: Scope) -> Framework:
        framework = self.frameworks().get(scope.framework)
        if framework is None:
            raise InvalidInput("profile.unknown", key=scope.framework)
        return framework.with_skills(scope.skills)

    def load(self, key: str) -> Framework:
        return self.subset(self.resolve(key))

    def _requirement(self, key: str) -> tuple[Framework, str, Requirement]:
        frameworks = self.frameworks()
        if self._requirements is None or self._requirements[0] is not frameworks:
            self._requirements = (
                frameworks,
                {
                    req.key: (framework, skill.key, req)
                    for framework in frameworks.values()
                    for skill in framework.skills
                    for req in skill.requirements
                },
            )
        found = self._requirements[1].get(key)
        if found is None:
            raise InvalidInput("requirement.unknown", key=key)
        return found

    def locate(self, key: str) -> tuple[str, str, str, str]:
        """Where a requirement is: its framework, skill, role and level keys."""
        framework, skill, req = self._requirement(key)
        return framework.key, skill, req.role, req.level

    def requirement_text(self, key: str, language: str) -> str:
        return localize(self._requirement(key)[2].text, language).text

    # -- reading -------------------------------------------------------------------------
    def list_profiles(self, language: str) -> list[ProfileSummary]:
        return [
            ProfileSummary(
                key=skill.key,
                name=localize(skill.name, language).text,
                framework=framework.key,
                domain=localize(skill.domain, language).text,
                group=localize(skill.group, language).text,
                version=skill.version,
                updated=skill.updated,
            )
            for framework in sorted(self.frameworks().values(), key=lambda f: f.key)
            for skill in framework.skills
        ]

    def browse(self, language: str, followed: Collection[str]) -> list[FrameworkEntry]:
        """Every installed framework and skill, named in `language`."""
        return [
            FrameworkEntry(
                framework.key,
                localize(framework.name, language).text,
                tuple(
                    SkillEntry(
                        key=skill.key,
                        name=localize(skill.name, language).text,
                        domain=localize(skill.domain, language).text,
                        group=localize(skill.group, language).text,
                        followed=skill.key in followed,
                    )
                    for skill in framework.skills
                ),
            )
            for framework in sorted(self.frameworks().values(), key=lambda f: f.key)
        ]

    def matching_skills(self, text: str, language: str) -> frozenset[str]:
        """The keys of the skills whose name, summary, roles or requirement texts (in
        `language` and in the base language) hold every word of `text`, without regard to
        case or accents (`domain.search.fold`).

        Each skill's text is gathered on the first search and kept for the next keystrokes
        until the search is cleared, not made at start: for 18,000 requirements it is 7 MB,
        which the window used to hold twice (here and in the tree's items) whether the person
        searched or not (issue 8)."""
        words = words_of(text)
        if not words:  # every skill; and the texts are let go until the next search
            self._search_index = None
            return frozenset(s.key for f in self.frameworks().values() for s in f.skills)
        return self._searched(language).matching_skills(words)

    def search_requirements(
        self, text: str, language: str, limit: int = DEFAULT_LIMIT
    ) -> SearchResults:
        """The requirements every word of `text` is found for, in the requirement's text or
        its skill's, role's or level's name (in `language`, or in English), without regard to
        case or accents: the first `limit` in ladder order (framework, skill, role, level),
        with where the words are in what is shown, and how many there are in all.

        It reads the texts `matching_skills` gathers (the same ones, kept as long)."""
        words = words_of(text)
        if not words:
            self._search_index = None
            return SearchResults(text, 0, ())
        return self._searched(language).search(text, words, limit)

    def _searched(self, language: str) -> SearchIndex:
        if self._search_index is None or self._search_index.language != language:
            self._search_index = SearchIndex(self.frameworks().values(), language)
        return self._search_index

    def show(self, key: str, language: str) -> ProfileDetail:
        return self.detail(self.resolve(key), language, key=key)

    def detail(
        self,
        scope: Scope,
        language: str,
        *,
        key: str | None = None,
        with_requirements: bool = True,
    ) -> ProfileDetail:
        """The header facts of a scope; with its requirements (and ratings) unless the caller
        needs only the header."""
        framework = self.subset(scope)
        ratings: dict[str, StoredRating] = {}
        if with_requirements:
            with self._db.transaction() as connection:
                ratings = ratings_store.load_ratings(connection, requirement_keys(framework))
        return detail_of(
            framework, key or scope.key, language, ratings, with_requirements=with_requirements
        )

    # -- writing -------------------------------------------------------------------------
    def import_file(self, path: Path) -> ImportReport:
        """A JSON profile, or a spreadsheet (`.xlsx`, `.ods`, `.csv`) in the layout of
        docs/spreadsheet-format.md."""
        from skill_ladder.catalog.spreadsheet_files import is_spreadsheet

        if is_spreadsheet(path):
            return self.import_workbook(self.read_spreadsheet(path), path.stem)
        return self.import_bytes(read_input_file(path))

    # -- spreadsheets (issue 16) ------------------------------------------------------------
    def read_spreadsheet(self, path: Path) -> list[Sheet]:
        """The sheets of a spreadsheet file, for `import_workbook` or a look at its columns
        (`catalog.spreadsheet.read_layout`)."""
        from skill_ladder.catalog.spreadsheet_files import read_workbook

        return read_workbook(read_input_file(path), path.suffix)

    def preview_workbook(
        self, workbook: Workbook, file_stem: str, choice: ColumnChoice | None = None
    ) -> Framework:
        """The framework a workbook would install, validated as a JSON file is and with the
        versions an import would give it; nothing is written. `InvalidFile`'s problems name
        cells (`Requirements!D12`; `catalog.spreadsheet.place_of` reads them)."""
        from skill_ladder.catalog.spreadsheet import parse_workbook, settle_versions

        today = date.today()
        framework, versioned = parse_workbook(workbook, file_stem, today, choice)
        installed = self.frameworks().get(framework.key)
        return settle_versions(framework, installed, today, versioned=versioned)

    def import_workbook(
        self, workbook: Workbook, file_stem: str, choice: ColumnChoice | None = None
    ) -> ImportReport:
        """Validate a workbook and import it, all or nothing (`preview_workbook`, then
        `install`)."""
        return self.install(self.preview_workbook(workbook, file_stem, choice))

    def export_spreadsheet(self, key: str, suffix: str) -> bytes:
        """An installed framework or skill in the spreadsheet layout: every sheet in `.xlsx`,
        the Requirements sheet alone in `.csv`."""
        from skill_ladder.catalog.spreadsheet import framework_workbook
        from skill_ladder.catalog.spreadsheet_files import write_csv, write_xlsx

        sheets = framework_workbook(self.load(key))
        if suffix.lower() == ".csv":
            return write_csv(sheets[0])
        return write_xlsx(sheets)

    def import_bytes(self, data: bytes, *, skip_older: bool = False) -> ImportReport:
        """Validate, then import in one transaction: all of it or nothing.

        A skill whose installed version is newer than the file's is refused (or, with
        `skip_older`, left as it is); the same version again changes nothing.
        """
        from skill_ladder.catalog.validation import parse_profile

        return self.install(parse_profile(data), skip_older=skip_older)

    def install(self, framework: Framework, *, skip_older: bool = False) -> ImportReport:
        """Import a validated framework in one transaction (see `import_bytes`)."""
        with self._db.orm_transaction() as session:
            from skill_ladder.storage import profile_writer  # loaded with the session's ORM

            connection = session.connection()
            plan = catalog_store.check_import(connection, framework)
            outcomes = plan.outcomes
            older = [o for o in outcomes if o.action == "older"]
            if older and not skip_older:
                first = older[0]
                raise InvalidInput(
                    "import.older_version",
                    key=first.key,
                    installed=first.installed_version,
                    version=first.file_version,
                )
            changed = 0
            if plan.writes:
                dismissed = personal_store.dismissed(connection)
                if dismissed & {s.key for s in framework.skills}:  # imported again on purpose
                    personal_store.set_dismissed(
                        connection, dismissed - {s.key for s in framework.skills}
                    )
                before = catalog_store.fingerprints(connection, framework.key)
                profile_writer.write_framework(session, framework, plan, datetime.now(UTC))
                session.flush()
                after = catalog_store.fingerprints(connection, framework.key)
                reworded = [k for k, fp in after.items() if k in before and before[k] != fp]
                changed = ratings_store.count_outdated(connection, reworded, after)
        self.invalidate()
        report = ImportReport(
            framework=framework.key,
            skills=tuple(
                SkillImport(o.key, o.action, o.installed_version, o.file_version, o.differs)
                for o in outcomes
            ),
            texts_changed=changed,
        )
        log.info("imported %s: %s", framework.key, [(s.key, s.action) for s in report.skills])
        return report

    # -- ladders made in the app (issue 16, point 4) ----------------------------------------
    def made_here(self, key: str) -> bool:
        """Whether the framework was made in the app's editor (a ladder from a file, the
        bundled ones included, is never edited in place)."""
        with self._db.transaction() as connection:
            return key in personal_store.made_here(connection)

    def save_ladder(self, framework: Framework) -> ImportReport:
        """Install a ladder from the editor as a new version: the skills whose content changed
        take their installed version plus one; ratings follow keys and a changed text flags
        them, as for any import. The framework is marked as made here."""
        from skill_ladder.catalog.spreadsheet import settle_versions

        installed = self.frameworks().get(framework.key)
        if installed is not None and not self.made_here(framework.key):
            raise InvalidInput("ladder.not_made_here", key=framework.key)
        settled = settle_versions(framework, installed, date.today(), versioned=False)
        report = self.install(settled)
        kept = {s.key for s in framework.skills}
        dropped = [s.key for s in installed.skills if s.key not in kept] if installed else []
        with self._db.orm_transaction() as session:
            from skill_ladder.storage import profile_writer  # loaded with the session's ORM

            for key in dropped:  # a skill deleted in the editor (an import only adds)
                profile_writer.delete_framework_or_skill(session, key)
            session.flush()
            connection = session.connection()
            personal_store.set_made_here(
                connection, personal_store.made_here(connection) | {framework.key}
            )
        self.invalidate()
        return report

    def export(self, key: str) -> bytes:
        from skill_ladder.catalog.document import dump_profile

        return dump_profile(self.load(key))

    def remove(self, key: str, *, forget_ratings: bool = False) -> None:
        """Uninstall a framework or skill profile. Ratings and notes stay (keyed, so they
        return with a later import) unless `forget_ratings`; check-ins always stay."""
        removed = self.load(key)
        keys = list(requirement_keys(removed))
        with self._db.orm_transaction() as session:
            from skill_ladder.storage import profile_writer  # loaded with the session's ORM

            if not profile_writer.delete_framework_or_skill(session, key):
                raise InvalidInput("profile.unknown", key=key)
            session.flush()
            connection = session.connection()
            if forget_ratings:
                ratings_store.forget(connection, keys)
            dismissed = personal_store.dismissed(connection) | {s.key for s in removed.skills}
            personal_store.set_dismissed(connection, dismissed)
        self.invalidate()

    def restore_bundled(self, files: list[Path]) -> list[ImportReport]:
        """Bring back the bundled profiles the person removed."""
        with self._db.transaction() as connection:
            personal_store.set_dismissed(connection, set())
        return self.install_bundled(files)

    def install_bundled(self, files: list[Path]) -> list[ImportReport]:
        """Import every bundled profile that is missing or newer than the installed one.

        The check reads only keys and versions, so an up-to-date start validates nothing.
        """
        reports = []
        with self._db.transaction() as connection:
            installed = catalog_store.installed_versions(connection)
            dismissed = personal_store.dismissed(connection)
        for path in files:
            data = path.read_bytes()
            if not _has_news(data, installed, dismissed):
                continue
            try:
                reports.append(self.import_bytes(data, skip_older=True))
            except SkillLadderError as error:  # never let one bundled file stop the app
                log.error("bundled profile %s not imported: %s", path.name, error)
        return reports


def _has_news(data: bytes, installed: dict[str, int], dismissed: set[str]) -> bool:
    try:
        skills = json.loads(data)["skills"]
        return any(
            s["key"] not in dismissed
            and (s["key"] not in installed or int(s["version"]) > installed[s["key"]])
            for s in skills
        )
    except (ValueError, KeyError, TypeError):
        return True  # let the full validation say what is wrong


class Namer:
    """Names of a framework's skills, roles and levels in one language, looked up by key."""

    def __init__(self, framework: Framework, language: str) -> None:
        self.language = language
        self.framework = localize(framework.name, language).text
        self.skills = {s.key: localize(s.name, language).text for s in framework.skills}
        self.roles = {r.key: localize(r.name, language).text for r in framework.roles}
        self.levels = {lv.key: localize(lv.name, language).text for lv in framework.levels}
        self.shorts = {lv.key: localize(lv.short, language).text for lv in framework.levels}

    def requirement(
        self, skill_key: str, req: Requirement, rating: StoredRating | None
    ) -> RequirementView:
        """A requirement in the namer's language with the person's rating, flagged if its
        text changed since it was rated."""
        text = localize(req.text, self.language)
        changed = bool(
            rating is not None
            and rating.rated_fingerprint is not None
            and rating.rated_fingerprint != req.fingerprint
        )
        return RequirementView(
            key=req.key,
            skill=skill_key,
            role=req.role,
            level=req.level,
            required=req.required,
            text=text.text,
            text_is_fallback=text.fallback,
            rating=None if rating is None else rating.value,
            note="" if rating is None else rating.note,
            text_changed=changed,
            skill_name=self.skills.get(skill_key, skill_key),
            role_name=self.roles.get(req.role, req.role),
            level_name=self.levels.get(req.level, req.level),
        )


def detail_of(
    framework: Framework,
    key: str,
    language: str,
    ratings: dict[str, StoredRating],
    *,
    with_requirements: bool = True,
) -> ProfileDetail:
    is_framework = key == framework.key
    used_roles = framework.by_role
    roles = tuple(
        NamedKey(r.key, localize(r.name, language).text)
        for r in framework.roles
        if r.key in used_roles
    )
    levels = tuple(
        NamedKey(lv.key, localize(lv.name, language).text, localize(lv.short, language).text)
        for lv in framework.levels
    )
    required = framework.required_count
    skills = framework.skills
    single = skills[0] if len(skills) == 1 and not is_framework else None
    namer = Namer(framework, language)

    def shared(field: str) -> str:
        values = {localize(getattr(s, field), language).text for s in skills}
        return values.pop() if len(values) == 1 else ""

    return ProfileDetail(
        key=key,
        is_framework=is_framework,
        framework=framework.key,
        name=localize((single or framework).name, language).text,
        summary=localize(single.summary, language).text if single else "",
        domain=shared("domain"),
        group=shared("group"),
        version=single.version if single else None,
        updated=max(s.updated for s in skills) if skills else None,
        levels=levels,
        roles=roles,
        has_roles=framework.has_roles,
        counts=Counts(
            roles=len(roles),
            levels=len(levels),
            required=required,
            optional=framework.requirement_count - required,
        ),
        requirements=tuple(
            namer.requirement(skill.key, req, ratings.get(req.key))
            for skill in framework.skills
            for req in skill.requirements
        )
        if with_requirements
        else (),
    )


def requirement_keys(framework: Framework) -> Collection[str]:
    return [r.key for s in framework.skills for r in s.requirements]
