"""``python -m scanner`` runs the ``scanner`` command."""

import sys

from scanner.cli import main

sys.exit(main())
