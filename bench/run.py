#!/usr/bin/env python3
"""Benchmark: our generator against Hugo on the real playbook replicated to 50, 500 and 5,000 milestones.

Prints figures; it is not a test and CI never runs it. See bench/README.md.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import realistic  # noqa: E402

ROOT = realistic.ROOT
WORK = os.path.join(ROOT, "bench", "work")
BIN = os.path.join(WORK, "bin")
OURS = os.path.join(BIN, "drejebog")
# A folder on the real disk, never /dev/shm: users build onto a disk, and file creation is part of the cost.
OUT = os.path.join(WORK, "out")
THEME = os.path.join(ROOT, "theme")
PIPELINE_LINE = re.compile(r"^  (\S+(?: og \S+)?)\s+\d+ \S+\s+(\d+) ms$")


class Run:
    def __init__(self, stderr, wall):
        self.wall = wall
        self.user = float(re.search(r"User time \(seconds\): ([\d.]+)", stderr).group(1))
        self.sys = float(re.search(r"System time \(seconds\): ([\d.]+)", stderr).group(1))
        self.peak_mb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr).group(1)) / 1024


def sh(cmd, **kwargs):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kwargs)


def prepare():
    for tool, package in (("hugo", "hugo"), ("/usr/bin/time", "time")):
        if not shutil.which(tool):
            print(f"Installing {package} (Debian package) …", flush=True)
            subprocess.run(["apt-get", "install", "-y", "-qq", package], check=True)
    # Published as the README's build command does it: Release, compiled ahead of time (Native AOT).
    print("Publishing the generator (Release, Native AOT) …", flush=True)
    # From scratch, so nothing an earlier publish of other sources left in obj/ is reused.
    shutil.rmtree(BIN, ignore_errors=True)
    for project in ("Drejebog.Site", "Drejebog.Site.Core"):
        shutil.rmtree(os.path.join(ROOT, "src", project, "obj", "Release", "net10.0", "linux-x64"), ignore_errors=True)
    sh(["dotnet", "publish", os.path.join(ROOT, "src", "Drejebog.Site"), "-c", "Release", "-o", BIN, "--nologo", "-v", "q"])
    print("Installing the theme's packages …", flush=True)
    sh([OURS, "check", "-q", "-i", os.path.join(ROOT, "input"), "-t", THEME])


def timed(cmd, cwd):
    """Runs a command under /usr/bin/time -v and returns its Run (wall, user, sys, peak) and stdout."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", *cmd], cwd=cwd, text=True, capture_output=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return Run(result.stderr, wall), result.stdout


def ours_cmd(site_input, out, search):
    # No PDF: Hugo makes none, and printing the whole playbook is measured on its own (bench_pdf).
    return [OURS, "build", "-i", site_input, "-t", THEME, "-o", out, "--no-pdf", *([] if search else ["--no-search"])]


def hugo_cmd(site, out):
    return ["hugo", "--quiet", "-s", site, "-d", out]


def pipelines(stdout):
    return {m.group(1): int(m.group(2)) for m in (PIPELINE_LINE.match(line) for line in stdout.splitlines()) if m}


def clean(folder):
    # Both sides start from no output folder, so neither pays for removing an earlier one.
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run(["sync"], check=True)


# This machine's disk is ext4 without a journal. There, for 5 s after inodes are freed (35 s while
# their inode table block is dirty), creating files near them skips each one after reading its
# block (fs/ext4/ialloc.c, recently_deleted): 5,000 folders with a page each took 2.1 s and 4.0 s
# of system time right after a like tree was deleted, 0.35 s and 0.6 s otherwise (a Python loop,
# bench/README.md). Whichever program writes next pays, and by how much depends on where the
# allocator lands, so a timed clean build writes into a folder that never existed, after a pause
# that lets every earlier deletion age out.
SETTLE_SECONDS = 40


def settle(folders):
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    subprocess.run(["sync"], check=True)
    time.sleep(SETTLE_SECONDS)


def median_run(runs):
    return {key: statistics.median(getattr(r, key) for r in runs) for key in ("wall", "user", "sys", "peak_mb")}


