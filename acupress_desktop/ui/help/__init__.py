"""Guides, notices and message boxes: safety, red flags, evidence, measures, pressure."""
