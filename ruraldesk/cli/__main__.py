import sys

from ruraldesk.cli import main

sys.exit(main())
