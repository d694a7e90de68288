"""JupyterLab server hooks for the learner course (named on the command line by `course`)."""


def clear_outputs(model, **_kwargs) -> None:
    """Save notebooks without outputs: a saved widget would reopen as "model not found", while the
    learner's answers are in the progress store anyway and come back when the notebook runs."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    flags = model["content"].get("metadata", {}).get("boundarylab", {})
    if not flags.get("clear_outputs_on_save"):  # only the practice notebooks ask for it
        return
    for cell in model["content"].get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
