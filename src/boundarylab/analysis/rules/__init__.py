"""Check families, one module each; `boundarylab.analysis.catalogue` registers them."""
