"""The model file: round trip, integrity check, refusal of corrupt or foreign files."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from scanner.assembly import build_scanner
from scanner.config import Settings
from scanner.errors import ModelError
from scanner.tos import artifact
from scanner.tos.artifact import LinearModel
from scanner.tos.features import N_FEATURES

ROOT = Path(__file__).resolve().parents[2]


def _rewrite(path: Path, member: str, data: bytes) -> None:
    """Replace one member and record a matching digest: a well-formed but altered file."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members[member] = data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    path.write_bytes(buffer.getvalue())
    digest = hashlib.sha256(buffer.getvalue()).hexdigest()
    artifact.sidecar(path).write_text(f"{digest}  {path.name}\n")


def _meta(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        meta: dict[str, object] = json.loads(archive.read("meta.json"))
    return meta


@pytest.fixture
def saved(tmp_path: Path, small_model: LinearModel) -> Path:
    path = artifact.artifact_path(tmp_path, 1)
    artifact.save(small_model, path)
    return path


def test_round_trip_preserves_weights_and_calibration(
    saved: Path, small_model: LinearModel
) -> None:
    loaded = artifact.load(saved)
    np.testing.assert_array_equal(loaded.indices, small_model.indices)
    np.testing.assert_array_equal(loaded.coef, small_model.coef)
    assert (loaded.intercept, loaded.platt_a, loaded.platt_b) == (
        small_model.intercept,
        small_model.platt_a,
        small_model.platt_b,
    )
    assert loaded.version == "v1"
    assert loaded.meta["trained"] == small_model.meta["trained"]


def test_saving_twice_gives_identical_bytes(tmp_path: Path, small_model: LinearModel) -> None:
    first = artifact.save(small_model, tmp_path / "a" / "tos-v1.zip")
    second = artifact.save(small_model, tmp_path / "b" / "tos-v1.zip")
    assert first == second


def test_directory_resolves_to_newest_version(tmp_path: Path, small_model: LinearModel) -> None:
    artifact.save(small_model, artifact.artifact_path(tmp_path, 2))
    artifact.save(small_model, artifact.artifact_path(tmp_path, 10))
    assert artifact.resolve(tmp_path).name == "tos-v10.zip"


def test_flipped_byte_is_refused_as_tampered(saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF
    saved.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="does not match its recorded sha256"):
        artifact.load(saved)


def test_truncated_file_is_refused(saved: Path) -> None:
    saved.write_bytes(saved.read_bytes()[:100])
    with pytest.raises(ModelError, match="corrupt or tampered"):
        artifact.load(saved)


def test_missing_digest_file_is_refused(saved: Path) -> None:
    artifact.sidecar(saved).unlink()
    with pytest.raises(ModelError, match="no readable tos-v1.zip.sha256"):
        artifact.load(saved)


def test_missing_model_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no tos-v<N>.zip model"):
        artifact.load(tmp_path)
    with pytest.raises(ModelError, match="cannot read model"):
        artifact.load(tmp_path / "tos-v3.zip")


def test_garbage_with_matching_digest_is_refused(saved: Path) -> None:
    saved.write_bytes(b"not a zip at all")
    digest = hashlib.sha256(b"not a zip at all").hexdigest()
    artifact.sidecar(saved).write_text(f"{digest}  {saved.name}\n")
    with pytest.raises(ModelError, match="not a readable model file"):
        artifact.load(saved)


def test_other_feature_version_is_refused(saved: Path) -> None:
    meta = _meta(saved)
    meta["feature_version"] = 999
    _rewrite(saved, "meta.json", json.dumps(meta).encode())
    with pytest.raises(ModelError, match="feature version 999.*retrain"):
        artifact.load(saved)


def test_other_format_version_is_refused(saved: Path) -> None:
    meta = _meta(saved)
    meta["format_version"] = 999
    _rewrite(saved, "meta.json", json.dumps(meta).encode())
    with pytest.raises(ModelError, match="format version 999"):
        artifact.load(saved)


def test_families_and_fitted_rule_weights_round_trip(
    tmp_path: Path, small_model: LinearModel
) -> None:
    path = artifact.artifact_path(tmp_path, 1)
    weights = {"TOS_URL_IP_LITERAL": 1.25, "TOS_FAKE_REPLY": 0.0}
    model = replace(small_model, families=("header-names",), rule_weights=weights)
    artifact.save(model, path)
    loaded = artifact.load(path)
    assert loaded.families == ("header-names",)
    assert loaded.rule_weights == weights


def test_format_1_model_loads_without_families_or_rule_weights(saved: Path) -> None:
    meta = _meta(saved)
    meta["format_version"] = 1
    del meta["feature_families"]
    meta.pop("rule_weights", None)
    _rewrite(saved, "meta.json", json.dumps(meta).encode())
    loaded = artifact.load(saved)
    assert (loaded.families, loaded.rule_weights) == ((), None)


# fmt: off
@pytest.mark.parametrize(("key", "value", "message"), [
    ("feature_families", ["no-such-family"], "feature families"),
    ("feature_families", "header-names", "feature families"),
    ("rule_weights", {"TOS_URL_IP_LITERAL": 1e9}, "malformed rule weights"),
    ("rule_weights", {"TOS_URL_IP_LITERAL": True}, "malformed rule weights"),
    ("rule_weights", [1.0], "malformed rule weights"),
])
# fmt: on
def test_bad_families_or_rule_weights_are_refused(
    saved: Path, key: str, value: object, message: str
) -> None:
    meta = _meta(saved)
    meta[key] = value
    _rewrite(saved, "meta.json", json.dumps(meta).encode())
    with pytest.raises(ModelError, match=message):
        artifact.load(saved)


def test_pickled_array_is_refused_without_unpickling(saved: Path) -> None:
    buffer = io.BytesIO()
    np.save(buffer, np.array([object()], dtype=object), allow_pickle=True)
    _rewrite(saved, "coef.npy", buffer.getvalue())
    with pytest.raises(ModelError, match="not a readable model file"):
        artifact.load(saved)


def test_out_of_range_index_is_refused(saved: Path) -> None:
    buffer = io.BytesIO()
    model = artifact.load(saved)
    bad = model.indices.copy()
    bad[0] = N_FEATURES
    np.save(buffer, bad)
    _rewrite(saved, "indices.npy", buffer.getvalue())
    with pytest.raises(ModelError, match="malformed weights"):
        artifact.load(saved)


def test_tampered_model_fails_at_start_up(saved: Path) -> None:
    saved.write_bytes(saved.read_bytes() + b"\0")
    settings = Settings.model_validate({"tos": {"model": str(saved)}})
    with pytest.raises(ModelError, match="does not match its recorded sha256"):
        build_scanner(settings)


def test_committed_model_verifies_and_its_card_names_its_digest() -> None:
    path = artifact.resolve(ROOT / "models" / "tos")
    model = artifact.load(path)
    digest = artifact.sidecar(path).read_text().split()[0]
    card = (ROOT / "models" / "tos" / "MODEL_CARD.md").read_text()
    assert f"`{model.version}`" in card
    assert digest in card
