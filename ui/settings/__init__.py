"""The settings screen, one module per tab."""
