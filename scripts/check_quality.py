#!/usr/bin/env python3
"""Quality gates on the development data, run by scripts/test.sh.

- The seed scorer (../shared/eval/score.py, when present beside the repository): actors F1 >= 0.95,
  events >= 0.90, demands >= 0.85, threats >= 0.85, event dates right on >= 90% of matched events,
  and event identity across the seeds 11/11 on the committed corpus export.
- The development set (../shared/dev/articles, when present): per-kind F1 of score.py on the odd ids
  and on the even ids apart, each at least its floor in DEV_FLOORS (0.02 below the figures measured
  when they were set; the same floors as Tests/DiplographExtractionTests/ExtractionQualityTests.swift).
- The hand-written sentence suites (scripts/eval_sentences.py): at least --min-cases, --min-heldout,
  --min-constructions and --min-forms of the cases entirely right.
Prints PASS/FAIL lines like check_exports.py and exits 1 on any failure.
"""
import argparse, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Least F1 per kind of each half of the development set. Measured on 30820c0:
#   odd  ids: actors 0.98, events 0.94, demands 0.91, threats 0.90
#   even ids: actors 0.96, events 0.80, demands 0.80, threats 0.74
DEV_FLOORS = {
    "odd": {"actors": 0.96, "events": 0.92, "demands": 0.88, "threats": 0.87},
    "even": {"actors": 0.94, "events": 0.81, "demands": 0.78, "threats": 0.72},
}


def dev_half(folder, odd):
    """Names of the articles dNN.txt of one half (NN odd or even) that have a gold file."""
    out = []
    for name in sorted(os.listdir(folder)):
        stem, ext = os.path.splitext(name)
        if ext != ".txt" or not stem.startswith("d") or not stem[1:].isdigit():
            continue
        if int(stem[1:]) % 2 == (1 if odd else 0) and os.path.exists(os.path.join(folder, stem + ".gold.json")):
            out.append(stem)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build/release/diplograph"))
    ap.add_argument("--min-cases", type=float, default=0.85, help="floor for the development suite")
    ap.add_argument("--min-heldout", type=float, default=0.71,
                    help="floor for the held-out suite (written separately, measured at 29/60 before any rule was tuned on it, 46/60 now; 0.71 asks 43)")
    ap.add_argument("--min-constructions", type=float, default=0.94,
                    help="floor for the constructions suite (measured 253/262 = 0.966; 0.94 asks 247)")
    ap.add_argument("--min-forms", type=float, default=0.86,
                    help="floor for the reporting-forms suite (written fresh and measured at 113/150 before any rule was tuned on it, 132/150 now; 0.86 asks 129)")
    args = ap.parse_args()
    failed = 0

    def report(name, ok, why=""):
        nonlocal failed
        print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": " + why))
        failed += 0 if ok else 1

    shared = os.path.join(ROOT, "..", "shared")
    scorer = os.path.join(shared, "eval", "score.py")
    if os.path.exists(scorer):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "scores.json")
            cmd = [sys.executable, scorer, "--gold", os.path.join(shared, "seeds", "gold"), "--articles", os.path.join(ROOT, "seeds"),
                   "--cmd", f"{args.bin} export {{article}} --format graphml --output -", "--json", out]
            r = subprocess.run(cmd, capture_output=True, text=True)
            print(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr[-300:])
            figures = json.load(open(out)) if os.path.exists(out) else {}
            for kind, floor in (("actors", 0.95), ("events", 0.90), ("demands", 0.85), ("threats", 0.85)):
                f1 = figures.get(kind, {}).get("f1", 0.0)
                report(f"seed-{kind}-f1", f1 >= floor, f"{f1:.3f} < {floor}")
            right, total = figures.get("field date", [0, 1])
            report("seed-event-dates", right >= 0.9 * total, f"{right}/{total} dates right")
            r = subprocess.run([sys.executable, scorer, "--gold", os.path.join(shared, "seeds", "gold"),
                                "--corpus", os.path.join(ROOT, "exports", "seeds.graphml")], capture_output=True, text=True)
            last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
            report("seed-event-identity", last.endswith("identity 11/11"), last or r.stderr[-300:])
    else:
        print("note: ../shared/eval/score.py not found; seed-score gates skipped")

    dev = os.path.join(shared, "dev", "articles")
    if os.path.exists(scorer) and os.path.isdir(dev):
        for half in ("odd", "even"):
            with tempfile.TemporaryDirectory() as tmp:
                folder = os.path.join(tmp, half)
                os.mkdir(folder)
                for stem in dev_half(dev, half == "odd"):
                    for ext in (".txt", ".gold.json"):
                        os.symlink(os.path.abspath(os.path.join(dev, stem + ext)), os.path.join(folder, stem + ext))
                out = os.path.join(tmp, "scores.json")
                cmd = [sys.executable, scorer, "--gold", folder, "--articles", folder,
                       "--cmd", f"{args.bin} export {{article}} --format graphml --output - --no-cache", "--json", out]
                r = subprocess.run(cmd, capture_output=True, text=True)
                print(f"dev {half}: " + (r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr[-300:]))
                figures = json.load(open(out)) if os.path.exists(out) else {}
                for kind, floor in DEV_FLOORS[half].items():
                    f1 = figures.get(kind, {}).get("f1", 0.0)
                    report(f"dev-{half}-{kind}-f1", f1 >= floor, f"{f1:.3f} < {floor}")
    else:
        print("note: ../shared/dev/articles or score.py not found; development-set gates skipped")

    for suite, floor in (("sentences.json", args.min_cases), ("sentences-heldout.json", args.min_heldout),
                         ("sentences-constructions.json", args.min_constructions),
                         ("sentences-forms.json", args.min_forms)):
        path = os.path.join(ROOT, "Tests", "DiplographExtractionTests", "Fixtures", suite)
        if not os.path.exists(path):
            continue
        r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "eval_sentences.py"), "--bin", args.bin,
                            "--cases", path, "--min-cases", str(floor)], capture_output=True, text=True)
        lines = r.stdout.strip().splitlines()
        print("\n".join("  " + l for l in lines[-5:]))
        report(f"sentence-suite {suite}", r.returncode == 0, lines[-1] if lines else r.stderr[-300:])
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
