"""A discussion exported as Markdown and PDF, with labels in the thread's language."""

from __future__ import annotations


from ruraldesk.io import threadexport
from ruraldesk.io.people import erase_person
from ruraldesk.store.discussions import Discussions


def _thread(store):
    d = Discussions(store)
    thread, opening = d.start_topic("Partilha de tratores", "Quem tem um? <b>urgente</b>", language="pt")
    store.author = "rui"
    reply = d.reply(thread.id, "Nós temos:\n- um trator\n- um reboque", replies_to=opening.id)
    store.author = "ana"
    d.reply(thread.id, "Obrigada, **ótimo**! [notas](https://example.org) [x](javascript:alert(1))")
    return thread, opening, reply


def test_markdown_in_the_thread_language(store):
    store.author = "ana"
    thread, _opening, reply = _thread(store)
    store.set_meta("sync.role", "coordinator")
    person = store.create("contact", {"kind": "person", "name": "Rui Lopes", "member": "rui"})
    erase_person(store, person.id)
    text = threadexport.markdown(store, thread.id)
    assert text.startswith("# Partilha de tratores\n")
    assert "Iniciada por ana" in text and "Mensagem removida" in text      # Portuguese labels
    assert "Nós temos" not in text                                          # rui's post was erased
    assert "&lt;b&gt;urgente&lt;/b&gt;" in text and "<b>" not in text
    assert "**ótimo**" in text


def test_pdf_is_written_with_the_title_and_the_posts(store, tmp_path):
    store.author = "ana"
    thread, _opening, _reply = _thread(store)
    out = threadexport.write_pdf(store, thread.id, tmp_path / "t.pdf")
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF") and b"Partilha de tratores" in pdf.replace(b"\\", b"")
    assert not list(tmp_path.glob(".*.part"))
    threadexport.write_markdown(store, thread.id, tmp_path / "t.md")
    assert "em resposta a ana" in (tmp_path / "t.md").read_text(encoding="utf-8")
    assert threadexport.file_name(store.get(thread.id), "pdf") == "Partilha-de-tratores.pdf"


def test_labels_fall_back_to_english():
    assert threadexport.labels("xx")["removed"] == "Post removed"
    assert threadexport.labels("fr")["removed"] == "Message supprimé"
