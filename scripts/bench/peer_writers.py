#!/usr/bin/env python3
"""Peer writers: how long networkx and rdflib take to WRITE the graph diplograph made.

    .venv/bin/python scripts/bench/peer_writers.py --graphml OUT/bench.graphml --rdf OUT/bench.rdf

Reads our GraphML into networkx and parses our RDF/XML with rdflib (neither timed), then times
networkx.write_graphml(graph) and rdflib Graph.serialize(format="xml") into files in --tmp
(default: beside the inputs), best of --repeat runs. Prints one JSON object on stdout.
Only the write is timed: the peers do no extraction, so (our end-to-end) / (their write) is a
ceiling on what our writers could be costing, not a like-for-like race.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time


def best_of(n: int, fn) -> float:
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--graphml", required=True)
    p.add_argument("--rdf", required=True)
    p.add_argument("--tmp", default=None, help="folder for the peers' output files")
    p.add_argument("--repeat", type=int, default=1)
    args = p.parse_args()
    tmp = args.tmp or os.path.dirname(os.path.abspath(args.graphml))
    os.makedirs(tmp, exist_ok=True)

    import networkx as nx
    import rdflib

    out: dict = {"networkx": nx.__version__, "rdflib": rdflib.__version__}

    t0 = time.perf_counter()
    g = nx.read_graphml(args.graphml)
    out["nx_read_s"] = time.perf_counter() - t0
    out["nx_nodes"] = g.number_of_nodes()
    out["nx_edges"] = g.number_of_edges()
    nx_path = os.path.join(tmp, "peer-networkx.graphml")
    out["nx_write_graphml_s"] = best_of(args.repeat, lambda: nx.write_graphml(g, nx_path))
    out["nx_bytes"] = os.path.getsize(nx_path)
    del g

    t0 = time.perf_counter()
    rg = rdflib.Graph()
    rg.parse(args.rdf, format="xml")
    out["rdflib_parse_s"] = time.perf_counter() - t0
    out["rdflib_triples"] = len(rg)
    rdf_path = os.path.join(tmp, "peer-rdflib.rdf")
    out["rdflib_serialize_xml_s"] = best_of(args.repeat, lambda: rg.serialize(destination=rdf_path, format="xml"))
    out["rdflib_bytes"] = os.path.getsize(rdf_path)

    print(json.dumps(out))
    print(f"networkx.write_graphml: {out['nx_write_graphml_s']:.3f} s "
          f"({out['nx_nodes']} nodes, {out['nx_edges']} edges); "
          f"rdflib serialize(xml): {out['rdflib_serialize_xml_s']:.3f} s ({out['rdflib_triples']} triples)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
