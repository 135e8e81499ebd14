"""`Services`: one of each service, over one `Database`."""

from __future__ import annotations

from dataclasses import dataclass

from skill_ladder.services.backup_service import BackupService
from skill_ladder.services.board import BoardService
from skill_ladder.services.catalog import CatalogService
from skill_ladder.services.checkins import CheckinService
from skill_ladder.services.data_transfer import DataService
from skill_ladder.services.personal import PersonalService
from skill_ladder.services.ratings import RatingService
from skill_ladder.services.report_data import ReportService
from skill_ladder.services.standing import StandingService
from skill_ladder.storage.database import Database


@dataclass(frozen=True)
class Services:
    database: Database
    catalog: CatalogService
    ratings: RatingService
    standing: StandingService
    checkins: CheckinService
    board: BoardService
    personal: PersonalService
    reports: ReportService
    backups: BackupService
    data: DataService

    @classmethod
    def over(cls, database: Database) -> Services:
        folder = database.path.parent  # backups and recovery beside the database
        backups = BackupService(database.path, folder / "backups", folder / "recovery")
        catalog = CatalogService(database)
        standing = StandingService(database, catalog)
        checkins = CheckinService(database, catalog)
        personal = PersonalService(database, catalog)
        return cls(
            database=database,
            catalog=catalog,
            ratings=RatingService(database, catalog),
            standing=standing,
            checkins=checkins,
            board=BoardService(database, catalog),
            personal=personal,
            reports=ReportService(catalog, standing, checkins, personal, database),
            backups=backups,
            data=DataService(database, catalog, backups),
        )

    def refresh_if_changed(self) -> bool:
        """True (and cached data dropped) when another process changed the database."""
        if not self.database.changed_elsewhere():
            return False
        self.catalog.invalidate()
        return True
