"""Rating jobs against the redacted resume with a local Ollama model."""
