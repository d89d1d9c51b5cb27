import sys

from letopis.cli import main

sys.exit(main())
