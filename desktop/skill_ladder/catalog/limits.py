"""Size and count limits of profile files, so a hostile file cannot exhaust memory or disk."""

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_LEVELS = 30
MAX_ROLES = 300
MAX_SKILLS = 2_000
MAX_REQUIREMENTS_PER_SKILL = 5_000
MAX_REQUIREMENTS = 100_000
MAX_LANGUAGES = 20
MAX_KEY_LENGTH = 80
MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 5_000
MAX_PROBLEMS_REPORTED = 50
# No object of a valid profile holds more names than a text map's languages (the fixed fields
# of a skill are fewer): a file whose names are more than twice that per object on average has
# an object no profile can have (issue 15, item 6: refused before it is parsed).
MAX_NAMES_PER_OBJECT = 2 * MAX_LANGUAGES
