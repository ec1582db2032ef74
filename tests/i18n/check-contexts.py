#!/usr/bin/env python3
"""Every user-facing string can be translated.

Runs lupdate on the sources into a scratch catalogue and fails when:
  1. lupdate warns (a tr() outside a class that declares its translation
     context, "Cannot invoke tr() like this", …): such strings are filed under
     a context that no code translates under;
  2. the catalogue holds a context that no code translates under: every
     context must be a Q_OBJECT class, a Q_DECLARE_TR_FUNCTIONS(context) or the
     literal first argument of QCoreApplication::translate / QT_TRANSLATE_NOOP;
  3. a string is passed to tr() or translate() through a variable in a file
     that marks no string with QT_TR_NOOP / QT_TRANSLATE_NOOP: lupdate cannot
     see such a string, so it is never translated.

Usage: check-contexts.py LUPDATE SOURCE_DIR WORK_DIR
"""

import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SCANNED = ("core", "ui", "app")
SUFFIXES = {".cpp", ".h", ".ui"}

DECLARE_TR = re.compile(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)")
TRANSLATE_LITERAL = re.compile(r"\btranslate\(\s*\"([^\"]+)\"")
NOOP_CONTEXT = re.compile(r"QT_TRANSLATE_NOOP\d?\(\s*\"([^\"]+)\"")
NAMESPACE = re.compile(r"\bnamespace\s+([\w:]+)\s*\{")
CLASS_WITH_BODY = re.compile(r"\b(?:class|struct)\s+(\w+)(?:\s+final)?\s*(?::[^{;]*)?\{")
# tr(identifier) or translate("ctx", identifier): the text is not a literal.
TR_VARIABLE = re.compile(r"(?<![\w.:>])tr\(\s*([A-Za-z_][\w.\->]*)\s*[,)]")
TRANSLATE_VARIABLE = re.compile(r"\btranslate\(\s*[^,()]+,\s*([A-Za-z_][\w.\->]*(?:\(\))?)\s*[,)]")
NOOP_ANY = re.compile(r"QT_TR_NOOP|QT_TRANSLATE_NOOP")


def sources(root):
    for folder in SCANNED:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in SUFFIXES and path.is_file():
                yield path


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def translating_contexts(root):
    """The contexts that code translates under."""
    contexts = set()
    for path in sources(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".ui":
            match = re.search(r"<class>([^<]+)</class>", text)
            if match:  # uic's retranslateUi translates under the class name
                contexts.add(match.group(1))
            continue
        code = strip_comments(text)
        contexts.update(DECLARE_TR.findall(code))
        contexts.update(TRANSLATE_LITERAL.findall(code))
        if "Q_OBJECT" not in code and "Q_GADGET" not in code:
            continue
        namespaces = []
        for name in NAMESPACE.findall(code):
            namespaces.append(name)
        prefixes = {""} | {ns + "::" for ns in namespaces}
        # A namespace nested in another (namespace md { namespace cli {).
        for outer in namespaces:
            for inner in namespaces:
                prefixes.add(f"{outer}::{inner}::")
        for match in CLASS_WITH_BODY.finditer(code):
            body_start = match.end()
            depth, index = 1, body_start
            while index < len(code) and depth:
                depth += {"{": 1, "}": -1}.get(code[index], 0)
                index += 1
            body = code[body_start:index]
            if "Q_OBJECT" in body or "Q_GADGET" in body:
                for prefix in prefixes:
                    contexts.add(prefix + match.group(1))
    return contexts


def invisible_strings(root):
    problems = []
    for path in sources(root):
        if path.suffix == ".ui":
            continue
        code = strip_comments(path.read_text(encoding="utf-8", errors="replace"))
        if NOOP_ANY.search(code):
            continue
        for pattern in (TR_VARIABLE, TRANSLATE_VARIABLE):
            for match in pattern.finditer(code):
                line = code.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(root)}:{line}: text passed as "
                                f"'{match.group(1)}' is invisible to lupdate; translate a "
                                f"literal, or mark the strings with QT_TRANSLATE_NOOP")
    return problems


def main():
    lupdate, root, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    catalogue = work / "contexts.ts"
    catalogue.unlink(missing_ok=True)
    run = subprocess.run(
        [lupdate, "-no-obsolete", "-extensions", "cpp,h,ui", "-I", str(root / "core"), "-I",
         str(root / "ui")] + [str(root / folder) for folder in SCANNED] + ["-ts", str(catalogue)],
        capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout, run.stderr)
        return 1
    failures = []
    for line in (run.stdout + run.stderr).splitlines():
        if re.match(r"^(Scanning|Updating|Found|    Found)", line.strip()) or not line.strip():
            continue
        if ": " in line:
            failures.append(f"lupdate: {line.strip()}")

    known = translating_contexts(root)
    tree = ET.parse(catalogue)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        if name not in known:
            messages = [m.findtext("source") for m in context.iter("message")]
            failures.append(f"context '{name}' is translated under by no code; its "
                            f"{len(messages)} message(s) can never be shown translated, e.g. "
                            f"{messages[0]!r}")
    failures += invisible_strings(root)

    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} problem(s): strings that cannot be translated.")
        return 1
    count = sum(1 for _ in tree.getroot().iter("message"))
    print(f"All {count} messages are filed under contexts the code translates under.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
