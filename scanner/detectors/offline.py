"""Keep Presidio's dependencies off the network; call before spaCy or Presidio load."""

from __future__ import annotations

import logging
import os


def prepare_offline() -> None:
    """Stop tldextract (used by Presidio's email/URL recognizers) from fetching suffix lists.

    Must run before tldextract is first imported. spaCy imports Presidio through its factory
    entry point, so this also runs before any ``spacy.blank``.
    """
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    # Presidio logs its device choice at INFO on import: noise in our logs.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
