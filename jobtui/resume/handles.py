"""A bare user name after a profile label: "GitHub: flogimenez", "Kaggle · shiku".

A profile link ("github.com/hakonbs") is removed as a URL, and a handle with "@" or a part of
the candidate's name as one of their handles; a bare user name after the site's label is
neither and names the candidate on that site all the same.
"""

from __future__ import annotations

import re

HANDLE_LABEL = re.compile(
    r"(?<![\w/.])(?i:github|gitlab|bitbucket|twitter(?:[ \t]*/[ \t]*x)?|instagram|behance"
    r"|dribbble|kaggle|medium|stack[ \t]?overflow|leetcode|hackerrank|codeforces|codepen"
    r"|tiktok|facebook|threads|mastodon|bluesky|youtube|xing|huggingface|hugging[ \t]face"
    r"|npm|pypi|docker[ \t]?hub|itch\.io|artstation|soundcloud|twitch|reddit)"
    r"[ \t]*[:：·|-][ \t]*@?(?P<handle>[A-Za-z][\w.-]{1,38}[\w])(?=[ \t]*(?:[|•·;,)\n]|$))",
    re.MULTILINE)


def handle_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "MESSENGER") of bare user names after a profile site's label."""
    spans = []
    for match in HANDLE_LABEL.finditer(text):
        handle = match.group("handle")
        if re.search(r"\.[a-z]{2,}$", handle) or re.fullmatch(r"[A-Z][a-z]+|[A-Z]+", handle):
            continue  # a domain, or a word ("GitHub: Actions", "Kaggle: Expert")
        spans.append((match.start("handle"), match.end("handle"), "MESSENGER"))
    return spans
