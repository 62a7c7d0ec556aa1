"""Token counting with the cl100k_base encoding shipped inside the package (never downloaded)."""

from __future__ import annotations

import base64
import functools
from importlib import resources

from jobtui.errors import JobtuiError

CL100K_SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
# Same pattern and special tokens as tiktoken_ext.openai_public.cl100k_base.
CL100K_PATTERN = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+"""
    r"""|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
)
CL100K_SPECIAL = {
    "<|endoftext|>": 100257,
    "<|fim_prefix|>": 100258,
    "<|fim_middle|>": 100259,
    "<|fim_suffix|>": 100260,
    "<|endofprompt|>": 100276,
}


class TokenizerError(JobtuiError):
    """The bundled tokenizer file is missing or damaged (reinstall jobtui)."""


def _bundled_ranks() -> dict[bytes, int]:
    from tiktoken.load import check_hash

    try:
        data = resources.files("jobtui.assets").joinpath("cl100k_base.tiktoken").read_bytes()
    except OSError as exc:
        message = f"the bundled tokenizer file is missing ({exc}); reinstall jobtui"
        raise TokenizerError(message) from None
    if not check_hash(data, CL100K_SHA256):
        raise TokenizerError("the bundled tokenizer file is damaged (sha256 mismatch); reinstall")
    ranks = {}
    for line in data.splitlines():
        if line:
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    return ranks


@functools.cache
def encoding():
    """The cl100k_base ``tiktoken.Encoding``, built from the bundled file."""
    import tiktoken

    return tiktoken.Encoding(
        name="cl100k_base",
        pat_str=CL100K_PATTERN,
        mergeable_ranks=_bundled_ranks(),
        special_tokens=CL100K_SPECIAL,
    )


def count_tokens(text: str) -> int:
    """Number of cl100k_base tokens in ``text`` (special-token text counts as plain text)."""
    return len(encoding().encode(text, disallowed_special=()))


def cut_at_word(line: str, budget: int) -> str:
    """The longest prefix of ``line`` ending at a word boundary within ``budget`` tokens."""
    words = line.split(" ")
    low, high = 0, len(words)
    while low < high:  # binary search: counting tokens is the costly part
        mid = (low + high + 1) // 2
        if count_tokens(" ".join(words[:mid])) <= budget:
            low = mid
        else:
            high = mid - 1
    return " ".join(words[:low])
