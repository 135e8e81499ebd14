"""`python -m skill_ladder` is the same as the `skill-ladder` command."""

import sys

from skill_ladder.app import main

sys.exit(main())
