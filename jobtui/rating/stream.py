"""One streamed answer from Ollama, put together chunk by chunk: the content, the reasoning
(``thinking``, or ``<think>`` tags in the content) and what the last chunk reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_TAGGED = re.compile(r"<think>(.*?)(?:</think>|$)", re.DOTALL)


@dataclass
class StreamedAnswer:
    content_parts: list[str] = field(default_factory=list)
    thinking_parts: list[str] = field(default_factory=list)
    chunks: int = 0  # streamed chunks with text: Ollama sends about one token per chunk
    done_reason: str | None = None
    prompt_eval_count: int | None = None
    eval_count: int | None = None
    total_duration: int | None = None
    load_duration: int | None = None
    prompt_eval_duration: int | None = None
    eval_duration: int | None = None

    def add(self, part: Any) -> None:
        """Take one chunk (an ``ollama.ChatResponse``)."""
        message = part.message
        if message is not None:
            if message.thinking:
                self.thinking_parts.append(message.thinking)
            if message.content:
                self.content_parts.append(message.content)
            if message.thinking or message.content:
                self.chunks += 1
        if part.done:
            self.done_reason = part.done_reason or "stop"
            for name in ("prompt_eval_count", "eval_count", "total_duration", "load_duration",
                         "prompt_eval_duration", "eval_duration"):
                setattr(self, name, getattr(part, name))

    @property
    def content(self) -> str:
        return "".join(self.content_parts)

    @property
    def thinking_tokens(self) -> int:
        """Tokens spent reasoning: chunks of ``thinking``, or of a ``<think>`` block."""
        if self.thinking_parts:
            return len(self.thinking_parts)
        tagged = _TAGGED.search(self.content)
        if not tagged:
            return 0
        from jobtui.resume.tokens import count_tokens

        return count_tokens(tagged.group(0))

    def cut_off_message(self) -> str:
        """The one line for an answer stopped by ``num_predict``."""
        total = self.eval_count or self.chunks
        thinking = self.thinking_tokens
        if thinking:
            return (f"the answer was cut off after {total} tokens ({thinking} of them "
                    "thinking): raise rating.answer_tokens or set rating.think = off")
        return (f"the answer was cut off after {total} tokens: raise rating.answer_tokens")
