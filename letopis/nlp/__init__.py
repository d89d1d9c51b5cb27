"""Linguistics: segmentation, morphology, syntax, names, and what natasha does not find."""
