"""``python -m hronika`` runs the command line."""

from hronika.cli import main

main()
