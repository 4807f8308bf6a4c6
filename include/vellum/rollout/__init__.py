"""Putting an index version into service: local processes (embedded default) or InferenceServices."""
