"""The Reports page: received, shipped, stock on hand and expiring goods."""
