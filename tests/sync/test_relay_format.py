"""The relay's formats on their own: canonical JSON, signatures, device key files, bundles."""

from __future__ import annotations

import dataclasses
import os
import stat

import pytest

from sync.relay import bundle
from sync.relay.envelope import Envelope, EnvelopeError, canonical, sign, verify
from sync.relay.keys import DeviceKey

FIELDS = dict(group="village", author="ana", device="d-1", change_id="c-1",
              record_id="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", collection="practice", op="update",
              fields={"title": "Café ✓"}, previous={"title": "Cafe"}, base_seq=3, at="2026-12-02T10:00:00Z")


def test_canonical_json_is_sorted_compact_utf8():
    assert canonical({"b": 1, "a": "é"}) == '{"a":"é","b":1}'.encode("utf-8")
    with pytest.raises(ValueError):
        canonical({"x": float("nan")})


def test_a_signature_covers_every_field_and_survives_json():
    key = DeviceKey.create()
    env = sign(FIELDS, key.private)
    assert verify(env, key.public_b64) and len(env.sig) == 86
    assert verify(Envelope.from_json(env.to_json()), key.public_b64)
    for change in ({"fields": {"title": "Other"}}, {"author": "rui"}, {"base_seq": 4}, {"op": "delete"},
                   {"resolves": ("x",)}, {"by": "someone"}):
        assert not verify(dataclasses.replace(env, **change), key.public_b64), change
    assert not verify(env, DeviceKey.create().public_b64)


def test_an_envelope_of_the_wrong_shape_is_refused_in_one_sentence():
    key = DeviceKey.create()
    data = sign(FIELDS, key.private).to_json()
    for broken in ({**data, "v": 2}, {k: v for k, v in data.items() if k != "sig"}, {**data, "extra": 1},
                   {**data, "base_seq": "3"}, [1, 2]):
        with pytest.raises(EnvelopeError):
            Envelope.from_json(broken)


def test_the_device_key_file_is_private_and_kept(tmp_path):
    path = tmp_path / "replica.sqlite.device-key"
    first = DeviceKey.load_or_create(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert DeviceKey.load_or_create(path).public_b64 == first.public_b64
    assert first.device_id.startswith("d-")
    path.write_bytes(b"short")
    with pytest.raises(ValueError):
        DeviceKey.load_or_create(path)


def test_bundle_round_trip_and_each_refusal_has_its_reason():
    key = DeviceKey.create()
    envs = [sign({**FIELDS, "change_id": f"c-{i}"}, key.private) for i in range(50)]
    data = bundle.pack_with_passphrase(envs, "village", "oak moss reed lamp dune")
    assert bundle.peek_group(data) == "village"
    assert bundle.unpack_with_passphrase(data, "village", "  OAK moss reed  lamp dune ") == envs
    cases = {"other_group": (data, "town", "oak moss reed lamp dune"),
             "passphrase": (data, "village", "oak moss reed lamp"),
             "truncated": (data[:-1], "village", "oak moss reed lamp dune"),
             "not_ours": (b"PK\x03\x04" + data, "village", "oak moss reed lamp dune"),
             "tampered": (data[:-30] + bytes([data[-30] ^ 4]) + data[-29:], "village", "oak moss reed lamp dune")}
    for reason, (blob, group, phrase) in cases.items():
        with pytest.raises(bundle.BundleError) as err:
            bundle.unpack_with_passphrase(blob, group, phrase)
        assert err.value.reason == reason and str(err.value).endswith(".")
    assert len(bundle.new_passphrase().split()) == 5
