"""Views of analysed documents: a rich terminal report and a self-contained HTML page."""
