"""Entry point of the frozen bundle: the same `ruraldesk` command."""

import sys

from ruraldesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
