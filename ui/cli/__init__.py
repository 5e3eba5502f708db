"""The command line: `hafenlager COMMAND ...`, a thin front over the same services as the GUI.

main.py is the entry point; common.py holds what every command shares (exit codes, the one-line
error, tables and JSON); each other module adds one family of commands. Nothing here imports
Qt: the GUI is loaded only when no command is given.
"""
