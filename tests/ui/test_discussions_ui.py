"""Discussions in the real window, offscreen: the left pane's entry with its unread count,
a topic started with Ctrl+Shift+D, replies with Ctrl+Enter, drafts across a restart,
comments at the foot of a practice, a post found by search opens its thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ruraldesk.store.discussions import Discussions
from ruraldesk.ui.models import NavigationModel


def _discussions(window, settle):
    window.show_view(NavigationModel.DISCUSSIONS)
    settle()
    return window.discussions


def test_the_entry_lists_topics_newest_first_with_unread_counts(window, settle, store):
    with store.write() as w:                    # two topics someone else wrote (as a pull brings them)
        w.author = "rui"
        for title in ("Older topic", "Newer topic"):
            t = w.create("discussion", {"title": title, "author": "rui"})
            w.create("post", {"thread": t.id, "author": "rui", "text": f"about {title}"})
    window.nav_model.load_counts()
    settle()
    item = window.nav_model.items[(NavigationModel.DISCUSSIONS, None)]
    assert item.text().endswith("(2)") and item.font().bold()
    ui = _discussions(window, settle)
    model = ui.topics.model
    assert [model.rows[i].title for i in range(model.rowCount())] == ["Newer topic", "Older topic"]
    assert "1 new" in model.index(0, 0).data()
    ui.topics.table.selectRow(1)
    settle()
    assert window.detail.currentWidget() is ui.thread
    assert "about Older topic" in ui.thread.view.toPlainText()
    settle()
    assert window.nav_model.items[(NavigationModel.DISCUSSIONS, None)].text().endswith("(1)")


def test_new_topic_and_reply_from_the_keyboard(window, settle, store, qtbot, monkeypatch):
    from ruraldesk.ui.discussions import newtopic

    ui = _discussions(window, settle)

    def exec_(dialog):                          # the person types and presses Ctrl+Enter
        dialog.show()
        dialog.text.setFocus()
        dialog.title.setText("Shared tractors")
        dialog.text.setPlainText("Who has **one**? <script>x</script>")
        QTest.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    monkeypatch.setattr(newtopic.NewTopicDialog, "exec", exec_)
    window.action("new-topic").trigger()
    settle()
    d = Discussions(store)
    (topic,) = d.topics()
    assert topic.title == "Shared tractors" and window.detail.currentWidget() is ui.thread
    html = ui.thread.view.toHtml()
    assert "<script" not in html and "&lt;script&gt;" in html
    editor = ui.thread.composer.editor
    editor.setFocus()
    QTest.keyClicks(editor, "We do, ask @eva")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()
    posts = d.posts(topic.id)
    assert [p.fields["text"] for p in posts][-1] == "We do, ask @eva"
    assert posts[-1].fields["mentions"] == ["eva"]
    assert editor.toPlainText() == ""
    assert "We do, ask" in ui.thread.view.toPlainText()


def test_a_draft_is_kept_across_a_restart(shell, settle, store, qtbot):
    thread, _ = Discussions(store).start_topic("Seeds", "Swap?")
    window = shell.show()
    qtbot.addWidget(window)
    ui = _discussions(window, settle)
    ui.open_thread(thread.id)
    settle()
    QTest.keyClicks(ui.thread.composer.editor, "half-written")
    qtbot.waitUntil(lambda: Discussions(store).draft(thread.id) is not None, timeout=3000)
    window.close()
    again = shell.show()
    qtbot.addWidget(again)
    ui2 = _discussions(again, settle)
    ui2.open_thread(thread.id)
    settle()
    assert ui2.thread.composer.editor.toPlainText() == "half-written"


def test_comments_at_the_foot_of_a_practice_and_search_opens_the_thread(window, settle, store, qtbot):
    practice = store.create("practice", {"title": "Machinery ring", "kind": "good"})
    Discussions(store).comment(practice.id, "Tried it in Évora")
    window.open_record(practice.id)
    settle()
    section = window.discussions.comments
    assert section.isVisible() and "(1)" in section.toggle.text()
    section.toggle.setChecked(True)
    settle()
    assert "Tried it in" in section.thread.view.toPlainText()
    QTest.keyClicks(section.thread.composer.editor, "Same here")
    section.thread.composer.submit()
    settle()
    assert [p.fields["text"] for p in Discussions(store).posts(Discussions(store).thread_for(practice.id))] == [
        "Tried it in Évora", "Same here"]
    hits = store.search("evora")
    window.open_record(hits[0].record_id)
    settle()
    assert window.detail.currentWidget() is window.discussions.thread


def test_the_author_edits_from_the_thread_and_the_versions_show(window, settle, store, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QInputDialog

    from ruraldesk.ui.discussions import history

    thread, post = Discussions(store).start_topic("Seeds", "Swap on Sunday")
    ui = _discussions(window, settle)
    ui.open_thread(thread.id)
    settle()
    assert "post:edit/" in ui.thread.view.toHtml()          # offered on one's own post only
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("Swap on Saturday", True)))
    ui.thread._anchor(QUrl(f"post:edit/{post.id}"))
    settle()
    assert store.get(post.id).fields["text"] == "Swap on Saturday"
    shown = []
    monkeypatch.setattr(history.HistoryDialog, "exec", lambda self: shown.append(self.findChild(
        type(ui.thread.view)).toPlainText()) or 0)
    ui.thread._anchor(QUrl(f"post:history/{post.id}"))
    settle()
    assert "Swap on Sunday" in shown[0] and "Swap on Saturday" in shown[0]
    store.author = "rui"                                   # someone else reads the same thread
    ui.thread.reload()
    settle()
    assert "post:edit/" not in ui.thread.view.toHtml()


def test_a_post_carries_files_and_the_thread_links_them(window, settle, store, qtbot, tmp_path):
    minutes = tmp_path / "minutes-march.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes of the March meeting")
    thread, _ = Discussions(store).start_topic("Shared ovens", "Who bakes on Sundays?")
    window.discussions.open_thread(thread.id)
    settle()
    view = window.discussions.thread
    view.composer.choose_files([str(minutes), str(tmp_path / "not-there.txt")])
    assert "minutes-march.pdf" in view.composer.status.text() and len(view.composer.files) == 1
    QTest.keyClicks(view.composer.editor, "The minutes are attached.")
    view.composer.submit()
    qtbot.waitUntil(lambda: "minutes-march.pdf" in view.view.toPlainText(), timeout=5000)
    post = Discussions(store).posts(thread.id)[-1]
    [attachment] = post.fields["attachments"]
    assert store.get(attachment).title == "minutes-march.pdf"
    assert store.attachment_path(store.get(attachment)).read_bytes() == minutes.read_bytes()
    assert f"post:file/{attachment}" in view.view.toHtml() and view.composer.files == []