def bench_size(wanted, runs):
    site_input = os.path.join(WORK, f"site-{wanted}", "input")
    hugo_site = os.path.join(WORK, f"hugo-{wanted}")
    milestones = realistic.write_ours(wanted, site_input)
    ours_out, hugo_out = (os.path.join(OUT, f"{which}-{wanted}") for which in ("ours", "hugo"))
    # One untimed build of each warms the file cache and gives Hugo our CSS, fonts and scripts.
    clean(ours_out)
    timed(ours_cmd(site_input, ours_out, search=False), ROOT)
    realistic.write_hugo(site_input, hugo_site, os.path.join(ours_out, "assets"))
    clean(hugo_out)
    timed(hugo_cmd(hugo_site, hugo_out), hugo_site)

    ours, search, hugo, stages = [], [], [], []
    timed_outs = [os.path.join(OUT, f"{which}-{wanted}-{i}") for i in range(runs) for which in ("ours", "search", "hugo")]
    settle(timed_outs)
    for i in range(runs):
        # Alternate the order, so a slow moment of the VM does not always fall on the same side.
        for which in (["ours", "search", "hugo"] if i % 2 == 0 else ["hugo", "search", "ours"]):
            out = os.path.join(OUT, f"{which}-{wanted}-{i}")
            if which == "hugo":
                hugo.append(timed(hugo_cmd(hugo_site, out), hugo_site)[0])
            else:
                run, stdout = timed(ours_cmd(site_input, out, search=which == "search"), ROOT)
                (ours if which == "ours" else search).append(run)
                if which == "ours":
                    stages.append(pipelines(stdout))

    # A rebuild as users run one, into the output the last build left: Hugo writes over its files;
    # ours writes a new folder, swaps it in and deletes the old one (which the next rebuild pays for,
    # above). No pause between runs: users rebuild right after an edit.
    rebuild_ours, rebuild_hugo = [], []
    for i in range(runs):
        for which in (["ours", "hugo"] if i % 2 == 0 else ["hugo", "ours"]):
            if which == "hugo":
                rebuild_hugo.append(timed(hugo_cmd(hugo_site, os.path.join(OUT, f"hugo-{wanted}-0")), hugo_site)[0])
            else:
                rebuild_ours.append(timed(ours_cmd(site_input, os.path.join(OUT, f"ours-{wanted}-0"), search=False), ROOT)[0])

    def count_pages(folder):
        return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(".html"))

    pages, hugo_pages = count_pages(ours_out), count_pages(hugo_out)
    # Deleted now, and aged out before the next size's timed builds.
    for folder in [ours_out, hugo_out, *timed_outs]:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "milestones": milestones, "pages": pages, "hugo_pages": hugo_pages,
        "ours": median_run(ours), "search": median_run(search), "hugo": median_run(hugo),
        "rebuild_ours": median_run(rebuild_ours), "rebuild_hugo": median_run(rebuild_hugo),
        "stages": {name: statistics.median(s.get(name, 0) for s in stages) for name in stages[0]},
    }


def bench_real(runs):
    """The real playbook with search, with the published binary (the one the README's command makes): warm builds."""
    out = os.path.join(OUT, "real")
    walls = []
    for _ in range(runs + 1):
        clean(out)
        walls.append(timed(ours_cmd(os.path.join(ROOT, "input"), out, search=True), ROOT)[0].wall)
    return statistics.median(walls[1:])


README_BUILD = "dotnet publish src/Drejebog.Site -c Release -o bin --nologo -v q && bin/drejebog build"


def bench_readme_command(runs):
    """The README's build command exactly as users type it, after it has compiled once: into the same
    folder each time, as users rebuild, so the whole playbook's PDF is printed once and then reused."""
    out = os.path.join(OUT, "readme")
    cmd = ["sh", "-c", f"{README_BUILD} -o {out}"]
    clean(out)
    walls = [timed(cmd, ROOT)[0].wall for _ in range(runs + 1)]
    return statistics.median(walls[1:])


def bench_first_build():
    """The README's build command on a fresh clone of this commit, as a maintainer's first build after
    `git clone`: NuGet restore, compile, ahead-of-time compilation, the theme's npm install (the build
    does it), build, PDF. NuGet's and npm's caches on this machine are warm, so nothing is downloaded twice."""
    clone = os.path.join(WORK, "clone")
    shutil.rmtree(clone, ignore_errors=True)
    sh(["git", "clone", "-q", ROOT, clone])
    wall = timed(["sh", "-c", f"{README_BUILD} -o {os.path.join(OUT, 'first')}"], clone)[0].wall
    shutil.rmtree(clone, ignore_errors=True)
    return wall


