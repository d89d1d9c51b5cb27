"""The ``letopis`` command line.

Each part of letopis registers its own commands (``register(commands)`` in its
``commands`` module), so this file only dispatches and turns errors into one line.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Optional

from letopis import __version__
from letopis.errors import UserError

COMMAND_MODULES = [
    "letopis.kb.commands",
    "letopis.kb.eval_commands",
    "letopis.nlp.evaluate_ner",
    "letopis.nlp.commands",
    "letopis.events.commands",
    "letopis.api.commands",
    "letopis.corpus.commands",
]


@dataclass
class Commands:
    """Where a module adds its sub-commands: the top level, or under ``letopis eval``."""

    top: Any  # argparse sub-parsers of ``letopis``
    eval: Any  # argparse sub-parsers of ``letopis eval``


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other user error
        raise UserError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="letopis", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"letopis {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    top = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    evaluation = top.add_parser("eval", help="score letopis against gold data")
    eval_commands = evaluation.add_subparsers(dest="eval_command", metavar="WHAT", parser_class=Parser)
    evaluation.set_defaults(handler=lambda args: evaluation.print_help() or 2)
    commands = Commands(top=top, eval=eval_commands)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        logging.basicConfig(
            level=logging.WARNING - 10 * min(args.verbose, 2),
            format="%(levelname)s %(name)s: %(message)s",
        )
        handler: Optional[Callable[[argparse.Namespace], int]] = getattr(args, "handler", None)
        if handler is None:
            parser.print_help()
            return 2
        return handler(args) or 0
    except UserError as error:
        print(f"letopis: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("letopis: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `letopis analyze ... | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
