#!/usr/bin/env python3
"""The timed part of scripts/bench/run.sh (run that, not this): runs the CLI on each corpus under
/usr/bin/time -v within a time budget, extrapolates what does not fit, runs the peer and lexicon
baselines, prints the summary and rewrites the results section of BENCHMARKS.md.

Sizes are run smallest first. Before each run the time is predicted from the last two measured
sizes (t = t2 * (n/n2)^k, k fitted, at least 1); a run predicted to overrun the remaining budget
is not started but extrapolated, and every run is killed when the budget runs out.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import time

RESULTS_START = "<!-- bench:results:start -->"
RESULTS_END = "<!-- bench:results:end -->"
PROFILE_START = "<!-- bench:profile:start -->"
PROFILE_END = "<!-- bench:profile:end -->"

TARGET_MBPS = 50.0
TARGET_RSS_MB = 1024.0
TARGET_RSS_AT_MB = 80.0
TARGET_LINEAR_TO = 100_000
TARGET_CACHE_RATIO = 1.2
TARGET_RERUN_MBPS = 100.0
TARGET_RSS_20K_MB = 600.0


def corpus_bytes(d: str) -> int:
    return sum(e.stat().st_size for e in os.scandir(d) if e.is_file() and e.name.endswith(".txt"))


def warm(d: str) -> None:
    """Reads every article file of `d` once, so that the timed runs all find the corpus in the page
    cache (else the first run of each size, the export that writes the cache, also pays for the
    disk and the ratio to the `--no-cache` run after it counts that)."""
    for e in os.scandir(d):
        if e.is_file() and e.name.endswith(".txt"):
            with open(e.path, "rb") as f:
                while f.read(1 << 20):
                    pass


def parse_time_v(path: str) -> dict:
    txt = open(path, encoding="utf-8", errors="replace").read()
    out = {}
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", txt)
    if m:
        parts = [float(p) for p in m.group(1).split(":")]
        s = 0.0
        for p in parts:
            s = s * 60 + p
        out["wall_s"] = s
    for key, pat in (("rss_kb", r"Maximum resident set size \(kbytes\): (\d+)"),
                     ("user_s", r"User time \(seconds\): ([\d.]+)"),
                     ("sys_s", r"System time \(seconds\): ([\d.]+)"),
                     ("exit", r"Exit status: (\d+)")):
        m = re.search(pat, txt)
        if m:
            out[key] = float(m.group(1)) if "." in m.group(1) else int(m.group(1))
    return out


def count_graphml(path: str) -> tuple[int, int]:
    nodes = edges = 0
    with open(path, "rb") as f:
        for line in f:
            nodes += line.count(b"<node ")
            edges += line.count(b"<edge ")
    return nodes, edges


def fit(points: list[tuple[float, float]]) -> tuple[float, float, float] | None:
    """(n2, t2, k) from the last two points, k = growth exponent (>= 1)."""
    if len(points) < 2:
        return None
    (n1, t1), (n2, t2) = points[-2], points[-1]
    if t1 <= 0 or n1 == n2:
        return None
    k = math.log(max(t2, 1e-9) / t1) / math.log(n2 / n1)
    return n2, t2, max(k, 1.0)


def predict(points, n) -> float | None:
    f = fit(points)
    if f:
        n2, t2, k = f
        return t2 * (n / n2) ** k
    if points:
        n1, t1 = points[-1]
        return t1 * n / n1
    return None


def loadavg() -> float:
    try:
        return float(open("/proc/loadavg").read().split()[0])
    except (OSError, ValueError, IndexError):
        return float("nan")


def run_timed(cmd: list[str], tlog: str, timeout: float, cache_dir: str,
              warm: bool = False, keep: bool = False) -> tuple[dict, bool, str]:
    """Runs cmd under /usr/bin/time -v with a private article cache, $DIPLOGRAPH_CACHE (else
    re-runs of the same corpus would be warm, and ~/.cache would fill): emptied first (a cold run)
    unless `warm`, and emptied afterwards unless `keep` (so that a warm run can follow). Kills the
    run's process group at the timeout."""
    if not warm:
        shutil.rmtree(cache_dir, ignore_errors=True)
    env = dict(os.environ, DIPLOGRAPH_CACHE=cache_dir)
    full = ["/usr/bin/time", "-v", "-o", tlog] + cmd
    load = loadavg()
    proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, env=env)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the group of the process this script started
        proc.communicate()
        shutil.rmtree(cache_dir, ignore_errors=True)
        return {}, True, ""
    if not keep:
        shutil.rmtree(cache_dir, ignore_errors=True)
    tv = parse_time_v(tlog)
    tv["load_before"] = load
    return tv, False, err.decode("utf-8", "replace")[-2000:]


