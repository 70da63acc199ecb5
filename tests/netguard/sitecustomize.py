"""Loaded by every Python process whose PYTHONPATH holds tests/netguard (the command-line
tests' child processes, and the import helper processes they spawn): with
FEEDBACK_DESK_NETGUARD=1 it installs the network guard, so an attempt to reach the network
prints what was tried and exits with status 86."""

import os

if os.environ.get("FEEDBACK_DESK_NETGUARD") == "1":
    import netguard

    netguard.install_for_child()
