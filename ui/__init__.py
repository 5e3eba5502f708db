"""The PySide6 GUI. Widgets call services from warehouse_app and hold no SQL and no rule."""
