"""A bare user name after a profile label: "GitHub: flogimenez", "Kaggle · shiku"; an @handle
after a social label or among the contact lines ("X (Twitter): @brayo_volts", "IG: @dewi.dev");
an ORCID iD ("ORCID 0000-0002-1825-0097").

A profile link ("github.com/hakonbs") is removed as a URL, and a part of the candidate's name
as one of their handles; a bare user name after the site's label is neither and names the
candidate on that site all the same.
"""

from __future__ import annotations

import re

HANDLE_LABEL = re.compile(
    r"(?<![\w/.])(?i:github|gitlab|bitbucket|twitter(?:[ \t]*/[ \t]*x)?|instagram|behance"
    r"|dribbble|kaggle|medium|stack[ \t]?overflow|leetcode|hackerrank|codeforces|codepen"
    r"|tiktok|facebook|threads|mastodon|bluesky|youtube|xing|huggingface|hugging[ \t]face"
    r"|npm|pypi|docker[ \t]?hub|itch\.io|artstation|soundcloud|twitch|reddit"
    # Short and local labels: "IG", "X (Twitter)", "Insta", "FB", VK, Weibo, Zalo, Snapchat.
    r"|ig|insta|x(?:[ \t]*\((?:formerly[ \t]+)?twitter\))?|fb|vk|vkontakte|weibo|zalo|snapchat"
    r"|snap|linktree|substack|tumblr|pinterest|flickr|vimeo|telegram|tg|signal|threads\.net)"
    r"[ \t]*[:：·|-][ \t]*@?(?P<handle>[A-Za-z][\w.-]{1,38}[\w])(?=[ \t]*(?:[|•·;,)\n]|$))",
    re.MULTILINE)


# "@dewi.dev", "@brayo_volts": a handle, not an e-mail's domain or a "@ Google" at a firm.
AT_HANDLE = re.compile(r"(?<![\w.@])@(?P<handle>[A-Za-z0-9_](?:[\w.]{0,28}[\w])?)(?![\w@]|\.\w)")
CONTACT_LINES = 12
# ORCID iD: four groups of four, the last character a check digit (ISO 7064 mod 11-2).
ORCID = re.compile(r"(?<![\w-])(?P<handle>\d{4}-\d{4}-\d{4}-\d{3}[\dX])(?![\w-])")


def _orcid_ok(identifier: str) -> bool:
    digits = identifier.replace("-", "")
    total = 0
    for digit in digits[:-1]:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    return digits[-1] == ("X" if check == 10 else str(check))


def handle_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "MESSENGER") of bare user names after a profile site's label, of
    @handles in the contact lines or after a label, and of ORCID iDs."""
    spans = [(m.start("handle"), m.end("handle"), "MESSENGER") for m in ORCID.finditer(text)
             if _orcid_ok(m.group("handle"))]
    contact_end = _line_end(text, CONTACT_LINES)
    spans += [(m.start(), m.end(), "MESSENGER") for m in AT_HANDLE.finditer(text)
              if m.start() < contact_end and not re.fullmatch(r"[A-Z][a-z]+", m.group("handle"))]
    for match in HANDLE_LABEL.finditer(text):
        handle = match.group("handle")
        at = text[match.start("handle") - 1] == "@"
        if (re.search(r"\.[a-z]{2,}$", handle) and not at
                or re.fullmatch(r"[A-Z][a-z]+|[A-Z]+", handle)):
            continue  # a domain (not "@dewi.dev"), or a word ("GitHub: Actions")
        spans.append((match.start("handle"), match.end("handle"), "MESSENGER"))
    return spans


def _line_end(text: str, lines: int) -> int:
    """The offset where the first ``lines`` non-blank lines of ``text`` end."""
    seen = 0
    for match in re.finditer(r"[^\n]*\n?", text):
        if match.group().strip():
            seen += 1
            if seen == lines:
                return match.end()
    return len(text)
