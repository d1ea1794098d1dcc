#!/usr/bin/env python3
"""Benchmark: our generator against Hugo on the same synthetic playbooks, plus Pagefind and the real site.

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
import synthetic  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WORK = os.path.join(ROOT, "bench", "work")
BIN = os.path.join(WORK, "bin")
OURS = os.path.join(BIN, "drejebog")
# Outputs go to memory when the machine has a tmpfs, so both generators are timed on their work,
# not on this VM's disk, whose file-creation speed varies threefold from run to run.
OUT = "/dev/shm/drejebog-bench" if os.path.isdir("/dev/shm") else os.path.join(WORK, "out")
THEME = os.path.join(ROOT, "theme")
PAGEFIND = os.path.join(THEME, "node_modules", ".bin", "pagefind")
PIPELINE_LINE = re.compile(r"^  (\S+)\s+.*?\s(\d+) ms$")


def sh(cmd, **kwargs):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kwargs)


def prepare():
    if not shutil.which("hugo"):
        print("Installing hugo (Debian package) …", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "hugo"], check=True)
    if not os.path.exists("/usr/bin/time"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "time"], check=True)
    print("Publishing the generator (Release, ReadyToRun) …", flush=True)
    sh(["dotnet", "publish", os.path.join(ROOT, "src", "Drejebog.Site"), "-c", "Release", "-r", "linux-x64",
        "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", BIN, "--nologo", "-v", "q"])
    print("Installing the theme's packages …", flush=True)
    sh([OURS, "check", "-q", "-i", os.path.join(ROOT, "input"), "-t", THEME])


def timed(cmd, cwd):
    """Runs a command under /usr/bin/time -v; returns (wall seconds, peak KB, stdout)."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", *cmd], cwd=cwd, text=True, capture_output=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({result.returncode}):\n{result.stdout}\n{result.stderr[-3000:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return wall, peak, result.stdout


def ours_cmd(site, out, search=False):
    return [OURS, "build", "-i", os.path.join(site, "input"), "-t", THEME, "-o", out, *([] if search else ["--no-search"])]


def hugo_cmd(site, out):
    return ["hugo", "--quiet", "-s", site, "-d", out]


def pipelines(stdout):
    times = {}
    for line in stdout.splitlines():
        match = PIPELINE_LINE.match(line)
        if match:
            times[match.group(1)] = int(match.group(2))
    return times


def bench_size(n, runs):
    site = os.path.join(WORK, f"site-{n}")
    hugo_site = os.path.join(WORK, f"hugo-{n}")
    book = synthetic.Playbook(n)
    synthetic.write_ours(book, os.path.join(site, "input"))
    ours_out, hugo_out = os.path.join(OUT, f"ours-{n}"), os.path.join(OUT, f"hugo-{n}")
    # One untimed build of each, to warm the file cache and give Hugo the same static assets.
    # The folder goes first: drejebog refuses to replace a folder it did not make (an older run's).
    shutil.rmtree(ours_out, ignore_errors=True)
    timed(ours_cmd(site, ours_out), site)
    synthetic.write_hugo(book, hugo_site, os.path.join(ours_out, "assets"))
    timed(hugo_cmd(hugo_site, hugo_out), hugo_site)

    ours, hugo, peaks, stages = [], [], [], []
    for i in range(runs):
        order = ["ours", "hugo"] if i % 2 == 0 else ["hugo", "ours"]
        for which in order:
            if which == "ours":
                shutil.rmtree(ours_out, ignore_errors=True)
                wall, peak, stdout = timed(ours_cmd(site, ours_out), site)
                ours.append(wall)
                peaks.append(peak)
                stages.append(pipelines(stdout))
            else:
                shutil.rmtree(hugo_out, ignore_errors=True)
                wall, _, _ = timed(hugo_cmd(hugo_site, hugo_out), hugo_site)
                hugo.append(wall)

    search = []
    for _ in range(runs):
        shutil.rmtree(os.path.join(ours_out, "pagefind"), ignore_errors=True)
        start = time.perf_counter()
        sh([PAGEFIND, "--site", ours_out, "--silent"])
        search.append(time.perf_counter() - start)

    pages = sum(1 for _, _, files in os.walk(ours_out) for f in files if f.endswith(".html"))
    hugo_pages = sum(1 for _, _, files in os.walk(hugo_out) for f in files if f.endswith(".html"))
    names = list(stages[0].keys())
    return {
        "n": n, "pages": pages, "hugo_pages": hugo_pages,
        "ours": statistics.median(ours), "hugo": statistics.median(hugo),
        "peak_mb": max(peaks) / 1024, "search": statistics.median(search),
        "stages": {name: statistics.median(s.get(name, 0) for s in stages) for name in names},
    }


def bench_real(runs):
    out = os.path.join(OUT, "real")
    shutil.rmtree(out, ignore_errors=True)
    walls = [timed(ours_cmd(ROOT, out, search=True), ROOT)[0] for _ in range(runs + 1)][1:]
    return statistics.median(walls)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="50,500,5000", help="milestone counts, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each generator per size (at least 5 for the report)")
    args = parser.parse_args()

    os.makedirs(WORK, exist_ok=True)
    prepare()
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        print(f"Benchmarking {n} milestones …", flush=True)
        results.append(bench_size(n, args.runs))
    real = bench_real(args.runs)
    shutil.rmtree(OUT, ignore_errors=True)

    cores = os.cpu_count()
    hugo_version = sh(["hugo", "version"]).stdout.split()[1]
    print(f"\nMedians of {args.runs} alternating runs on {cores} cores, output to {OUT}; ours = published Release (ReadyToRun) without Pagefind; hugo {hugo_version}.\n")
    print(f"{'milestones':>10} {'pages':>6} {'hugo pages':>10} {'ours s':>8} {'hugo s':>8} {'ours/hugo':>9} {'peak MB':>8} {'pagefind s':>10}")
    for r in results:
        print(f"{r['n']:>10} {r['pages']:>6} {r['hugo_pages']:>10} {r['ours']:>8.3f} {r['hugo']:>8.3f} {r['ours'] / r['hugo']:>9.2f} {r['peak_mb']:>8.0f} {r['search']:>10.3f}")
    print("\nOur time per pipeline (ms, median):")
    names = list(results[-1]["stages"].keys())
    print(f"{'milestones':>10} " + " ".join(f"{name:>11}" for name in names))
    for r in results:
        print(f"{r['n']:>10} " + " ".join(f"{r['stages'].get(name, 0):>11.0f}" for name in names))
    by_n = {r["n"]: r for r in results}
    if 500 in by_n and 5000 in by_n:
        print(f"\nGrowth: time(5000) / time(500) = {by_n[5000]['ours'] / by_n[500]['ours']:.2f} (target ≤ 11)")
    print(f"Real playbook (input/), whole process including Pagefind: {real:.3f} s (target ≤ 2 s)")


if __name__ == "__main__":
    main()
