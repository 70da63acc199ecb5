"""The frozen app's entry point: the same main() as `feedback-desk` and `python -m feedback_desk`.

On Linux, PyInstaller's bootloader starts the app with LD_LIBRARY_PATH pointing into the
bundle. The dynamic loader has read it by the time this runs, so the app does not need it any
more; but every program the app starts would inherit it (xdg-open, the file manager it opens
for "Show the backups folder") and load the bundle's libraries instead of its own. It is put
back as it was before the app started. The import helper process is the frozen program
itself: PYINSTALLER_RESET_ENVIRONMENT has its bootloader start afresh, setting the variable
again for it alone.
"""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    before = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if before is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = before
    os.environ["PYINSTALLER_RESET_ENVIRONMENT"] = "1"

from feedback_desk.cli import main

raise SystemExit(main())
