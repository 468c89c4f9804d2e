"""Constants; pkg/broken.py has a syntax error, but what it names it probably reads."""

LIMIT = 3  # named in pkg/broken.py: not reported, although that file does not parse
OTHER = 4  # named nowhere: RVW202
