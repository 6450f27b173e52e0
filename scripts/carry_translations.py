"""Carry finished translations over to entries whose context changed (same English text).

When a string moves to another home, ``make transup`` (pylupdate5 -noobsolete) files it
under its new context as unfinished and drops the old entry. This fills each unfinished
entry of ``i18n/riskmap_<lang>.ts`` with the finished translation of the same source text
in the catalogue as it was at a git revision (default ``HEAD``), whatever its context
there; the file's layout is kept (pylupdate5's own). It prints what it filled and what
is still unfinished.

    make transup && python scripts/carry_translations.py [--rev main] && make transcompile
"""

from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ar", "ckb", "fr")
MESSAGE = re.compile(r"<message>.*?</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
FINISHED = re.compile(r'<translation(?: type="vanished")?>(.*?)</translation>', re.S)
# pylupdate5 may prefill a moved entry with a guess, still marked unfinished.
UNFINISHED = re.compile(r'<translation type="unfinished">(.*?)</translation>', re.S)


def finished_by_source(text: str) -> dict[str, str]:
    """Source → finished translation (both as written in the .ts file, XML-escaped)."""
    found = {}
    for message in MESSAGE.findall(text):
        source, translation = SOURCE.search(message), FINISHED.search(message)
        if source and translation and translation.group(1).strip():
            found.setdefault(source.group(1), translation.group(1))
    return found


def carried(text: str, known: dict[str, str]) -> tuple[str, int, list[str]]:
    """``text`` with its unfinished entries filled from ``known``; the count; what is left."""
    filled, left = 0, []

    def fill(match: re.Match) -> str:
        nonlocal filled
        message = match.group(0)
        source = SOURCE.search(message)
        if UNFINISHED.search(message) is None or source is None:
            return message
        if source.group(1) not in known:
            left.append(source.group(1))
            return message
        filled += 1
        translation = f"<translation>{known[source.group(1)]}</translation>"
        return UNFINISHED.sub(lambda _: translation, message)

    return MESSAGE.sub(fill, text), filled, left


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", default="HEAD", help="the git revision to carry from")
    args = parser.parse_args()
    for language in LANGUAGES:
        path = ROOT / "i18n" / f"riskmap_{language}.ts"
        before = subprocess.run(
            ["git", "show", f"{args.rev}:i18n/{path.name}"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        text, filled, left = carried(path.read_text(encoding="utf-8"), finished_by_source(before))
        path.write_text(text, encoding="utf-8")
        print(f"{language}: {filled} carried over, {len(left)} still unfinished")
        for source in left:
            print(f"  {source}")


if __name__ == "__main__":
    main()
