"""Warm grading kernels: started once per batch, reused for every notebook.

Plain nbgrader starts a kernel per notebook; for these notebooks that start-up, plus importing the
package and loading the bank in the kernel, is most of the time a submission takes. A warm kernel
has done both already. Between notebooks it is reset to a fresh session (namespace, history and
execution count cleared) and moved to the submission's folder, so each notebook runs as it would
in a new kernel. Safe because grading runs only the assignment's own locked cells: a submission
whose cells differ from the release is graded from a fresh copy (steps/repair_submission.py).
"""

import json
import os

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync

# Import, load the bank, then freeze what is loaded out of the garbage collector's way: resetting the
# session between notebooks runs a full collection, which would otherwise walk the whole bank.
WARM_UP = "import gc, boundarylab.grading.cells as _bl\n_bl.key_bank()\ndel _bl\ngc.freeze()"
STARTUP_TIMEOUT_S = 60


class KernelError(RuntimeError):
    """The grading kernel failed: it is restarted, and the submission it was running is reported."""


class WarmKernel:
    def __init__(self, kernel_name: str = "python3", cwd: str | None = None, env: dict | None = None,
                 output=None):
        self.kernel_name, self.cwd, self.output = kernel_name, cwd or os.getcwd(), output
        self.env = {**os.environ, **(env or {}), "NBGRADER_EXECUTION": "autograde"}
        self.km = None
        self.client = None

    async def _run(self, code: str, timeout: float = 60) -> dict:
        msg_id = self.client.execute(code, silent=True, store_history=False, allow_stdin=False)
        while True:
            reply = await self.client.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"]

    async def _start(self) -> None:
        self.km = AsyncKernelManager(kernel_name=self.kernel_name)
        await self.km.start_kernel(env=self.env, cwd=self.cwd, stdout=self.output, stderr=self.output,
                                   extra_arguments=["--HistoryManager.hist_file=:memory:"])
        self.client = self.km.client()
        self.client.start_channels()
        await self.client.wait_for_ready(timeout=STARTUP_TIMEOUT_S)
        content = await self._run(WARM_UP, timeout=STARTUP_TIMEOUT_S)
        if content["status"] != "ok":
            raise KernelError(f"the grading kernel cannot import BoundaryLab: {content.get('ename')}: "
                              f"{content.get('evalue')}")

    start = run_sync(_start)

    async def _prepare(self, folder: str) -> None:
        """A new session in `folder`: what a fresh kernel started there would look like."""
        code = ("get_ipython().reset(new_session=True)\n"
                f"import os as _os; _os.chdir({json.dumps(str(folder))}); del _os")
        content = await self._run(code)
        if content["status"] != "ok":
            raise KernelError(f"could not prepare the grading kernel: {content.get('evalue')}")

    def prepare(self, folder) -> None:
        if not self.alive():
            self.restart()
        run_sync(self._prepare)(folder)

    def alive(self) -> bool:
        return self.km is not None and run_sync(self.km.is_alive)()

    async def _shutdown(self) -> None:
        if self.client is not None:
            self.client.stop_channels()
            self.client = None
        if self.km is not None:
            await self.km.shutdown_kernel(now=True)
            self.km = None

    shutdown = run_sync(_shutdown)

    def restart(self) -> None:
        self.shutdown()
        self.start()

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *_):
        self.shutdown()