def bench_pdf(runs):
    """Printing the real playbook's PDF: a clean build with it minus one without it."""
    out = os.path.join(OUT, "pdf")
    with_pdf, without = [], []
    for _ in range(runs):
        clean(out)
        with_pdf.append(timed([OURS, "build", "-i", os.path.join(ROOT, "input"), "-t", THEME, "-o", out], ROOT)[0].wall)
        clean(out)
        without.append(timed(ours_cmd(os.path.join(ROOT, "input"), out, search=True), ROOT)[0].wall)
    return statistics.median(with_pdf) - statistics.median(without)


def row(label, r):
    return f"{label:>22} {r['wall']:>7.2f} {r['user']:>7.2f} {r['sys']:>7.2f} {r['peak_mb']:>8.0f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="50,500,5000", help="milestone counts, comma-separated (rounded up to whole copies of the 32)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each build per size")
    args = parser.parse_args()

    os.makedirs(WORK, exist_ok=True)
    prepare()
    results = []
    for wanted in (int(s) for s in args.sizes.split(",")):
        print(f"Benchmarking {wanted} milestones …", flush=True)
        results.append(bench_size(wanted, args.runs))
    print("Benchmarking the real playbook …", flush=True)
    settle([])
    real = bench_real(args.runs)
    readme = bench_readme_command(args.runs)
    fresh = bench_first_build()
    pdf = bench_pdf(args.runs) if shutil.which("chromium") else None
    shutil.rmtree(OUT, ignore_errors=True)

    hugo_version = sh(["hugo", "version"]).stdout.split()[1]
    print(f"\nMedians of {args.runs} alternating runs on {os.cpu_count()} cores, clean builds onto the disk ({OUT}) into folders that never existed, "
          f"{SETTLE_SECONDS} s after the last deletion; rebuilds into the last build's output; "
          f"ours = the README's published Release build (Native AOT), hugo {hugo_version}.\n")
    print(f"{'milestones':>10} {'pages':>6} {'hugo pages':>10}   {'build':>22} {'wall s':>7} {'user s':>7} {'sys s':>7} {'peak MB':>8}")
    for r in results:
        first = f"{r['milestones']:>10} {r['pages']:>6} {r['hugo_pages']:>10}   "
        print(first + row("ours, no search", r["ours"]))
        print(" " * len(first) + row("ours, with search", r["search"]))
        print(" " * len(first) + row("hugo", r["hugo"]))
        print(" " * len(first) + row("ours, rebuild", r["rebuild_ours"]))
        print(" " * len(first) + row("hugo, rebuild", r["rebuild_hugo"]))
    print(f"\n{'milestones':>10} {'ours/hugo wall':>15} {'ours/hugo cpu':>14} {'search/no search':>17} {'rebuild ours/hugo':>18}")
    for r in results:
        cpu = (r["ours"]["user"] + r["ours"]["sys"]) / (r["hugo"]["user"] + r["hugo"]["sys"])
        print(f"{r['milestones']:>10} {r['ours']['wall'] / r['hugo']['wall']:>15.2f} {cpu:>14.2f} {r['search']['wall'] / r['ours']['wall']:>17.2f}"
              f" {r['rebuild_ours']['wall'] / r['rebuild_hugo']['wall']:>18.2f}")
    print("\nOur time per pipeline without search (ms, median):")
    names = list(results[-1]["stages"].keys())
    print(f"{'milestones':>10} " + " ".join(f"{name:>16}" for name in names))
    for r in results:
        print(f"{r['milestones']:>10} " + " ".join(f"{r['stages'].get(name, 0):>16.0f}" for name in names))
    if len(results) >= 2:
        small, large = results[-2], results[-1]
        print(f"\nGrowth: wall({large['milestones']}) / wall({small['milestones']}) = {large['ours']['wall'] / small['ours']['wall']:.2f} "
              f"for {large['milestones'] / small['milestones']:.1f}× the milestones")
    print(f"Real playbook (input/) with search, published binary: {real:.3f} s")
    print(f"Real playbook, the README's command (`dotnet publish … && bin/drejebog build`), warm, PDF reused: {readme:.3f} s")
    print(f"Real playbook, the README's command, first build of a fresh clone (restore, compile, AOT, npm install, build, PDF): {fresh:.1f} s")
    print("Printing the real playbook's PDF (clean build with it minus without): " + ("no Chromium" if pdf is None else f"{pdf:.2f} s"))


if __name__ == "__main__":
    main()
