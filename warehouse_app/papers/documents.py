"""The documents of a convoy's set of papers, by the names the GUI and the command line use."""

from __future__ import annotations

# Every document of a convoy's set, in the order they are listed and printed.
PAPERS = (
    "packing-list",
    "cmr",
    "pro-forma",
    "acceptance-act",
    "pallet-manifests",
    "goods-list",
    "donation-letter",
    "convoy-summary",
)
# The convoy's own documents: they sum every vehicle, so they come with the whole set only.
CONVOY_DOCUMENTS = ("donation-letter", "convoy-summary")
