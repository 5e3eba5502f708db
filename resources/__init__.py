"""Files the program ships: translations (translations/*.qm) and fonts (fonts/, with licences).

A package, so a normal (non-editable) install carries them; find them with
importlib.resources.files("resources").
"""
