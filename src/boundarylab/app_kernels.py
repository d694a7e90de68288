"""The app's kernel manager (Voilà 0.5's, run in the Voilà process): kernels readied ahead of time
stay out of the learner's way.

With `--preheat_kernel`, Voilà readies a kernel for every page when the app starts, while the
learner's browser opens the start page; a dozen kernels starting together on a laptop's few cores
would keep that first page waiting for seconds. So readied kernels wait until the first page's
kernel has run its page and gone quiet (or, with no page asked for, a while), then ready their
pages one at a time. A page opened before its kernel is ready does not queue behind them: it gets a kernel of its
own at once, as without preheating.
"""

import asyncio
from datetime import timedelta

from jupyter_server._tz import utcnow
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

READIED = "VOILA_PREHEAT"  # set by Voilà in the environment of a kernel it readies ahead of time
QUIET = timedelta(seconds=1)  # the first page's kernel idle this long: its page has been sent
AT_THE_LATEST_S = 15.0  # then the readied kernels start whatever the first page is doing
QUIET_AT_MOST_S = 10.0  # a kernel that never goes quiet holds the others back no longer


def _ready(task: asyncio.Future) -> bool:
    return task.done() and not task.cancelled() and task.exception() is None


class ReadiedInTurn(AsyncMappingKernelManager):
    _may_start: asyncio.Event | None = None
    _turn: asyncio.Lock | None = None

    def __init_subclass__(cls, **kwargs):
        """Voilà builds its pooling manager as a subclass of this one; a page uses a readied kernel
        only once it is ready (Voilà's own count includes kernels still starting)."""
        super().__init_subclass__(**kwargs)
        if hasattr(cls, "get_pool_size"):
            cls.get_pool_size = lambda self, notebook_name: sum(map(_ready, self._pools.get(notebook_name, [])))

    def _gate(self) -> asyncio.Event:
        if self._may_start is None:
            self._may_start = asyncio.Event()
            self._turn = asyncio.Lock()
            asyncio.get_running_loop().call_later(AT_THE_LATEST_S, self._may_start.set)
        return self._may_start

    async def _quiet(self, kernel_id: str) -> None:
        """Return once the kernel has sent nothing for a moment: its page has run, or has paused
        until a learner opens it (`boundarylab.widgets.entry.until_opened`); at most QUIET_AT_MOST_S."""
        for _ in range(int(QUIET_AT_MOST_S / 0.25)):
            await asyncio.sleep(0.25)
            kernel = self._kernels.get(kernel_id)
            if kernel is None or (kernel.execution_state != "starting" and utcnow() - kernel.last_activity > QUIET):
                return

    async def _then(self, kernel_id: str, action) -> None:
        try:
            await self._quiet(kernel_id)
        finally:
            action()

    async def start_kernel(self, *args, **kwargs) -> str:
        gate = self._gate()
        assert self._turn is not None
        if kwargs.get("env", {}).get(READIED) != "True":
            kernel_id = await super().start_kernel(*args, **kwargs)
            if not gate.is_set():
                asyncio.get_running_loop().create_task(self._then(kernel_id, gate.set))
            return kernel_id
        await gate.wait()
        await self._turn.acquire()  # released once this kernel has readied its page
        try:
            kernel_id = await super().start_kernel(*args, **kwargs)
        except BaseException:
            self._turn.release()
            raise
        asyncio.get_running_loop().create_task(self._then(kernel_id, self._turn.release))
        return kernel_id
