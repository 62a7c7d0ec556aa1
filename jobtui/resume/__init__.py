"""Resume handling: extract text, redact personal data, fit a token budget."""
