"""Text patterns several layers share, written once: the redaction placeholders and terminal
escape sequences (a base module: imports nothing of jobtui)."""

from __future__ import annotations

import re

# What redaction puts in place of personal data: <PERSON>, <EMAIL_ADDRESS>, <PHONE_NUMBER>...
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*>")

# CSI / OSC / DCS-SOS-PM-APC / other ESC sequences and the 8-bit CSI (colours, cursor moves,
# hyperlinks, title changes...).
ANSI = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_])"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
