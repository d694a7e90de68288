"""nbgrader's Execute step, run on a warm kernel (kernels.py) instead of a new one per notebook."""

from jupyter_core.utils import run_sync
from nbclient.util import run_hook
from nbgrader.preprocessors import Execute
from traitlets import Any


class ExecuteWarm(Execute):
    kernel = Any(None, help="The WarmKernel to run on; set by the converter")

    def preprocess(self, nb, resources=None, km=None):
        self.kernel.prepare(resources["metadata"]["path"])
        return super().preprocess(nb, resources, km=self.kernel.km)

    async def async_start_new_kernel_client(self):
        """The warm kernel's client is connected and ready: use it rather than open another."""
        self.kc = self.kernel.client
        self.kc.allow_stdin = False
        await run_hook(self.on_notebook_start, notebook=self.nb)
        return self.kc

    start_new_kernel_client = run_sync(async_start_new_kernel_client)
