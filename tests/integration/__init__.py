"""Tests of Vellum ingestion (see docs/ingest.md)."""
