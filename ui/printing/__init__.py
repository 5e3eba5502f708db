"""Printing through Qt: PDFs painted at the printer's resolution, and the label print jobs."""
