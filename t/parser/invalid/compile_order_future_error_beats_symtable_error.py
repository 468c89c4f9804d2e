from __future__ import braces

nonlocal counter
