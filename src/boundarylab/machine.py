"""What this process may use of the machine."""

import os


def usable_cores() -> int:
    """The CPU cores this process may run on (a container or `taskset` can allow fewer than the machine has)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
