"""Helpers shared by test suites of every environment (a real S3 server, test PDFs)."""
