"""Political events (CAMEO / PLOVER) from an analysed article, and their evaluation."""
