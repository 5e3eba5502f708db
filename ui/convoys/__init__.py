"""The convoy screen and its dialogs: convoy, vehicle, goods, delivery, papers."""
