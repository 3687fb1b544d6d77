"""Reviewer web UI and REST API (FastAPI, server-rendered, minimal JavaScript)."""

from review_queue.web.app import create_app

__all__ = ["create_app"]
