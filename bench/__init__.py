"""Benchmarks: ``make bench`` runs every module in SUITES and prints one comparison table."""
