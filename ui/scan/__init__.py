"""The scan screen and its sounds."""
