"""BoundaryLab: practice ethical social-media decisions for therapists, in Jupyter."""

__version__ = "0.1.0"
