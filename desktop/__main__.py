"""``python -m desktop``: the same as the ``promptdesk`` command."""

import sys

from desktop.cli import main

sys.exit(main())
