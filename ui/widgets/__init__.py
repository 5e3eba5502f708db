"""Small widgets the screens share: the scan field, form dialogs, table defaults."""
