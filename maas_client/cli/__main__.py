"""`python -m maas_client.cli` is the `maas` command."""

import sys

from . import main

sys.exit(main())
