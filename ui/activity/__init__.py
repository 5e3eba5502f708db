"""The Activity screen: who did what, when, at which station (issue 16)."""
