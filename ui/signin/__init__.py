"""Signing in at a station: the sign-in and first-admin dialogs, the lock, the role gates."""
