"""The shared group repository: HTTP JSON API (FastAPI + uvicorn), SQLAlchemy storage
(SQLite by default, PostgreSQL by URL), Alembic migrations, blobs on disk, admin CLI."""
