"""mailguard scanner: MIME extraction, detectors, policy and the SMTP proxy."""

__version__ = "0.1.0"
