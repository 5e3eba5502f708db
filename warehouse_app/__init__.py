"""Hafenlager: the warehouse app of the donation hall at Dortmund harbour.

This package holds the domain: models, database, migrations and services. It imports neither
Qt nor reportlab, so scripts, the command line and tests can use it without a display.
"""

__version__ = "0.10.0"
