"""The REST API and dashboard of ``letopis serve`` (docs/api.md)."""

from letopis.api.app import create_app

__all__ = ["create_app"]
