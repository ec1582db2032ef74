#!/usr/bin/env python3
"""Move a Qt Linguist catalogue's messages to and from a flat JSON list.

Many messages share one source text across contexts; translating each
distinct (source, comment, plural) once keeps the terms consistent.

  ts-strings.py export translations/mentordesk_fr.ts > fr.json
      one entry per distinct message: id, source, comment, numerus,
      contexts, a source location, and the current translation ("" or a
      list of plural forms) with "finished"
  ts-strings.py import translations/mentordesk_fr.ts fr-done.json [...]
      each file maps id (as a string) to a translation (a string, or a
      list of plural forms); every message with that source is updated and
      marked finished
  ts-strings.py check translations/mentordesk_fr.ts
      lists unfinished messages and placeholder mismatches (%1, %n, ...)
"""

import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def messages(tree):
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            yield name, message


def key_of(message):
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def distinct(tree):
    entries = {}
    for context, message in messages(tree):
        key = key_of(message)
        entry = entries.get(key)
        if entry is None:
            location = message.find("location")
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            entry = {
                "id": len(entries),
                "source": key[0],
                "comment": key[1],
                "numerus": key[2],
                "contexts": [],
                "location": location.get("filename") if location is not None else "",
                "translation": [f.text or "" for f in forms] if key[2] else (translation.text or ""),
                "finished": translation.get("type") is None,
            }
            entries[key] = entry
        if context not in entry["contexts"]:
            entry["contexts"].append(context)
        # One unfinished occurrence makes the entry unfinished, so an export
        # lists it and an import completes every context.
        if message.find("translation").get("type") is not None:
            entry["finished"] = False
    return list(entries.values())


def export(path):
    tree = ET.parse(path)
    json.dump(distinct(tree), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def write(tree, path):
    # Keep the header lupdate writes, so a later lupdate run changes little.
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body)
        out.write("\n")


def import_(path, done_files):
    tree = ET.parse(path)
    by_id = {str(e["id"]): e for e in distinct(tree)}
    wanted = {}
    for done in done_files:
        with open(done, encoding="utf-8") as f:
            for entry_id, translation in json.load(f).items():
                entry = by_id.get(str(entry_id))
                if entry is None:
                    sys.exit(f"{done}: no message with id {entry_id}")
                key = (entry["source"], entry["comment"], entry["numerus"])
                wanted[key] = translation
    updated = 0
    for _, message in messages(tree):
        key = key_of(message)
        if key not in wanted:
            continue
        translation = message.find("translation")
        value = wanted[key]
        for child in list(translation):
            translation.remove(child)
        if key[2]:
            forms = value if isinstance(value, list) else [value]
            translation.text = "\n            "
            for form in forms:
                element = ET.SubElement(translation, "numerusform")
                element.text = form
                element.tail = "\n            "
            translation[-1].tail = "\n        "
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        updated += 1
    write(tree, path)
    print(f"{updated} messages updated", file=sys.stderr)


def check(path):
    tree = ET.parse(path)
    problems = 0
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            print(f"{context}: {translation.get('type')}: {source!r}")
            problems += 1
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            found = sorted(set(PLACEHOLDER.findall(text)))
            # A singular plural form may spell the number out ("one client").
            if found != expected and not (forms and set(found) == set(expected) - {"%n"}):
                print(f"{context}: placeholders {found} != {expected}: {source!r} -> {text!r}")
                problems += 1
    print(f"{problems} problems", file=sys.stderr)
    return 1 if problems else 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "export":
        export(argv[2])
    elif len(argv) >= 4 and argv[1] == "import":
        import_(argv[2], argv[3:])
    elif len(argv) == 3 and argv[1] == "check":
        return check(argv[2])
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
