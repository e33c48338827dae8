#!/usr/bin/env python3
"""Scores the extractor on the hand-written sentence suite (Tests/DiplographExtractionTests/Fixtures/sentences.json).

Each case is one or two sentences with a publication date and what a careful reader finds. The
binary exports each case as GraphML; events, demands and threats are matched at state level (as the
project's scorer does), actors by id. Prints per-kind precision/recall, the failing cases with the
reason, and a last line `sentences: X/N cases right`. With --min-cases F, exits 1 when fewer than
F (a fraction) of the cases are entirely right.
"""
import argparse, json, os, subprocess, sys, tempfile, unicodedata
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"


def slug(s):
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    out, dash = "", False
    for ch in s:
        if unicodedata.category(ch) == "Mn":
            continue
        if ch.isascii() and (ch.isalnum() or ch == "_"):
            if dash and out:
                out += "-"
            dash = False
            out += ch.lower()
        else:
            dash = True
    return out or "x"


def load(xml):
    root = ET.fromstring(xml)
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key")}
    nodes, edges = {}, []
    for n in root.iter(NS + "node"):
        nodes[n.get("id")] = {keys.get(d.get("key")): (d.text or "") for d in n.findall(NS + "data")}
    for e in root.iter(NS + "edge"):
        a = {keys.get(d.get("key")): (d.text or "") for d in e.findall(NS + "data")}
        edges.append((e.get("source"), e.get("target"), a.get("relation")))
    return nodes, edges


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release/diplograph")
    ap.add_argument("--cases", default="Tests/DiplographExtractionTests/Fixtures/sentences.json")
    ap.add_argument("--min-cases", type=float, default=0.0)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    cases = json.load(open(args.cases, encoding="utf-8"))["cases"]
    tally = {k: [0, 0, 0] for k in ("actors", "events", "demands", "threats")}
    right, failures = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        for c in cases:
            path = os.path.join(tmp, c["id"] + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(f"---\ndate: {c['published']}\n---\n{c['text']}\n")
            r = subprocess.run([args.bin, "export", path, "--format", "graphml", "--output", "-"], capture_output=True)
            if r.returncode != 0:
                failures.append((c["id"], f"exit {r.returncode}: {r.stderr.decode()[-200:]}"))
                continue
            nodes, edges = load(r.stdout)
            actors = {nid[len("actor-"):]: a for nid, a in nodes.items() if a.get("kind") == "actor"}

            def find(ref):
                """The exported actor a fixture id names: by id, by the slug of its label, or by surname."""
                s = slug(ref)
                if s in actors:
                    return s
                for aid, a in sorted(actors.items()):
                    names = [a.get("label", "")] + [x for x in a.get("aliases", "").split("|") if x]
                    if any(slug(n) == s for n in names) or s.endswith("-" + aid) or aid.endswith("-" + s):
                        return aid
                return None

            def key(ref):
                if len(ref) == 2 and ref.isupper():
                    return ref
                found = find(ref)
                if found is None:
                    return "?" + ref
                a = actors[found]
                if a.get("actorType") == "organization" or not a.get("state"):
                    return found.upper()
                return a["state"]

            def sys_key(nid):
                a = nodes.get(nid, {})
                if a.get("actorType") == "organization" or not a.get("state"):
                    return nid[len("actor-"):].upper()
                return a["state"]

            problems = []
            e = c["expect"]
            # actors
            for ref in e.get("actors", []):
                ok = find(ref) is not None or (len(ref) == 2 and any(a.get("state") == ref and a.get("actorType") == "state" for a in actors.values()))
                tally["actors"][0 if ok else 2] += 1
                if not ok:
                    problems.append(f"missing actor {ref}")
            for ref in e.get("not_actors", []):
                bad = (slug(ref) in actors) or any(a.get("label") == ref or ref in a.get("aliases", "").split("|") for a in actors.values())
                if bad:
                    tally["actors"][1] += 1
                    problems.append(f"unwanted actor {ref}")
            # events
            sys_events = []
            for nid, a in nodes.items():
                if a.get("kind") == "event":
                    parts = {sys_key(s) for s, t, rel in edges if t == nid and rel == "participant"}
                    sys_events.append((nid, a, parts))
            used = set()
            for ge in e.get("events", []):
                types = ge["type"] if isinstance(ge["type"], list) else [ge["type"]]
                want = {key(p) for p in ge["participants"]}
                match = None
                # Same type and parties; among those, one with the expected date first (two events
                # of the same parties on different days must not be paired crosswise).
                fits = [(nid, a) for nid, a, parts in sys_events if nid not in used and a.get("eventType") in types and parts == want]
                dated = [f for f in fits if ge.get("date") and f[1].get("date") == ge["date"]]
                if dated or fits:
                    match = (dated or fits)[0]
                if match is None:
                    tally["events"][2] += 1
                    problems.append(f"missing event {types} {sorted(want)} {ge.get('date')}")
                    continue
                used.add(match[0])
                tally["events"][0] += 1
                a = match[1]
                if ge.get("date") and a.get("date") != ge["date"]:
                    problems.append(f"event date {a.get('date')} != {ge['date']}")
                if ge.get("status") and a.get("status") != ge["status"]:
                    problems.append(f"event status {a.get('status')} != {ge['status']}")
            for nid, a, parts in sys_events:
                if nid not in used:
                    tally["events"][1] += 1
                    problems.append(f"extra event {a.get('eventType')} {sorted(parts)} {a.get('date')}")
            # demands and threats
            for kind, by_rel, to_rel, gby, gto in (("demand", "demands", "addressee", "by", "to"), ("threat", "threatens", "target", "by", "against")):
                sys_acts = []
                for nid, a in nodes.items():
                    if a.get("kind") == kind:
                        by = {sys_key(s) for s, t, rel in edges if t == nid and rel == by_rel}
                        to = {sys_key(t) for s, t, rel in edges if s == nid and rel == to_rel}
                        sys_acts.append((nid, a, by, to))
                used = set()
                for g in e.get(kind + "s", []):
                    gb, gt = {key(x) for x in g[gby]}, {key(x) for x in g[gto]}
                    fits = [x for x in sys_acts if x[0] not in used and gb & x[2] and ((not gt and not x[3]) or gt & x[3])]
                    # Of two threats of the same sides, the one whose kind of measure agrees.
                    agree = [x for x in fits if kind != "threat" or g.get("sanctions") is None or (x[1].get("sanctions") == "true") == g["sanctions"]]
                    match = (agree or fits or [None])[0]
                    if match is None:
                        tally[kind + "s"][2] += 1
                        problems.append(f"missing {kind} {sorted(gb)} -> {sorted(gt)}")
                        continue
                    used.add(match[0])
                    tally[kind + "s"][0] += 1
                    if kind == "threat" and g.get("sanctions") is not None and (match[1].get("sanctions") == "true") != g["sanctions"]:
                        problems.append(f"threat sanctions {match[1].get('sanctions')} != {g['sanctions']}")
                for x in sys_acts:
                    if x[0] not in used:
                        tally[kind + "s"][1] += 1
                        problems.append(f"extra {kind} {sorted(x[2])} -> {sorted(x[3])}")
            if problems:
                failures.append((c["id"], "; ".join(problems)))
            else:
                right += 1
    for k, (tp, fp, fn) in tally.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{k:8} P {p:.2f} R {r:.2f} F1 {f:.2f}  (tp {tp} fp {fp} fn {fn})")
    if args.v:
        for cid, why in failures:
            print(f"  FAIL {cid}: {why}")
    print(f"sentences: {right}/{len(cases)} cases right")
    if right < args.min_cases * len(cases):
        sys.exit(1)


if __name__ == "__main__":
    main()
