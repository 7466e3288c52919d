import logging

from ruraldesk import diagnostics, logs


def test_diagnostics_leave_out_personal_data(store):
    store.create("contact", {"kind": "person", "name": "Maria Secret",
                             "emails": [{"type": "home", "value": "maria@secret.example"}]})
    store.set_meta("sync.token_hint", "tok_abcdef")
    info = diagnostics.collect(store)
    text = diagnostics.as_text(info)
    assert info["replica"]["records"]["contact"] == 1
    assert "Maria" not in text and "secret.example" not in text and "tok_" not in text
    assert "python" in text and "sqlite" in text


def test_log_file_rotates(tmp_path, monkeypatch):
    monkeypatch.setenv("RURALDESK_LOG_DIR", str(tmp_path / "logs"))
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = logs.setup()
        handler = [h for h in root.handlers if h not in before][0]
        handler.maxBytes = 2_000
        for i in range(200):
            logging.getLogger("ruraldesk.test").warning("line %d of the log", i)
        handler.flush()
        assert path == tmp_path / "logs" / "ruraldesk.log" and path.exists()
        assert len(list((tmp_path / "logs").glob("ruraldesk.log.*"))) == logs.BACKUPS
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


def test_unwritable_log_folder_does_not_stop_the_program(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("RURALDESK_LOG_DIR", str(blocker / "logs"))  # a folder inside a file
    root = logging.getLogger()
    before = list(root.handlers)
    assert logs.setup() is None
    assert root.handlers == before
