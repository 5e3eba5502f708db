"""Services: one call per user action, one transaction, plain data in and out."""
