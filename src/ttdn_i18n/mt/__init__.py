"""mt stage."""
