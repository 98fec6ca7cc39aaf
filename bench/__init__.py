"""Speed and scale benchmark of Minutebook (`make bench`, `python -m bench`); see bench/__main__.py."""
