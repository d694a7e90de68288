"""JupyterLab server hooks for the learner course (named on the command line by `course`)."""

from functools import cache

from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager


def clear_outputs(model, **_kwargs) -> None:
    """Save notebooks without outputs: a saved widget would reopen as "model not found", while the
    learner's answers are in the progress store anyway and come back when the notebook runs."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    flags = model["content"].get("metadata", {}).get("boundarylab", {})
    if not flags.get("clear_outputs_on_save"):  # only the course notebooks ask for it
        return
    for cell in model["content"].get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None


@cache
def kernel_language() -> dict:
    """What the course's kernel reports about its language: it runs this server's interpreter."""
    from ipykernel.ipkernel import IPythonKernel

    return dict(IPythonKernel.language_info)


def with_kernel_language(model) -> None:
    """JupyterLab writes the kernel's language details into a notebook as it opens it, and marks
    the notebook unsaved when they differ from the file's. The file's cannot hold the learner's
    Python version, so the server hands them over already filled in."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    metadata = model["content"].setdefault("metadata", {})
    if metadata.get("kernelspec", {}).get("language") == "python":
        metadata["language_info"] = kernel_language()


class CourseContents(AsyncLargeFileManager):
    """The server's files as a learner opens them (see `with_kernel_language`)."""

    async def get(self, path, content=True, type=None, format=None, require_hash=False):
        model = await super().get(path, content=content, type=type, format=format, require_hash=require_hash)
        with_kernel_language(model)
        return model
