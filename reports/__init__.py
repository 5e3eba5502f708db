"""Documents (labels, receipts, convoy paperwork) as PDF bytes from plain context objects.

Imports reportlab and python-barcode, never Qt. The first documents arrive with the intake and
labels issue; this package exists from the start so the layering test guards it.
"""
