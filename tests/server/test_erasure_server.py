"""Erasure leaves no personal data on the server (issue 12 item 4): an erased attachment's
bytes are deleted and no longer served, reasons never quote values, refused changes keep
no values."""

from __future__ import annotations

import hashlib
import json
import os

from server_helpers import change, new_id
from sqlalchemy import func, select


def _upload(api, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    assert api.http.put(api.url(f"/blobs/{sha}"), data=data).status_code in (200, 201)
    return sha


def _attachment(api, sha: str, size: int) -> str:
    rid = new_id()
    [res] = api.push(change(rid, "create", {"file_name": "scan.pdf", "media_type": "application/pdf",
                                            "size": size, "sha256": sha}, collection="attachment"))
    assert res["status"] == "applied", res
    return rid


def _on_disk(group, sha: str) -> bool:
    return group["server"].service.blobs.path(group["name"], sha).exists()


def test_erasing_an_attachment_deletes_its_bytes_and_stops_serving_them(group):
    ana, coord, reader = group["ana"], group["coord"], group["reader"]
    data = os.urandom(5000)
    sha = _upload(ana, data)
    rid = _attachment(ana, sha, len(data))
    url = reader.url(f"/blobs/{sha}")
    assert reader.http.get(url).content == data and _on_disk(group, sha)
    assert coord.http.post(coord.url(f"/records/{rid}/erase")).status_code == 200
    assert reader.http.get(url).status_code == 404
    assert reader.http.head(url).status_code == 404
    assert not _on_disk(group, sha)
    assert ana.http.post(ana.url("/blobs/missing"), json={"sha256": [sha]}).json() == {"missing": [sha]}


def test_an_erase_pushed_as_a_change_deletes_the_bytes_too(group):
    ana, coord = group["ana"], group["coord"]
    sha = _upload(ana, b"a signed form")
    rid = _attachment(ana, sha, 13)
    [res] = coord.push(change(rid, "erase", collection="attachment"))
    assert res["status"] == "applied", res
    assert ana.http.get(ana.url(f"/blobs/{sha}")).status_code == 404 and not _on_disk(group, sha)


def test_bytes_another_attachment_still_refers_to_stay_until_it_is_erased_too(group):
    ana, coord = group["ana"], group["coord"]
    sha = _upload(ana, b"the same scan, attached twice")
    first, second = _attachment(ana, sha, 29), _attachment(ana, sha, 29)
    ana.push(change(second, "delete", collection="attachment"))            # in the trash: still live
    assert coord.http.post(coord.url(f"/records/{first}/erase")).status_code == 200
    assert ana.http.get(ana.url(f"/blobs/{sha}")).status_code == 200
    assert coord.http.post(coord.url(f"/records/{second}/erase")).status_code == 200
    assert ana.http.get(ana.url(f"/blobs/{sha}")).status_code == 404 and not _on_disk(group, sha)


def test_bytes_of_another_group_are_not_touched(group, server):
    import uuid

    other_name = "o-" + uuid.uuid4().hex[:10]
    tokens = server.make_group(other_name, {"eva": "member"})
    from server_helpers import Api

    eva = Api(server.url, other_name, tokens["eva"])
    data = b"bytes both groups hold"
    sha = _upload(group["ana"], data)
    _upload(eva, data)
    rid = _attachment(group["ana"], sha, len(data))
    assert group["coord"].http.post(group["coord"].url(f"/records/{rid}/erase")).status_code == 200
    assert eva.http.get(eva.url(f"/blobs/{sha}")).content == data


def test_reasons_name_the_field_not_the_value_and_erasure_clears_them(group):
    ana, coord = group["ana"], group["coord"]
    address = "eve.secret@@example.org"
    cid = new_id()
    [res] = ana.push(change(cid, "create", {"kind": "person", "name": "Eve",
                                            "emails": [{"type": "work", "value": address}]},
                            collection="contact"))
    assert res["status"] == "rejected" and "emails" in res["reason"] and address not in res["reason"]
    ana.push(change(cid, "create", {"kind": "person", "name": "Eve"}, collection="contact"))
    [res] = ana.push(change(cid, fields={"emails": [{"type": "work", "value": address}]},
                            collection="contact"))
    assert res["status"] == "rejected" and address not in res["reason"]
    assert coord.http.post(coord.url(f"/records/{cid}/erase")).status_code == 200
    history = group["server"].service.history(group["name"], cid)
    assert history and all(h["reason"] is None for h in history)
    assert address not in json.dumps(history) and "Eve" not in json.dumps(history)


def test_refused_changes_keep_no_values_but_retries_stay_idempotent(group):
    from sync.server.models import Change as ChangeRow

    ana = group["ana"]
    service = group["server"].service
    huge = "x" * 150_000
    changes = [change(new_id(), "create", {"title": huge, "kind": "good"}) for _ in range(3)]
    results = ana.push(*changes)
    assert [r["status"] for r in results] == ["rejected"] * 3
    assert ana.push(*changes) == results                                   # a retry: the same answers
    with service.db.read() as c:
        rows = c.execute(select(ChangeRow.fields, ChangeRow.previous, ChangeRow.field_names).where(
            ChangeRow.group_id == group["name"], ChangeRow.status == "rejected")).all()
        stored = c.execute(select(func.sum(func.length(ChangeRow.reason))).where(
            ChangeRow.group_id == group["name"])).scalar()
    assert len(rows) == 3
    assert all(r.fields == {} and r.previous == {} and r.field_names == ["kind", "title"] for r in rows)
    assert stored < 3 * 300                                                # the reason is no copy


def test_bytes_uploaded_again_by_a_replica_that_missed_the_erasure_are_deleted(group):
    """The replica's push of the attachment was cut after the server committed it; the record
    is erased; the replica retries: it uploads the bytes again, then pushes the same change."""
    ana, coord = group["ana"], group["coord"]
    data = b"a scan the coordinator erased"
    sha = _upload(ana, data)
    create = change(new_id(), "create", {"file_name": "scan.pdf", "media_type": "application/pdf",
                                         "size": len(data), "sha256": sha}, collection="attachment")
    assert ana.push(create)[0]["status"] == "applied"
    assert coord.http.post(coord.url(f"/records/{create['record_id']}/erase")).status_code == 200
    assert _upload(ana, data) == sha and _on_disk(group, sha)
    ana.push(create)
    assert not _on_disk(group, sha)
    edit = change(create["record_id"], "update", {"sha256": sha, "size": len(data)}, collection="attachment")
    _upload(ana, data)
    assert ana.push(edit)[0]["status"] == "rejected"
    assert not _on_disk(group, sha)


def test_bytes_a_live_attachment_refers_to_stay_when_a_change_of_an_erased_one_comes_in(group):
    ana, coord = group["ana"], group["coord"]
    sha = _upload(ana, b"shared scan")
    erased, kept = _attachment(ana, sha, 11), _attachment(ana, sha, 11)
    assert coord.http.post(coord.url(f"/records/{erased}/erase")).status_code == 200
    assert ana.push(change(erased, "update", {"sha256": sha}, collection="attachment"))[0]["status"] == "rejected"
    assert _on_disk(group, sha) and kept
