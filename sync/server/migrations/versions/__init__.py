"""Revision files. (A package, so setuptools ships them; Alembic ignores __init__.py.)"""
