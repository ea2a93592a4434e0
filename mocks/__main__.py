"""`python -m mocks`: see mocks/cli.py."""

import sys

from mocks.cli import main

sys.exit(main(prog="python -m mocks"))
