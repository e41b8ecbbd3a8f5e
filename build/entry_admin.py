"""Frozen entry point of the squaddesk-admin console tool (build/squaddesk.spec)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
