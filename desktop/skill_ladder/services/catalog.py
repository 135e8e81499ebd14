"""Installed skill profiles: list, show, import, export, and the bundled ones at start."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from skill_ladder.catalog import limits
from skill_ladder.domain.profile import Framework, Requirement, localize
from skill_ladder.errors import InvalidFile, InvalidInput
from skill_ladder.services.views import (
    Counts,
    ImportReport,
    NamedKey,
    ProfileDetail,
    ProfileSummary,
    RequirementView,
    SkillImport,
)
from skill_ladder.storage import catalog_store, ratings_store
from skill_ladder.storage.database import Database
from skill_ladder.storage.models import FrameworkRow, RatingRow, RequirementRow, SkillRow
from skill_ladder.storage.ratings_store import StoredRating

log = logging.getLogger(__name__)


def read_input_file(path: Path) -> bytes:
    """Read a file the person named, within the size limit, or say clearly why not."""
    try:
        size = path.stat().st_size
        if size > limits.MAX_FILE_BYTES:
            raise InvalidFile(
                "file.too_large", path=str(path), max_mib=limits.MAX_FILE_BYTES // (1024 * 1024)
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidFile("file.not_found", path=str(path)) from None
    except IsADirectoryError:
        raise InvalidFile("file.is_directory", path=str(path)) from None
    except OSError as error:
        raise InvalidFile(
            "file.unreadable", path=str(path), reason=error.strerror or str(error)
        ) from None


class CatalogService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading -------------------------------------------------------------------------
    def scope(self, session: Session, key: str) -> Framework:
        """The framework (all skills) or skill profile (that skill) named by `key`."""
        framework = catalog_store.load_scope(session, key)
        if framework is None:
            raise InvalidInput("profile.unknown", key=key)
        return framework

    def load(self, key: str) -> Framework:
        with self._db.transaction() as session:
            return self.scope(session, key)

    def list_profiles(self, language: str) -> list[ProfileSummary]:
        with self._db.transaction() as session:
            rows = session.execute(
                select(SkillRow, FrameworkRow.key)
                .join(FrameworkRow, SkillRow.framework_id == FrameworkRow.id)
                .order_by(FrameworkRow.key, SkillRow.position)
            )
            return [
                ProfileSummary(
                    key=skill.key,
                    name=localize(skill.name, language).text,
                    framework=framework_key,
                    domain=localize(skill.domain, language).text,
                    group=localize(skill.group, language).text,
                    version=skill.version,
                    updated=skill.updated,
                )
                for skill, framework_key in rows
            ]

    def show(self, key: str, language: str) -> ProfileDetail:
        with self._db.transaction() as session:
            framework = self.scope(session, key)
            ratings = ratings_store.load_ratings(session)
            fingerprints = ratings_store.current_fingerprints(session)
        return detail_of(framework, key, language, ratings, fingerprints)

    # -- writing -------------------------------------------------------------------------
    def import_file(self, path: Path) -> ImportReport:
        return self.import_bytes(read_input_file(path))

    def import_bytes(self, data: bytes, *, skip_older: bool = False) -> ImportReport:
        """Validate, then import in one transaction: all of it or nothing.

        A skill whose installed version is newer than the file's is refused (or, with
        `skip_older`, left as it is); the same version again changes nothing.
        """
        from skill_ladder.catalog.validation import parse_profile

        framework = parse_profile(data)
        with self._db.transaction() as session:
            outcomes = catalog_store.check_import(session, framework)
            older = [o for o in outcomes if o.action == "older"]
            if older and not skip_older:
                first = older[0]
                raise InvalidInput(
                    "import.older_version",
                    key=first.key,
                    installed=first.installed_version,
                    version=first.file_version,
                )
            if any(o.action in ("added", "updated") for o in outcomes):
                catalog_store.write_framework(session, framework, outcomes, datetime.now(UTC))
                session.flush()
            changed = _changed_rating_count(session, framework.key)
        report = ImportReport(
            framework=framework.key,
            skills=tuple(
                SkillImport(o.key, o.action, o.installed_version, o.file_version) for o in outcomes
            ),
            texts_changed=changed,
        )
        log.info("imported %s: %s", framework.key, [(s.key, s.action) for s in report.skills])
        return report

    def export(self, key: str) -> bytes:
        from skill_ladder.catalog.document import dump_profile

        return dump_profile(self.load(key))

    def remove(self, key: str) -> None:
        with self._db.transaction() as session:
            if not catalog_store.delete_framework_or_skill(session, key):
                raise InvalidInput("profile.unknown", key=key)

    def install_bundled(self, files: list[Path]) -> list[ImportReport]:
        """Import every bundled profile that is missing or newer than the installed one.

        The check reads only keys and versions, so an up-to-date start validates nothing.
        """
        reports = []
        with self._db.transaction() as session:
            installed = catalog_store.installed_versions(session)
        for path in files:
            data = path.read_bytes()
            if not _has_news(data, installed):
                continue
            reports.append(self.import_bytes(data, skip_older=True))
        return reports


def _has_news(data: bytes, installed: dict[str, int]) -> bool:
    try:
        skills = json.loads(data)["skills"]
        return any(
            s["key"] not in installed or int(s["version"]) > installed[s["key"]] for s in skills
        )
    except (ValueError, KeyError, TypeError):
        return True  # let the full validation say what is wrong


def _changed_rating_count(session: Session, framework_key: str) -> int:
    rows = session.execute(
        select(RatingRow.rated_fingerprint, RequirementRow.fingerprint)
        .join(RequirementRow, RequirementRow.key == RatingRow.requirement_key)
        .join(SkillRow, RequirementRow.skill_id == SkillRow.id)
        .join(FrameworkRow, SkillRow.framework_id == FrameworkRow.id)
        .where(FrameworkRow.key == framework_key, RatingRow.rated_fingerprint.is_not(None))
    )
    return sum(1 for rated, current in rows if rated != current)


def requirement_view(
    skill_key: str,
    req: Requirement,
    language: str,
    rating: StoredRating | None,
    fingerprint: str | None,
) -> RequirementView:
    """A requirement in `language` with the person's rating, flagged if its text changed."""
    text = localize(req.text, language)
    value = None if rating is None or rating.value is None else rating.value.slug
    changed = bool(
        rating is not None
        and rating.rated_fingerprint is not None
        and fingerprint is not None
        and rating.rated_fingerprint != fingerprint
    )
    return RequirementView(
        key=req.key,
        skill=skill_key,
        role=req.role,
        level=req.level,
        required=req.required,
        text=text.text,
        text_is_fallback=text.fallback,
        rating=value,
        note="" if rating is None else rating.note,
        text_changed=changed,
    )


def detail_of(
    framework: Framework,
    key: str,
    language: str,
    ratings: dict[str, StoredRating],
    fingerprints: dict[str, str],
) -> ProfileDetail:
    is_framework = key == framework.key
    requirements = [(s.key, r) for s in framework.skills for r in s.requirements]
    used_roles = {r.role for _, r in requirements}
    roles = tuple(
        NamedKey(r.key, localize(r.name, language).text)
        for r in framework.roles
        if r.key in used_roles
    )
    levels = tuple(
        NamedKey(lv.key, localize(lv.name, language).text, localize(lv.short, language).text)
        for lv in framework.levels
    )
    required = sum(1 for _, r in requirements if r.required)
    skills = framework.skills
    single = skills[0] if len(skills) == 1 and not is_framework else None

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
        counts=Counts(
            roles=len(roles),
            levels=len(levels),
            required=required,
            optional=len(requirements) - required,
        ),
        requirements=tuple(
            requirement_view(
                skill_key, req, language, ratings.get(req.key), fingerprints.get(req.key)
            )
            for skill_key, req in requirements
        ),
    )
