"""Import and export: CSV/TSV and vCard in, CSV, vCard, Markdown/PDF sheets and backups out,
duplicate contacts, and people's data (GDPR). No Qt: the dialogs call these from a worker
thread with ``progress(done, total)`` (return False to cancel) and/or a ``cancel`` event.

Modules: ``common`` (BadFile, Cancelled, Problem, progress), ``tabular`` + ``csvimport``
(open_table, suggest_mapping, preview, import_table), ``mapping`` (targets, header names),
``importer`` (ImportReport), ``vcard``, ``csvexport``, ``backup``, ``sheets``,
``duplicates``, ``people``, ``demo``.
"""
