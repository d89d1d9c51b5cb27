"""The actor knowledge base: who is who, with codes and roles over time (docs/kb.md)."""

from letopis.kb.countries import CountryLexicon, country_lexicon
from letopis.kb.model import Flag, KBActor, Role
from letopis.kb.normal import normalize
from letopis.kb.store import KB, load_kb

__all__ = ["KB", "KBActor", "Role", "Flag", "CountryLexicon", "country_lexicon", "load_kb", "normalize"]
