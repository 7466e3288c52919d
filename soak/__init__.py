"""`make soak`: the long runs that the normal suite is too short for (see soak/__main__.py)."""
