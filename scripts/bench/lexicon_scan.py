#!/usr/bin/env python3
"""Scan-only baseline: find diplograph's lexicon surface forms in a corpus with pyahocorasick and
flashtext.

    .venv/bin/python scripts/bench/lexicon_scan.py --lexicon Sources/DiplographExtraction/Lexicon --corpus DIR

Collects every string under a "names", "capitals" or "forms" key in the lexicon's *.json files,
builds each library's automaton (timed apart), reads every article of DIR into memory (not
timed), then times scanning all of it for every match. Prints one JSON object on stdout.
A library that is not installed is reported as missing, not faked.

This is scan-only: no normalisation, sentences, dates, rules, merging or writing. diplograph's
equivalent is its whole export, so a comparison with it is end-to-end vs scan-only.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time

KEYS = {"names", "capitals", "forms"}


def surface_forms(lexicon_dir: str) -> list[str]:
    found: set[str] = set()

    def walk(o, key=None):
        if isinstance(o, dict):
            for k, v in o.items():
                walk(v, k)
        elif isinstance(o, list):
            for v in o:
                walk(v, key)
        elif isinstance(o, str) and key in KEYS and o.strip():
            found.add(o)

    for path in sorted(glob.glob(os.path.join(lexicon_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            walk(json.load(f))
    return sorted(found)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lexicon", required=True)
    p.add_argument("--corpus", required=True)
    args = p.parse_args()

    forms = surface_forms(args.lexicon)
    texts = []
    nbytes = 0
    for path in sorted(glob.glob(os.path.join(args.corpus, "*.txt"))):
        with open(path, "rb") as f:
            data = f.read()
        nbytes += len(data)
        texts.append(data.decode("utf-8", errors="replace"))
    out: dict = {"forms": len(forms), "articles": len(texts), "bytes": nbytes}

    try:
        import ahocorasick
    except ImportError:
        out["pyahocorasick"] = None
    else:
        t0 = time.perf_counter()
        A = ahocorasick.Automaton()
        for i, s in enumerate(forms):
            A.add_word(s, i)
        A.make_automaton()
        out["aho_build_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        hits = 0
        for t in texts:
            for _ in A.iter(t):
                hits += 1
        out["aho_scan_s"] = time.perf_counter() - t0
        out["aho_hits"] = hits
        out["pyahocorasick"] = getattr(ahocorasick, "__version__", "installed")

    try:
        from flashtext import KeywordProcessor
    except ImportError:
        out["flashtext"] = None
    else:
        t0 = time.perf_counter()
        kp = KeywordProcessor(case_sensitive=True)
        for s in forms:
            kp.add_keyword(s)
        out["flash_build_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        hits = 0
        for t in texts:
            hits += len(kp.extract_keywords(t))
        out["flash_scan_s"] = time.perf_counter() - t0
        out["flash_hits"] = hits
        out["flashtext"] = "installed"

    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
