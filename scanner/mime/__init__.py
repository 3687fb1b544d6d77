"""MIME extraction: raw RFC 5322 bytes to a ParsedMessage of segments."""

from scanner.mime.extract import parse_message

__all__ = ["parse_message"]
