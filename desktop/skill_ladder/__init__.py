"""Skill Ladder: an offline career self-assessment application."""

__version__ = "0.1.0"
APP_NAME = "skill-ladder"
