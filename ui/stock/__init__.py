"""The stock browser: its lazy table, the box detail, corrections, the pallet dialog."""
