"""The one headless Chromium every browser test drives (../shared/recipes/browser.md): Debian's
chromium, never a downloaded one, kept to loopback."""

import os
import re
import shutil
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS", "test-artifacts"))
# matched inside the browser driver, so loopback requests are never held up by Python
NOT_LOOPBACK = re.compile(r"^(https?|wss?)://(?!127\.0\.0\.1[:/]|localhost[:/])")
