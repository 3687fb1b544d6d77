"""The model file: a deterministic zip of JSON metadata and ``.npy`` arrays, never pickle.

Layout of ``tos-v<N>.zip``: ``meta.json`` (format, versions, feature families, intercept,
calibration, fitted rule weights if any, training summary) plus ``indices.npy`` (int64
column numbers) and ``coef.npy`` (float64 weights) for the non-zero coefficients. Beside
it, ``tos-v<N>.zip.sha256`` holds the file's SHA-256 in ``sha256sum`` format; the loader
refuses a file whose digest differs. Arrays are read with
``allow_pickle=False`` and every field is validated, so a crafted file cannot run code.
Zip entries carry a fixed timestamp: the same model always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from scanner.errors import ModelError
from scanner.tos.families import FAMILIES
from scanner.tos.features import FEATURE_VERSION, N_FEATURES
from scanner.tos.rules import MAX_WEIGHT

FORMAT = "mailguard-tos-linear"
FORMAT_VERSION = 2  # 2 added feature_families and rule_weights; 1 is read as having neither
_READABLE_VERSIONS = (1, FORMAT_VERSION)
_MEMBERS = ("meta.json", "indices.npy", "coef.npy")
_MAX_MEMBER_BYTES = 64 * 1024 * 1024  # refuse zip bombs before inflating
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_ARTIFACT = re.compile(r"^tos-v(\d+)\.zip$")


@dataclass(frozen=True)
class LinearModel:
    """A hashed-feature linear model with Platt calibration: p = 1/(1+exp(-(a*m+b))).

    ``families`` are the optional token families it was trained with; ``rule_weights``,
    when set, were fitted with the calibration and replace the YAML weights of those rules.
    """

    version: str
    indices: np.ndarray
    coef: np.ndarray
    intercept: float
    platt_a: float
    platt_b: float
    meta: dict[str, Any]
    families: tuple[str, ...] = ()
    rule_weights: dict[str, float] | None = None

    def dense_coef(self) -> np.ndarray:
        """All ``N_FEATURES`` weights, zeros where the model has none."""
        dense = np.zeros(N_FEATURES, dtype=np.float64)
        dense[self.indices] = self.coef
        return dense


def artifact_path(directory: Path, number: int) -> Path:
    """Where version ``number`` of the model lives in ``directory``."""
    return directory / f"tos-v{number}.zip"


def newest_version(directory: Path) -> int:
    """The highest ``tos-v<N>.zip`` number in ``directory``, 0 if none."""
    numbers = [
        int(m.group(1))
        for p in (directory.iterdir() if directory.is_dir() else ())
        if (m := _ARTIFACT.match(p.name))
    ]
    return max(numbers, default=0)


def resolve(path: Path) -> Path:
    """``path`` itself, or the newest versioned artifact if it is a directory."""
    if path.is_dir():
        number = newest_version(path)
        if number == 0:
            raise ModelError(f"no tos-v<N>.zip model in {path}")
        return artifact_path(path, number)
    return path


def save(model: LinearModel, path: Path) -> str:
    """Write the model and its ``.sha256`` sidecar; returns the hex digest."""
    meta = {
        **model.meta,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "feature_version": FEATURE_VERSION,
        "n_features": N_FEATURES,
        "version": model.version,
        "feature_families": list(model.families),
        "intercept": model.intercept,
        "calibration": {"method": "platt", "a": model.platt_a, "b": model.platt_b},
    }
    if model.rule_weights is not None:
        meta["rule_weights"] = dict(sorted(model.rule_weights.items()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        _write(archive, "meta.json", json.dumps(meta, sort_keys=True, indent=1).encode())
        _write(archive, "indices.npy", _npy(model.indices.astype(np.int64)))
        _write(archive, "coef.npy", _npy(model.coef.astype(np.float64)))
    data = buffer.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    sidecar(path).write_text(f"{digest}  {path.name}\n", encoding="ascii")
    return digest


def load(path: Path) -> LinearModel:
    """Read and verify a model file.

    Raises:
        ModelError: missing, unreadable, digest mismatch (tampered or corrupt), malformed
            or built for other features / another format version.
    """
    path = resolve(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"cannot read model {path}: {exc.strerror or exc}") from None
    expected = _expected_digest(path)
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        raise ModelError(
            f"model {path} does not match its recorded sha256 (file corrupt or tampered with); "
            f"expected {expected[:12]}..., got {actual[:12]}..."
        )
    try:
        members = _read_members(data)
        meta = json.loads(members["meta.json"])
        indices = np.load(io.BytesIO(members["indices.npy"]), allow_pickle=False)
        coef = np.load(io.BytesIO(members["coef.npy"]), allow_pickle=False)
    except ModelError:
        raise
    except Exception as exc:  # zipfile, json and numpy raise many types on bad input
        kind = type(exc).__name__
        raise ModelError(f"model {path} is not a readable model file ({kind})") from None
    return _validated(path, meta, indices, coef)


def sidecar(path: Path) -> Path:
    """The ``.sha256`` file recorded beside a model."""
    return path.with_name(path.name + ".sha256")


def _expected_digest(path: Path) -> str:
    try:
        text = sidecar(path).read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        raise ModelError(f"model {path} has no readable {sidecar(path).name}") from None
    if not text or not re.fullmatch(r"[0-9a-f]{64}", text[0]):
        raise ModelError(f"{sidecar(path)} does not hold a sha256 digest")
    return text[0]


def _read_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        if sorted(infos) != sorted(_MEMBERS):
            raise ModelError("model file has unexpected members")
        if any(info.file_size > _MAX_MEMBER_BYTES for info in infos.values()):
            raise ModelError("model file member too large")
        return {name: archive.read(name) for name in _MEMBERS}


def _validated(path: Path, meta: Any, indices: Any, coef: Any) -> LinearModel:
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(f"model {path} is not a {FORMAT} model")
    if meta.get("format_version") not in _READABLE_VERSIONS:
        raise ModelError(
            f"model {path} has format version {meta.get('format_version')}, "
            f"this mailguard reads {', '.join(map(str, _READABLE_VERSIONS))}: retrain or upgrade"
        )
    if meta.get("feature_version") != FEATURE_VERSION or meta.get("n_features") != N_FEATURES:
        raise ModelError(
            f"model {path} was trained on feature version {meta.get('feature_version')}, "
            f"this mailguard extracts version {FEATURE_VERSION}: retrain the model"
        )
    calibration = meta.get("calibration")
    if (
        not isinstance(indices, np.ndarray)
        or not isinstance(coef, np.ndarray)
        or indices.dtype != np.int64
        or coef.dtype != np.float64
        or indices.ndim != 1
        or indices.shape != coef.shape
        or (indices.size and (indices.min() < 0 or indices.max() >= N_FEATURES))
        or not np.all(np.isfinite(coef))
        or not isinstance(calibration, dict)
        or calibration.get("method") != "platt"
    ):
        raise ModelError(f"model {path} has malformed weights or calibration")
    values: list[float] = []
    for value in (meta.get("intercept"), calibration.get("a"), calibration.get("b")):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ModelError(f"model {path} has malformed weights or calibration")
        values.append(float(value))
    if not all(np.isfinite(values)):
        raise ModelError(f"model {path} has malformed weights or calibration")
    return LinearModel(
        version=str(meta.get("version")),
        indices=indices,
        coef=coef,
        intercept=values[0],
        platt_a=values[1],
        platt_b=values[2],
        meta=meta,
        families=_families(path, meta.get("feature_families", [])),
        rule_weights=_rule_weights(path, meta.get("rule_weights")),
    )


def _families(path: Path, families: Any) -> tuple[str, ...]:
    if not isinstance(families, list) or not all(f in FAMILIES for f in families):
        raise ModelError(f"model {path} uses feature families this mailguard does not have")
    return tuple(families)


def _rule_weights(path: Path, weights: Any) -> dict[str, float] | None:
    if weights is None:
        return None
    if not isinstance(weights, dict) or not all(
        isinstance(name, str)
        and not isinstance(w, bool)
        and isinstance(w, (int, float))
        and abs(w) <= MAX_WEIGHT
        for name, w in weights.items()
    ):
        raise ModelError(f"model {path} has malformed rule weights")
    return {name: float(w) for name, w in weights.items()}


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def _write(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)
