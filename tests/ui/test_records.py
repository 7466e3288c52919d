"""Create, edit, validate, undo, delete, restore and link — through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt


def new_practice(qtbot, window, settle, title: str, **extra):
    window.new_record("practice")
    form = window.detail.form
    form.editors["title"].set_value(title)
    form.editors["kind"].set_value("good")
    for name, value in extra.items():
        form.editors[name].set_value(value)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle()
    return form


def test_create_a_practice_through_the_form_and_find_it_by_search(qtbot, window, settle):
    new_practice(qtbot, window, settle, "Coopérative énergétique du Morvan", country="FR")
    assert window.detail.form is None
    record = window.detail.record
    assert record.title == "Coopérative énergétique du Morvan" and record.fields["country"] == "FR"
    qtbot.keyClicks(window.search, "cooperative morv")
    qtbot.waitUntil(lambda: window.list.mode == "search" and window.list.model().rowCount() == 1, timeout=3000)
    assert window.list.model().record_id(0) == record.id


def test_a_bad_email_shows_a_message_beside_the_field_and_saves_nothing(qtbot, window, settle, store):
    window.new_record("contact")
    form = window.detail.form
    form.editors["kind"].set_value("person")
    form.editors["name"].set_value("Anna Nowak")
    emails = form.editors["emails"]
    emails.entry.setText("anna@@example")
    emails.add()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle()
    error = form.errors["emails"]
    assert not error.isHidden()
    assert "e-mail" in error.text().lower()
    assert window.detail.form is form
    assert store.count("contact") == 0


def test_undo_and_redo_every_change(qtbot, window, settle, store):
    new_practice(qtbot, window, settle, "Village shop")
    record_id = window.detail.record.id
    window.edit_record()
    window.detail.form.editors["title"].set_value("Village shop and café")
    qtbot.mouseClick(window.detail.form.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert store.get(record_id).title == "Village shop and café"

    undo, redo = window.action("undo"), window.action("redo")
    undo.trigger(); settle()
    assert store.get(record_id).title == "Village shop"
    undo.trigger(); settle()
    assert store.get(record_id).deleted           # the creation itself is undone
    redo.trigger(); settle()
    assert not store.get(record_id).deleted
    redo.trigger(); settle()
    assert store.get(record_id).title == "Village shop and café"
    assert undo.shortcut().toString() and redo.shortcut().toString()


def test_delete_then_restore_from_the_trash(qtbot, window, settle, store):
    new_practice(qtbot, window, settle, "Tool library")
    record_id = window.detail.record.id
    window.go("practice")
    qtbot.waitUntil(lambda: window.list.select_id(record_id), timeout=3000)
    window.delete_selected()
    settle()
    assert store.get(record_id).deleted
    assert store.count("practice") == 0

    window.go("trash")
    qtbot.waitUntil(lambda: window.list.select_id(record_id), timeout=3000)
    window.restore_selected()
    settle()
    assert not store.get(record_id).deleted
    assert store.count("practice") == 1


def test_link_a_practice_to_a_contact_and_follow_the_link_both_ways(qtbot, window, settle, store):
    contact = store.create("contact", {"kind": "organisation", "name": "Arnsberg municipality"})
    new_practice(qtbot, window, settle, "Dorfladen Arnsberg")
    practice_id = window.detail.record.id
    window.ops.link(practice_id, [contact.id])
    settle()
    html = window.detail.view.toHtml()
    assert "Arnsberg municipality" in html

    window._detail_link("open", contact.id)
    qtbot.waitUntil(lambda: window.detail.record is not None and window.detail.record.id == contact.id,
                    timeout=3000)
    assert "Dorfladen Arnsberg" in window.detail.view.toHtml()
    window._detail_link("open", practice_id)
    qtbot.waitUntil(lambda: window.detail.record.id == practice_id, timeout=3000)

    window.action("undo").trigger(); settle()
    assert store.get(practice_id).fields.get("contacts") in (None, [])


def test_attach_a_file_then_detach_it(qtbot, window, settle, store, tmp_path):
    new_practice(qtbot, window, settle, "Repair café")
    practice_id = window.detail.record.id
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 500)
    window.attach_files([photo])
    settle()
    attachments = store.get(practice_id).fields["attachments"]
    assert len(attachments) == 1
    attachment = store.get(attachments[0])
    assert store.attachment_path(attachment).read_bytes() == photo.read_bytes()
    assert "photo.jpg" in window.detail.view.toHtml()

    window._detail_link("detach", attachment.id)
    settle()
    assert not store.get(practice_id).fields.get("attachments")
    window.action("undo").trigger(); settle()
    assert store.get(practice_id).fields["attachments"] == [attachment.id]


def test_a_refused_write_keeps_the_form_open_with_its_values(qtbot, window, settle, store):
    new_practice(qtbot, window, settle, "Community bus")
    record_id = window.detail.record.id
    window.edit_record()
    form = window.detail.form
    form.editors["start_date"].set_value("2024-05-01")
    form.editors["end_date"].set_value("2023-01-01")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert window.detail.form is form and form.isEnabled()
    assert not form.errors["end_date"].isHidden()
    assert "start_date" not in store.get(record_id).fields
