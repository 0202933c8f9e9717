"""JSON Schema of the output document (``hronika-1.schema.json``)."""
