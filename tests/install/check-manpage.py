#!/usr/bin/env python3
"""mentordesk-cli(1) says what mentordesk-cli --help says, and renders cleanly.

    check-manpage.py CLI PAGE

Every command that `mentordesk-cli --help` lists, and every option it names,
is in the page the build wrote (PAGE, as installed: mentordesk-cli.1.gz
where gzip is found) as man renders it; `man -l` renders it
without a warning; and the builder's home folder is not in it. Exits 1 with
the reasons otherwise.
"""
import gzip
import os
import re
import subprocess
import sys


def english_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_MESSAGES", "LANG")}
    env.update(LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen", **extra)
    return env


def help_commands(help_text):
    """The command names of the "Commands:" list: its lines indented by two."""
    commands, listing = [], False
    for line in help_text.splitlines():
        if line == "Commands:":
            listing = True
        elif listing and re.match(r"^  \S", line):
            words = []
            for word in line.split():
                if word.startswith(("-", "[", "<")) or word[:1].isupper():
                    break
                words.append(word)
            commands.append(" ".join(words))
        elif listing and line and not line.startswith(" "):
            listing = False
    return commands


def plain(rendered):
    text = re.sub(r".\x08", "", rendered)  # overstrike bold and underline
    for dash in ("\u2212", "\u2010", "\u2011"):
        text = text.replace(dash, "-")
    return " ".join(text.split())


def main():
    cli, page = sys.argv[1], sys.argv[2]
    problems = []
    shown = subprocess.run([cli, "--help"], capture_output=True, text=True, env=english_env())
    if shown.returncode != 0:
        print(f"{cli} --help failed: {shown.stderr}")
        return 1
    commands = help_commands(shown.stdout)
    if len(commands) < 10:
        problems.append(f"only {len(commands)} commands read from --help: {commands}")
    options = set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", shown.stdout))

    rendered = subprocess.run(["man", "--warnings", "-l", page], capture_output=True, text=True,
                              env=english_env(MANWIDTH="80", MANPAGER="cat", PAGER="cat"))
    if rendered.returncode != 0 or rendered.stderr.strip():
        problems.append(f"man -l {page} warned or failed ({rendered.returncode}):\n"
                        f"{rendered.stderr}")
    text = plain(rendered.stdout)
    for command in commands:
        if not re.search(r"(?<![\w-])" + re.escape(command) + r"(?![\w-])", text):
            problems.append(f"the command '{command}' of --help is not in the page")
    for option in sorted(options):
        if not re.search(re.escape(option) + r"(?![\w-])", text):
            problems.append(f"the option '{option}' of --help is not in the page")
    # As installed, compressed (gzip -9n) where the build found gzip.
    opener = gzip.open if page.endswith(".gz") else open
    with opener(page, "rt", encoding="utf-8") as source:
        roff = source.read()
    home = os.path.expanduser("~")
    if len(home) > 1 and home in roff:
        problems.append(f"the page holds the builder's home folder {home}")
    if not re.search(r"^\.TH MENTORDESK\\-CLI 1 ", roff, re.M):
        problems.append("the page has no .TH line")

    if problems:
        print("\n".join(problems))
        return 1
    print(f"{page}: {len(commands)} commands and {len(options)} options, as in --help.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
