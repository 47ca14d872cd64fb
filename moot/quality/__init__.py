"""Checks on a meeting's draft minutes before publication.

The core (``core.check_meeting``) is pure: it takes ``findings.MinutesItem`` rows and returns
``findings.Finding`` rows. ``adapters`` builds the items from a stored meeting or a parsed page;
``check_minutes`` is the command. docs/quality.md describes each check and the confidence scale.
"""
