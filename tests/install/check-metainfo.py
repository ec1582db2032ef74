#!/usr/bin/env python3
"""The AppStream metainfo and the desktop entry are valid and agree.

    check-metainfo.py SOURCE_DIR VERSION

appstreamcli validate --no-net --strict finds no error and no warning;
desktop-file-validate finds nothing in the desktop entry; the component id
is the desktop entry's installed name, which the launchable names; every
screenshot is a docs/screenshot-*.png of the README under the same name, and
every one of those is a screenshot; the newest release is the project's
version. Exits 1 with the reasons otherwise.
"""
import glob
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

# The name CMakeLists.txt installs resources/mentordesk.desktop under.
DESKTOP_ID = "org.mentordesk.MentorDesk.desktop"


def run(command):
    done = subprocess.run(command, capture_output=True, text=True)
    return done.returncode, (done.stdout + done.stderr).strip()


def main():
    source, version = sys.argv[1], sys.argv[2]
    metainfo = os.path.join(source, "resources", "org.mentordesk.MentorDesk.metainfo.xml")
    desktop = os.path.join(source, "resources", "mentordesk.desktop")
    problems = []

    code, output = run(["appstreamcli", "validate", "--no-net", "--strict", metainfo])
    if code != 0:
        problems.append("appstreamcli validate:\n" + output)
    code, output = run(["desktop-file-validate", desktop])
    if code != 0 or output:
        problems.append("desktop-file-validate:\n" + output)

    root = ET.parse(metainfo).getroot()
    component_id = root.findtext("id")
    if component_id + ".desktop" != DESKTOP_ID:
        problems.append(f"the id {component_id} is not the desktop entry's name {DESKTOP_ID}")
    launchables = [l.text for l in root.findall("launchable[@type='desktop-id']")]
    if launchables != [DESKTOP_ID]:
        problems.append(f"the launchable is {launchables}, not {DESKTOP_ID}")

    shown = set()
    for image in root.iter("image"):
        name = image.text.rsplit("/", 1)[-1]
        if not image.text.startswith("https://") or f"/docs/{name}" not in image.text:
            problems.append(f"{image.text} is not a docs/ screenshot's URL")
        shown.add(name)
    in_docs = {os.path.basename(p) for p in glob.glob(os.path.join(source, "docs", "screenshot-*.png"))}
    for name in sorted(shown - in_docs):
        problems.append(f"the screenshot {name} is not in docs/")
    for name in sorted(in_docs - shown):
        problems.append(f"docs/{name} is not among the metainfo's screenshots")

    releases = [r.get("version") for r in root.iter("release")]
    if not releases or releases[0] != version:
        problems.append(f"the newest release is {releases[:1]}, the project's version {version}")
    if root.find("content_rating") is None:
        problems.append("no content rating")

    if problems:
        print("\n".join(problems))
        return 1
    print(f"{metainfo} and {desktop} are valid and agree.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
