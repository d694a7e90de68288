from nbgrader.preprocessors import NbGraderPreprocessor


class Step(NbGraderPreprocessor):
    """A BoundaryLab grading step: an nbgrader preprocessor, switched on and off like one."""
