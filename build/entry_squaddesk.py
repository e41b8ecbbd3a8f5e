"""Frozen entry point of the SquadDesk desktop app (build/squaddesk.spec): ui.main.main()."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
