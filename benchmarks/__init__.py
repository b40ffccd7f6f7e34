"""Benchmarks that print figures (run with ``make bench``); they are not tests."""
