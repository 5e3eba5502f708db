"""Who may do what: the roles, their permissions and the PINs (no database here)."""
