"""python -m earlyhelp: the checks and the figures without any site generator."""

import sys

from .cli import main

sys.exit(main())
