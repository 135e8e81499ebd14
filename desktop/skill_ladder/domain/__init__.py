"""Plain data and the rules that say where a person stands.

Imports nothing of ours, no Qt, no SQL.
"""