TIMING = re.compile(r"timing: (.+?)\s+([\d.]+) s\s+peak RSS so far\s+(\d+) MB")


def parse_timings(err: str) -> list[tuple[str, float, int]]:
    """The `--timings` lines of a run's stderr: (phase, seconds, peak RSS so far in MB)."""
    return [(m.group(1).strip(), float(m.group(2)), int(m.group(3))) for m in TIMING.finditer(err)]


def human(s: float) -> str:
    for unit, size in (("days", 86400), ("hours", 3600), ("minutes", 60)):
        if s >= size:
            return f"{s / size:,.1f} {unit}"
    return f"{s:.1f} s"


def fmt_s(x):
    return "—" if x is None else (f"{x:.2f}" if x < 100 else f"{x:,.0f}")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--bin", required=True)
    p.add_argument("--bench-dir", required=True)
    p.add_argument("--sizes", required=True, help="e.g. '250 500 1000 5000 20000'")
    p.add_argument("--main-sizes", required=True, help="the sizes the brief asks for, e.g. '1000 5000 20000'")
    p.add_argument("--peer-size", type=int, default=5000)
    p.add_argument("--budget", type=float, default=420.0)
    p.add_argument("--python", required=True, help="the venv's python for the peers")
    p.add_argument("--root", required=True)
    p.add_argument("--machine", required=True, help="file with the machine description")
    p.add_argument("--binary-note", default="")
    p.add_argument("--md", required=True)
    args = p.parse_args()

    sizes = sorted({int(s) for s in args.sizes.split()})
    main_sizes = sorted({int(s) for s in args.main_sizes.split()})
    deadline = time.monotonic() + args.budget
    results = {}
    pts = {"all": [], "rerun": [], "nocache": []}
    stopped = {"all": False, "rerun": False, "nocache": False}
    cache_dir = os.path.join(args.bench_dir, "article-cache")

    for n in sizes:
        d = os.path.join(args.bench_dir, f"corpus-{n}")
        nbytes = corpus_bytes(d)
        warm(d)
        r = {"n": n, "bytes": nbytes, "mb": nbytes / 1e6}
        results[n] = r
        # "all": a first export, writing the cache; "rerun": the same command again with that
        # cache and nothing changed (an unchanged re-export); "nocache": `--no-cache`.
        for mode in ("all", "rerun", "nocache"):
            left = deadline - time.monotonic()
            pred = predict(pts[mode], n)
            r[f"{mode}_pred_s"] = pred
            if mode == "rerun" and r.get("all_status") != "measured":
                r[f"{mode}_status"] = "skipped"
                print(f"  {n:>6} articles  {mode:<3}  skipped: no first export to repeat", flush=True)
                continue
            if stopped[mode] or left < 2 or (pred is not None and pred > left):
                shutil.rmtree(cache_dir, ignore_errors=True)
                stopped[mode] = True
                r[f"{mode}_status"] = "skipped"
                print(f"  {n:>6} articles  {mode:<3}  skipped: predicted {fmt_s(pred)} s, {max(left, 0):.0f} s of budget left", flush=True)
                continue
            out = os.path.join(args.bench_dir, f"out-{n}")
            if mode == "all":
                # A first export: into an empty folder, so that no id ledger (NAME.ids.json) of an
                # earlier bench run is read and matched.
                shutil.rmtree(out, ignore_errors=True)
            os.makedirs(out, exist_ok=True)
            cmd = [args.bin, "export", d, "--output-dir", out, "--name", "bench", "--timings"]
            if mode == "nocache":
                cmd = [args.bin, "export", d, "--output-dir", out, "--name", "bench-nocache", "--no-cache", "--timings"]
            tv, timed_out, err = run_timed(cmd, os.path.join(args.bench_dir, f"time-{n}-{mode}.txt"), left,
                                           cache_dir, warm=mode == "rerun", keep=mode == "all")
            if timed_out:
                stopped[mode] = True
                r[f"{mode}_status"] = "timeout"
                r[f"{mode}_timeout_s"] = left
                print(f"  {n:>6} articles  {mode:<3}  killed after {left:.0f} s (budget)", flush=True)
                continue
            if tv.get("exit") not in (0, 1):
                r[f"{mode}_status"] = f"failed (exit {tv.get('exit')})"
                r[f"{mode}_stderr"] = err
                stopped[mode] = True
                print(f"  {n:>6} articles  {mode:<3}  FAILED exit {tv.get('exit')}: {err[-300:]}", flush=True)
                continue
            r[f"{mode}_status"] = "measured"
            r[f"{mode}_wall_s"] = tv["wall_s"]
            r[f"{mode}_rss_mb"] = tv["rss_kb"] / 1024
            r[f"{mode}_cpu_s"] = (tv.get("user_s") or 0) + (tv.get("sys_s") or 0)
            r[f"{mode}_load"] = tv.get("load_before")
            pts[mode].append((n, tv["wall_s"]))
            r[f"{mode}_phases"] = parse_timings(err)
            if mode == "rerun":
                r["rerun_unchanged"] = any(p == "unchanged" for p, _, _ in r["rerun_phases"])
            if mode == "all":
                r["nodes"], r["edges"] = count_graphml(os.path.join(out, "bench.graphml"))
                r["out_bytes"] = sum(os.path.getsize(os.path.join(out, "bench." + e)) for e in ("graphml", "rdf", "dot"))
            print(f"  {n:>6} articles  {mode:<3}  {r['mb']:.2f} MB  {tv['wall_s']:.2f} s (CPU {r[f'{mode}_cpu_s']:.2f} s, "
                  f"load before {r[f'{mode}_load']:.2f})  "
                  f"{r['mb'] / max(tv['wall_s'], 1e-9):.3f} MB/s  peak RSS {tv['rss_kb'] / 1024:.0f} MB"
                  + (f"  {r['nodes']} nodes {r['edges']} edges" if mode == "all" else "")
                  + ((" unchanged" if r["rerun_unchanged"] else " (exported again)") if mode == "rerun" else ""), flush=True)

    shutil.rmtree(cache_dir, ignore_errors=True)

    # Extrapolations for what was not measured.
    fit_all = fit(pts["all"])
    fit_dot = fit(pts["nocache"])
    measured_all = [r for r in results.values() if r.get("all_status") == "measured"]
    rss_pts = [(r["mb"], r["all_rss_mb"]) for r in measured_all]

    def rss_at(mb):
        if len(rss_pts) >= 2:
            (x1, y1), (x2, y2) = rss_pts[-2], rss_pts[-1]
            slope = (y2 - y1) / (x2 - x1) if x2 != x1 else 0.0
            return y2 + slope * (mb - x2)
        return rss_pts[-1][1] * mb / rss_pts[-1][0] if rss_pts else None

    for r in results.values():
        for mode, fm in (("all", fit_all), ("nocache", fit_dot)):
            if r.get(f"{mode}_status") != "measured" and fm:
                n2, t2, k = fm
                r[f"{mode}_extra_s"] = t2 * (r["n"] / n2) ** k
        if r.get("all_status") != "measured":
            r["all_extra_rss_mb"] = rss_at(r["mb"])

    # Exponents between consecutive measured sizes.
    exps = []
    for (n1, t1), (n2, t2) in zip(pts["all"], pts["all"][1:]):
        exps.append((n1, n2, math.log(t2 / t1) / math.log(n2 / n1)))

    # Peers on the 5,000-article corpus, or on the largest corpus whose export finished.
    peer = None
    peer_n = None
    lex = None
    if measured_all:
        cands = [r["n"] for r in measured_all if r["n"] <= args.peer_size]
        peer_n = args.peer_size if args.peer_size in cands else (max(cands) if cands else measured_all[-1]["n"])
        out = os.path.join(args.bench_dir, f"out-{peer_n}")
        try:
            cp = subprocess.run([args.python, os.path.join(args.root, "scripts/bench/peer_writers.py"),
                                 "--graphml", os.path.join(out, "bench.graphml"), "--rdf", os.path.join(out, "bench.rdf"),
                                 "--tmp", os.path.join(args.bench_dir, f"peers-{peer_n}")],
                                capture_output=True, text=True, check=True, timeout=600)
            peer = json.loads(cp.stdout.strip().splitlines()[-1])
        except Exception as e:  # noqa: BLE001 - report, don't die
            print(f"peer writers failed: {e}", file=sys.stderr)
        try:
            cp = subprocess.run([args.python, os.path.join(args.root, "scripts/bench/lexicon_scan.py"),
                                 "--lexicon", os.path.join(args.root, "Sources/DiplographExtraction/Lexicon"),
                                 "--corpus", os.path.join(args.bench_dir, f"corpus-{peer_n}")],
                                capture_output=True, text=True, check=True, timeout=600)
            lex = json.loads(cp.stdout.strip().splitlines()[-1])
        except Exception as e:  # noqa: BLE001
            print(f"lexicon scan failed: {e}", file=sys.stderr)

    # Least-squares growth exponent of the CPU time over the brief's sizes (1,000 and up) when two
    # or more of them were measured, else over every measured size: CPU time is less disturbed
    # than wall time by other work on the machine.
    cpu_pts = [(r["n"], r["all_cpu_s"]) for r in measured_all if r["n"] >= min(main_sizes)]
    if len(cpu_pts) < 2:
        cpu_pts = [(r["n"], r["all_cpu_s"]) for r in measured_all]
    kfit = None
    if len(cpu_pts) >= 2:
        xs = [math.log(n) for n, _ in cpu_pts]
        ys = [math.log(max(t, 1e-9)) for _, t in cpu_pts]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        sxx = sum((x - mx) ** 2 for x in xs)
        if sxx > 0:
            kfit = {"k": sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx,
                    "from": cpu_pts[0][0], "to": cpu_pts[-1][0], "n_last": cpu_pts[-1][0], "cpu_last": cpu_pts[-1][1]}

    summary = {"results": results, "fit_all": fit_all, "fit_dot": fit_dot, "exponents": exps, "kfit_cpu": kfit,
               "peer_n": peer_n, "peer": peer, "lexicon": lex, "budget_s": args.budget}
    with open(os.path.join(args.bench_dir, "results.json"), "w") as f:
        json.dump(summary, f, indent=1, default=str)

    md = render(summary, sizes, main_sizes, open(args.machine, encoding="utf-8").read(), args.binary_note,
                rss_at, args.peer_size)
    print()
    print(md)
    update_md(args.md, md)
    return 0


