#!/usr/bin/env python3
"""Writes the English plural forms lupdate leaves unfinished in
translations/mentordesk_en.ts: "%n session(s)" becomes "%n session" and
"%n sessions". Run it after `update_translations`, then read the diff: a
sentence whose verb changes with the number ("was"/"were") needs its forms
written by hand, in SPECIAL below. The english_plurals test fails while any
form is missing."""
import html
import re
import sys
from pathlib import Path

SPECIAL = {
    '%n credit(s) of "%1" expire on %2.': (
        '%n credit of "%1" expires on %2.',
        '%n credits of "%1" expire on %2.',
    ),
    "%n event(s) changed on the calendar server wait for your choice.": (
        "%n event changed on the calendar server waits for your choice.",
        "%n events changed on the calendar server wait for your choice.",
    ),
    "%n action(s) were already in the plan.": (
        "%n action was already in the plan.",
        "%n actions were already in the plan.",
    ),
}

# Empty, or guessed by lupdate from the same text in another context: either
# way the forms are written afresh.
UNFINISHED = re.compile(r'<translation type="unfinished">.*?</translation>', re.S)


def escape(text):
    return html.escape(text, quote=False).replace('"', "&quot;")


def fill(match):
    block = match.group(0)
    if 'type="unfinished"' not in block or 'numerus="yes"' not in block:
        return block
    source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    one, many = SPECIAL.get(source, (source.replace("(s)", ""), source.replace("(s)", "s")))
    forms = (
        "<translation>\n"
        f"            <numerusform>{escape(one)}</numerusform>\n"
        f"            <numerusform>{escape(many)}</numerusform>\n"
        "        </translation>"
    )
    return UNFINISHED.sub(lambda _: forms, block)


def main():
    path = Path(sys.argv[1] if len(sys.argv) > 1 else
                Path(__file__).resolve().parent.parent / "translations" / "mentordesk_en.ts")
    text = path.read_text(encoding="utf-8")
    filled = re.sub(r"<message\b.*?</message>", fill, text, flags=re.S)
    path.write_text(filled, encoding="utf-8")
    left = filled.count('type="unfinished"')
    print(f"{path}: {left} unfinished message(s) left")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
