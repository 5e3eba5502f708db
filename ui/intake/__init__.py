"""The intake screen: the entry form, the last intakes, the reprint list."""
