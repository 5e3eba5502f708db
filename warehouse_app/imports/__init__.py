"""Spreadsheets in: donation lists (and, later, needs and offers) read from XLSX or CSV."""
