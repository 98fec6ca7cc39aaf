"""Minutebook engine: build side (segment, extract, store, index) and query side (retrieve, answer)."""
