"""Scraping and ingest: JobSpy boards, row normalization, canonical URLs, duplicate
fingerprints, bulk ingest, the scheduled runner, and JobSpy-compatible import/export."""
