#!/usr/bin/env python3
"""`cpack -G DEB` makes a package that installs and runs.

    check-deb.py CPACK BUILD_DIR WORK_DIR VERSION [MAN_PAGE]

Builds the package from BUILD_DIR into WORK_DIR, reads its control fields
(the Qt and SQLCipher libraries among the dependencies dpkg-shlibdeps
found), unpacks it into a throwaway root with `dpkg -x` (no root needed),
runs the unpacked mentordesk-cli --version (it links the system's Qt), and
checks that every file the AppStream metainfo and the desktop entry name is
where they say, and that the manual page is usr/share/man/man1/MAN_PAGE
(mentordesk-cli.1.gz by default), compressed as lintian wants it: gzip at
the best level, without a time stamp. Exits 1 with the reasons otherwise.
"""
import configparser
import glob
import gzip
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET


def gzip_problems(path):
    """What lintian would say of a compressed manual page: its gzip header
    (RFC 1952) must carry no time stamp or file name (gzip -n) and mark the
    best compression (gzip -9), and it must decompress to a roff page."""
    with open(path, "rb") as f:
        header = f.read(10)
    problems = []
    if header[:2] != b"\x1f\x8b":
        return [f"{path} is not gzip-compressed"]
    flags, mtime, extra = header[3], int.from_bytes(header[4:8], "little"), header[8]
    if mtime != 0 or flags & 0x08:
        problems.append(f"{path} holds a time stamp or a file name (use gzip -n)")
    if extra != 2:
        problems.append(f"{path} is not compressed at the best level (use gzip -9)")
    with gzip.open(path, "rt", encoding="utf-8") as page:
        if "\n.TH MENTORDESK" not in page.read():
            problems.append(f"{path} does not decompress to a manual page")
    return problems


def main():
    cpack, build_dir, work, version = sys.argv[1:5]
    man_name = sys.argv[5] if len(sys.argv) > 5 else "mentordesk-cli.1.gz"
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    made = subprocess.run([cpack, "-G", "DEB", "--config",
                           os.path.join(build_dir, "CPackConfig.cmake"), "-B", work],
                          capture_output=True, text=True)
    if made.returncode != 0:
        print(f"cpack failed ({made.returncode}):\n{made.stdout}\n{made.stderr}")
        return 1
    debs = glob.glob(os.path.join(work, "*.deb"))
    if len(debs) != 1:
        print(f"expected one .deb in {work}, found {debs}\n{made.stdout}")
        return 1
    deb = debs[0]
    problems = []

    def field(name):
        return subprocess.run(["dpkg-deb", "-f", deb, name], capture_output=True,
                              text=True).stdout.strip()

    if field("Package") != "mentordesk":
        problems.append(f"Package is {field('Package')!r}")
    if field("Version") != version:
        problems.append(f"Version is {field('Version')!r}, not {version}")
    depends = field("Depends")
    for library in ("libqt6core6", "libqt6widgets6", "libsqlcipher", "libsodium", "libical3",
                     "libqt6svg6", "qt6-translations-l10n"):
        if library not in depends:
            problems.append(f"Depends lacks {library}: {depends}")
    listing = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True).stdout
    for line in listing.splitlines():
        path = line.split()[-1]
        if not (path in ("./", "./usr/") or path.startswith(("./usr/bin/", "./usr/share/"))):
            problems.append(f"the package installs {path}")

    root = os.path.join(work, "root")
    subprocess.run(["dpkg", "-x", deb, root], check=True)
    usr = os.path.join(root, "usr")
    cli = os.path.join(usr, "bin", "mentordesk-cli")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    env.pop("LD_LIBRARY_PATH", None)
    ran = subprocess.run([cli, "--version"], capture_output=True, text=True, env=env)
    if ran.returncode != 0 or ran.stdout.strip() != f"mentordesk-cli {version}":
        problems.append(f"{cli} --version ({ran.returncode}): {ran.stdout}{ran.stderr}")
    elif ran.stderr:
        problems.append(f"{cli} --version wrote to stderr: {ran.stderr}")

    metainfo_path = os.path.join(usr, "share", "metainfo", "org.mentordesk.MentorDesk.metainfo.xml")
    if not os.path.isfile(metainfo_path):
        problems.append("no metainfo in usr/share/metainfo")
    else:
        metainfo = ET.parse(metainfo_path).getroot()
        for launchable in metainfo.findall("launchable[@type='desktop-id']"):
            desktop_path = os.path.join(usr, "share", "applications", launchable.text)
            if not os.path.isfile(desktop_path):
                problems.append(f"the launchable {launchable.text} is not in usr/share/applications")
                continue
            entry = configparser.ConfigParser(interpolation=None)
            entry.optionxform = str
            entry.read(desktop_path, encoding="utf-8")
            desktop = entry["Desktop Entry"]
            program = desktop["Exec"].split()[0]
            if not os.access(os.path.join(usr, "bin", program), os.X_OK):
                problems.append(f"Exec={program} is not in usr/bin")
            icons = glob.glob(os.path.join(usr, "share", "icons", "hicolor", "*", "apps",
                                           desktop["Icon"] + ".*"))
            if not icons:
                problems.append(f"Icon={desktop['Icon']} is not in the hicolor theme")
        for binary in metainfo.iter("binary"):
            if not os.access(os.path.join(usr, "bin", binary.text), os.X_OK):
                problems.append(f"the metainfo provides {binary.text}, not in usr/bin")
    man_dir = os.path.join(usr, "share", "man", "man1")
    pages = sorted(os.path.basename(p) for p in glob.glob(os.path.join(man_dir, "mentordesk-cli.1*")))
    if pages != [man_name]:
        problems.append(f"usr/share/man/man1 holds {pages}, not {man_name}")
    elif man_name.endswith(".gz"):
        problems += gzip_problems(os.path.join(man_dir, man_name))

    if problems:
        print("\n".join(problems))
        return 1
    print(f"{os.path.basename(deb)} unpacks, runs and holds what its metainfo names.")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
