"""hronika: structured, searchable knowledge from Bulgarian news."""

from hronika.doc import SCHEMA, Document
from hronika.pipeline import Pipeline, analyze

__version__ = "0.1.0"
__all__ = ["SCHEMA", "Document", "Pipeline", "analyze", "__version__"]
