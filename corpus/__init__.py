"""The sample documents and reading files into text."""
