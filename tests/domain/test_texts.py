"""Texts for the user keep their English template and values wherever they are kept."""

from __future__ import annotations

from warehouse_app.texts import Text, from_stored, say, stored


def test_a_kept_text_comes_back_with_its_template_and_values() -> None:
    inner = say("the printer {name} is not connected", name="QL-820")
    text = say("Not printed: {reason}. It waits in the reprint list.", reason=inner)
    kept = from_stored(stored(text))
    assert kept == text and kept.template == text.template
    assert isinstance(kept.values["reason"], Text)
    assert kept.values["reason"].template == inner.template
    # A reason kept as an English sentence (before, or by hand) is shown as it is.
    assert from_stored("Printing was cancelled.") == "Printing was cancelled."
    assert from_stored('{"template": broken') == '{"template": broken'
    assert stored("plain") == "plain"
