"""python -m refcheck update [PATH ...]   write expected outputs (make update-outputs)
python -m refcheck run PATH              run one snippet as the tests do, print what is wrong"""

from __future__ import annotations

import argparse
import sys

from refcheck import outputs, runner


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m refcheck", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    u = sub.add_parser("update", help="write the expected outputs of these snippets on this Python")
    u.add_argument("paths", nargs="*", metavar="PATH")
    u.add_argument("--jobs", type=int, default=4)
    r = sub.add_parser("run", help="run snippets as the tests do and report what differs")
    r.add_argument("paths", nargs="+", metavar="PATH")
    r.add_argument("--real-time", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "update":
        return outputs.update(args.paths, args.jobs)
    bad = 0
    for snippet in outputs.select(args.paths):
        reason = runner.skip_reason(snippet)
        found = [] if reason else runner.problems(runner.run(snippet, real_time=args.real_time))
        bad += bool(found)
        print("\n".join(found) if found else f"ok   {snippet}" + (f" (skipped: {reason})" if reason else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