def render(s, sizes, main_sizes, machine, binary_note, rss_at, peer_size) -> str:
    res = s["results"]
    fa = s["fit_all"]
    L = []
    L.append(f"## Results ({time.strftime('%Y-%m-%d %H:%M %Z')})")
    L.append("")
    L.append("Machine:")
    L.append("")
    L.append("```")
    L.append(machine.strip())
    L.append("```")
    if binary_note:
        L.append("")
        L.append(binary_note)
    L.append("")
    L.append(f"Budget for the timed CLI runs: {s['budget_s']:.0f} s. "
             "*Italic* figures were **not measured**: they are extrapolated from the two largest measured "
             "sizes with t ∝ n^k (k fitted, at least 1) and RSS linear in MB of text.")
    L.append("")
    L.append("| articles | MB text | export, cache written: wall s | CPU s | MB/s | peak RSS MB | nodes | edges | `--no-cache`: wall s | CPU s | MB/s | peak RSS MB |")
    L.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        r = res[n]
        row = [f"{n:,}" + ("" if n in main_sizes else " (ladder)"), f"{r['mb']:.2f}"]
        for mode in ("all", "nocache"):
            if r.get(f"{mode}_status") == "measured":
                w = r[f"{mode}_wall_s"]
                row += [fmt_s(w), fmt_s(r[f"{mode}_cpu_s"]), f"{r['mb'] / w:.3f}", f"{r[f'{mode}_rss_mb']:.0f}"]
            else:
                e = r.get(f"{mode}_extra_s")
                why = r.get(f"{mode}_status", "?")
                if why == "timeout":
                    why = f"killed at {r[f'{mode}_timeout_s']:.0f} s"
                cell = f"*≈{fmt_s(e)}* ({why})" if e else f"({why})"
                rss = r.get("all_extra_rss_mb") if mode == "all" else None
                row += [cell, "—", f"*≈{r['mb'] / e:.4f}*" if e else "—", f"*≈{rss:.0f}*" if rss else "—"]
            if mode == "all":
                row += [f"{r['nodes']:,}" if "nodes" in r else "—", f"{r['edges']:,}" if "edges" in r else "—"]
        L.append("| " + " | ".join(row) + " |")
    loads = [r.get(f"{m}_load") for r in res.values() for m in ("all", "rerun", "nocache") if r.get(f"{m}_load") is not None]
    if loads:
        L.append("")
        L.append(f"Both runs write GraphML, RDF/XML and DOT. The first is a user's first export: an empty private `DIPLOGRAPH_CACHE`, "
                 "so every article's graph is written to the cache (binary entries, each with its SHA-256, in one pack file per run) and none is read; the second "
                 "is the same export with `--no-cache`. "
                 "Between them the first export's command runs again with its cache, nothing changed (the re-export below). "
                 f"Load average just before the runs: {min(loads):.2f}–{max(loads):.2f} (other sessions build and test on "
                 "the same 2 cores, so wall time can exceed CPU time; CPU s is user + sys and may exceed wall time when "
                 "the tool uses both cores).")
    L.append("")
    cache_rows = [n for n in sizes if res[n].get("all_status") == "measured"
                  and (res[n].get("rerun_status") == "measured" or res[n].get("nocache_status") == "measured")]
    if cache_rows:
        L.append("The cache: the first export against `--no-cache` (wall and CPU time), and the re-export of the unchanged "
                 "folder (the first export's command again, with the cache it wrote; \"unchanged\" when the run found its "
                 "recorded command, inputs and files as they were and wrote nothing):")
        L.append("")
        L.append("| articles | MB text | first export / `--no-cache`: wall | CPU | re-export: wall s | CPU s | MB/s | peak RSS MB | unchanged |")
        L.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for n in cache_rows:
            r = res[n]
            row = [f"{n:,}" + ("" if n in main_sizes else " (ladder)"), f"{r['mb']:.2f}"]
            if r.get("nocache_status") == "measured":
                row += [f"{r['all_wall_s'] / r['nocache_wall_s']:.2f}×", f"{r['all_cpu_s'] / max(r['nocache_cpu_s'], 1e-9):.2f}×"]
            else:
                row += ["—", "—"]
            if r.get("rerun_status") == "measured":
                w = r["rerun_wall_s"]
                row += [f"{w:.2f}", f"{r['rerun_cpu_s']:.2f}", f"{r['mb'] / max(w, 1e-9):.0f}", f"{r['rerun_rss_mb']:.0f}",
                        "yes" if r.get("rerun_unchanged") else "no"]
            else:
                row += [f"({r.get('rerun_status', '?')})", "—", "—", "—", "—"]
            L.append("| " + " | ".join(row) + " |")
        L.append("")
    if s["exponents"]:
        L.append("Growth of the end-to-end time between measured sizes (t ∝ n^k; linear is k = 1): "
                 + ", ".join(f"{a:,}→{b:,}: k = {k:.2f}" for a, b, k in s["exponents"]) + ".")
        L.append("")

    # Phases of the largest measured runs
    for mode, what in (("all", "export, cache written"), ("nocache", "`--no-cache`")):
        done = [r for r in res.values() if r.get(f"{mode}_status") == "measured" and r.get(f"{mode}_phases")]
        if not done:
            continue
        r = max(done, key=lambda r: r["n"])
        L.append(f"Phases of the {r['n']:,}-article run ({what}), from `--timings` (wall seconds; extraction uses both cores):")
        L.append("")
        L.append("| phase | seconds | share | peak RSS so far, MB |")
        L.append("|---|---:|---:|---:|")
        total = sum(t for _, t, _ in r[f"{mode}_phases"]) or 1
        for phase, t, rss in r[f"{mode}_phases"]:
            L.append(f"| {phase} | {t:.2f} | {100 * t / total:.0f}% | {rss} |")
        L.append("")

    # Targets
    L.append("### Targets (performance brief)")
    L.append("")
    big = max(main_sizes)
    rb = res.get(big, {})
    if rb.get("all_status") == "measured":
        mbps, how = rb["mb"] / rb["all_wall_s"], "measured"
    elif rb.get("all_extra_s"):
        mbps, how = rb["mb"] / rb["all_extra_s"], "extrapolated"
    else:
        mbps, how = None, "unknown"
    if mbps is not None:
        met = mbps >= TARGET_MBPS
        L.append(f"- **≥ {TARGET_MBPS:.0f} MB/s end to end on 20,000+ articles: {'met' if met else 'NOT met'}.** "
                 f"{big:,} articles ({rb['mb']:.1f} MB): {mbps:.4f} MB/s ({how})"
                 + ("" if met else f", {TARGET_MBPS / mbps:,.0f}× short of the target") + ".")
    if rb.get("all_status") == "measured" and rb.get("nocache_status") == "measured":
        ratio = rb["all_wall_s"] / rb["nocache_wall_s"]
        cpu_ratio = rb["all_cpu_s"] / max(rb["nocache_cpu_s"], 1e-9)
        L.append(f"- **First export with the cache ≤ {TARGET_CACHE_RATIO}× the `--no-cache` time: "
                 f"{'met' if ratio <= TARGET_CACHE_RATIO else 'NOT met'}.** {big:,} articles: {ratio:.2f}× in wall time "
                 f"({rb['all_wall_s']:.2f} s against {rb['nocache_wall_s']:.2f} s), {cpu_ratio:.2f}× in CPU time.")
    if rb.get("rerun_status") == "measured":
        rerun_mbps = rb["mb"] / max(rb["rerun_wall_s"], 1e-9)
        L.append(f"- **Re-export of an unchanged folder ≥ {TARGET_RERUN_MBPS:.0f} MB/s: "
                 f"{'met' if rerun_mbps >= TARGET_RERUN_MBPS else 'NOT met'}.** {big:,} articles ({rb['mb']:.1f} MB): "
                 f"{rb['rerun_wall_s']:.2f} s, {rerun_mbps:,.0f} MB/s"
                 + ("" if rb.get("rerun_unchanged") else " (the run did not find the folder unchanged and exported again)") + ".")
    r20 = res.get(20_000, {})
    if r20.get("all_status") == "measured":
        peak = max(r20["all_rss_mb"], r20.get("nocache_rss_mb") or 0)
        L.append(f"- **Peak memory < {TARGET_RSS_20K_MB:.0f} MB at 20,000 articles: "
                 f"{'met' if peak < TARGET_RSS_20K_MB else 'NOT met'}** (the larger of the two exports: {peak:.0f} MB).")
    rss80 = rss_at(TARGET_RSS_AT_MB)
    meas80 = [r for r in res.values() if r.get("all_status") == "measured" and r["mb"] >= TARGET_RSS_AT_MB]
    if meas80:
        r = meas80[0]
        met = r["all_rss_mb"] < TARGET_RSS_MB
        L.append(f"- **Peak memory < 1 GB at 80 MB of text: {'met' if met else 'NOT met'}** "
                 f"(measured {r['all_rss_mb']:.0f} MB at {r['mb']:.1f} MB).")
    elif rss80 is not None:
        met = rss80 < TARGET_RSS_MB
        biggest = max((r for r in res.values() if r.get("all_status") == "measured"), key=lambda r: r["mb"])
        L.append(f"- **Peak memory < 1 GB at 80 MB of text: {'probably met' if met else 'NOT met'} "
                 f"(extrapolated).** Measured {biggest['all_rss_mb']:.0f} MB peak RSS at {biggest['mb']:.1f} MB of text "
                 f"({biggest['n']:,} articles){' — already over 1 GB' if biggest['all_rss_mb'] >= TARGET_RSS_MB else ''}; "
                 f"the line through the two largest measured runs gives ≈{rss80:,.0f} MB at 80 MB "
                 f"(≈{int(80e6 / (rb['mb'] * 1e6 / big)) if rb else 0:,} articles), "
                 + (f"{rss80 / TARGET_RSS_MB:.1f}× the target. " if not met else "")
                 + "No corpus that large is in the default run (it would not fit the time budget).")
    kf = s.get("kfit_cpu")
    if kf:
        k = kf["k"]
        met = k <= 1.10
        t100 = kf["cpu_last"] * (TARGET_LINEAR_TO / kf["n_last"]) ** max(k, 1.0)
        tlin = kf["cpu_last"] * TARGET_LINEAR_TO / kf["n_last"]
        L.append(f"- **Linear growth from 1,000 to {TARGET_LINEAR_TO:,} articles: "
                 f"{('met up to ' + format(kf['to'], ',') + ' articles (not measured beyond)') if met else 'NOT met'}.** "
                 f"CPU time grows as n^{k:.2f} from {kf['from']:,} to {kf['to']:,} articles (least squares; linear is 1.00, "
                 "and up to 1.10 is taken as noise)."
                 + ("" if met else
                    f" At that rate {TARGET_LINEAR_TO:,} articles would take ≈{human(t100)} of CPU instead of ≈{human(tlin)} "
                    f"if it grew linearly from {kf['n_last']:,}.")
                 + " CPU ms per article: " + ", ".join(
                     f"{r['n']:,}: {1000 * r['all_cpu_s'] / r['n']:.1f}" for r in res.values() if r.get("all_status") == "measured") + ".")
    L.append("")

    # Peers
    L.append(f"### Peer writers (networkx, rdflib) on the {s['peer_n']:,}-article corpus" if s["peer_n"] else "### Peer writers")
    L.append("")
    pe = s["peer"]
    if s["peer_n"] and s["peer_n"] != peer_size:
        L.append(f"The {peer_size:,}-article export did not finish within the budget, so the peers ran on the largest corpus "
                 f"whose export did: {s['peer_n']:,} articles.")
        L.append("")
    if pe:
        r = res[s["peer_n"]]
        ours = r["all_wall_s"]
        L.append("Reading our files into the peers is not timed; only their write is. Ours is the whole CLI "
                 "(read, extract, merge, write three formats), theirs writes one format of an already built graph. "
                 "The brief's target is our end to end at most a fifth (0.2×) of both peers' writes added.")
        L.append("")
        L.append("| what | seconds | our end-to-end / theirs |")
        L.append("|---|---:|---:|")
        L.append(f"| diplograph export (3 formats, end to end, cache written) | {ours:.2f} | 1 |")
        if r.get("nocache_status") == "measured":
            nc = r["nocache_wall_s"]
            both = pe['nx_write_graphml_s'] + pe['rdflib_serialize_xml_s']
            L.append(f"| diplograph export `--no-cache` (3 formats, end to end) | {nc:.2f} | {nc / ours:.2f} (of the first row); "
                     f"{nc / both:.2f}× both peers' writes |")
        L.append(f"| networkx {pe['networkx']} `write_graphml` ({pe['nx_nodes']:,} nodes, {pe['nx_edges']:,} edges) | "
                 f"{pe['nx_write_graphml_s']:.2f} | {ours / pe['nx_write_graphml_s']:.1f}× |")
        L.append(f"| rdflib {pe['rdflib']} `serialize(format=\"xml\")` ({pe['rdflib_triples']:,} triples) | "
                 f"{pe['rdflib_serialize_xml_s']:.2f} | {ours / pe['rdflib_serialize_xml_s']:.1f}× |")
        L.append(f"| both peers' writes added | {pe['nx_write_graphml_s'] + pe['rdflib_serialize_xml_s']:.2f} | "
                 f"{ours / (pe['nx_write_graphml_s'] + pe['rdflib_serialize_xml_s']):.1f}× |")
        L.append("")
        L.append(f"(Not timed, for scale: networkx `read_graphml` {pe['nx_read_s']:.2f} s, rdflib `parse` {pe['rdflib_parse_s']:.2f} s.)")
    else:
        L.append("Not run (no export finished, or the peers failed; see the run's output).")
    L.append("")

    lx = s["lexicon"]
    L.append("### Lexicon scanning: end-to-end vs scan-only")
    L.append("")
    if lx:
        r = res[s["peer_n"]]
        ours = r["all_wall_s"]
        L.append(f"{lx['forms']:,} surface forms (every \"names\", \"capitals\" and \"forms\" string in "
                 f"`Sources/DiplographExtraction/Lexicon/*.json`), scanned over the same {lx['articles']:,} articles "
                 f"({lx['bytes'] / 1e6:.2f} MB) held in memory. The libraries only find the strings; diplograph's figure is its "
                 "whole export, so this is **end-to-end vs scan-only**, not a like-for-like race.")
        L.append("")
        L.append("| what | build s | scan s | MB/s | matches | our end-to-end / theirs |")
        L.append("|---|---:|---:|---:|---:|---:|")
        L.append(f"| diplograph export (end to end) | — | {ours:.2f} | {r['mb'] / ours:.3f} | — | 1 |")
        if lx.get("pyahocorasick"):
            L.append(f"| pyahocorasick | {lx['aho_build_s']:.3f} | {lx['aho_scan_s']:.3f} | {lx['bytes'] / 1e6 / lx['aho_scan_s']:.1f} | "
                     f"{lx['aho_hits']:,} | {ours / lx['aho_scan_s']:,.0f}× |")
        else:
            L.append("| pyahocorasick | not installed | | | | |")
        if lx.get("flashtext"):
            L.append(f"| flashtext | {lx['flash_build_s']:.3f} | {lx['flash_scan_s']:.3f} | {lx['bytes'] / 1e6 / lx['flash_scan_s']:.1f} | "
                     f"{lx['flash_hits']:,} | {ours / lx['flash_scan_s']:,.0f}× |")
        else:
            L.append("| flashtext | not installed | | | | |")
        L.append("")
        L.append("(flashtext only matches at its own word boundaries, which treat Vietnamese letters with diacritics "
                 "as boundaries, so its match count differs; both count every match, overlapping ones included for pyahocorasick.)")
    else:
        L.append("Not run.")
    L.append("")
    return "\n".join(L)


def update_md(path: str, section: str) -> None:
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    block = f"{RESULTS_START}\n{section}\n{RESULTS_END}"
    if RESULTS_START in text and RESULTS_END in text:
        a = text.index(RESULTS_START)
        b = text.index(RESULTS_END) + len(RESULTS_END)
        text = text[:a] + block + text[b:]
    else:
        text = (text.rstrip() + "\n\n" if text else "# Benchmarks\n\n") + block + "\n"
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


if __name__ == "__main__":
    sys.exit(main())
