#!/usr/bin/env python3
"""External-consumer checks of diplograph's committed exports (exports/seeds.*).

Each check reads the exports the way a user's tool would (xmllint, diplograph validate, networkx,
igraph, rapper, pyoxigraph, rdflib, pyshacl, Graphviz) and prints `PASS name` or
`FAIL name: reason` (details indented below). Exits 1 when any check failed.

Run with the project's virtual environment (scripts/test.sh makes it):

    .venv/bin/python scripts/check_exports.py [--exports DIR] [--bin PATH]

The release binary defaults to $DIPLOGRAPH_BIN, else .build/release/diplograph.
"""

from __future__ import annotations
import re

import argparse
import importlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
DG = "https://w3id.org/diplograph/ontology#"
PREFIXES = f"""
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dg: <{DG}>
"""
ACTOR_CLASSES = "dg:Person dg:State dg:Organization dg:Institution dg:MediaOutlet"
PUTIN_LABEL = "Vladimir Putin"
PUTIN_WIKIDATA = "http://www.wikidata.org/entity/Q7747"
FORMATS = ("graphml", "rdf", "dot")
INPUT_EXTENSIONS = {".txt", ".md", ".text", ".html", ".htm"}  # what `diplograph export FOLDER` reads

# Attributes each kind must carry (graph contract). Those in ALLOWED_EMPTY may be empty: networkx
# drops an empty <data> element, so for them an empty element in the XML counts as present.
REQUIRED = {
    None: ("kind", "label"),
    "actor": ("actorType", "state", "wikidata", "aliases"),
    "event": ("eventType", "mode", "status", "date"),
}
ALLOWED_EMPTY = {"state", "wikidata", "aliases", "date"}


class CheckFailed(Exception):
    def __init__(self, reason: str, details: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.details = details


def run(cmd, timeout=600, cwd=ROOT):
    return subprocess.run(
        [str(c) for c in cmd], cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
        text=True, timeout=timeout,
    )


def tail(text: str, lines: int = 40) -> str:
    rows = text.strip().splitlines()
    if len(rows) > lines:
        rows = rows[:lines] + [f"... ({len(rows) - lines} more lines)"]
    return "\n".join(rows)


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise CheckFailed(f"{name} is not installed (bash scripts/test.sh installs it)")
    return path


def require_module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError as e:
        raise CheckFailed(f"Python package {name} is not importable ({e}); use .venv/bin/python")


class Checks:
    def __init__(self, exports: Path, binary: Path):
        self.exports = exports
        self.binary = binary
        self.graphml = exports / "seeds.graphml"
        self.rdf = exports / "seeds.rdf"
        self.dot = exports / "seeds.dot"
        self.shapes = ROOT / "schema" / "shapes.ttl"
        self.profile_xsd = ROOT / "schema" / "graphml-profile.xsd"
        shared = ROOT.parent / "shared" / "reference" / "graphml" / "graphml.xsd"
        self.official_xsd = shared if shared.is_file() else ROOT / "schema" / "reference" / "graphml" / "graphml.xsd"
        self._xml = None
        self._store = None
        self.rapper_triples = None
        self.passed = 0
        self.failed = []
        self.tmp = Path(tempfile.mkdtemp(prefix="diplograph-checks-"))

    # ---- helpers -------------------------------------------------------------------------------

    def xml(self):
        """The GraphML as parsed by the standard library: nodes (id, {key: text}) and edge count."""
        if self._xml is None:
            root = ET.parse(self.graphml).getroot()
            nodes = []
            for n in root.iter(GRAPHML_NS + "node"):
                data = {d.get("key"): (d.text or "") for d in n.findall(GRAPHML_NS + "data")}
                nodes.append((n.get("id"), data))
            edges = sum(1 for _ in root.iter(GRAPHML_NS + "edge"))
            self._xml = (nodes, edges)
        return self._xml

    def store(self):
        if self._store is None:
            ox = require_module("pyoxigraph")
            s = ox.Store()
            s.load(path=str(self.rdf), format=ox.RdfFormat.RDF_XML)
            self._store = s
        return self._store

    def require_binary(self):
        if not (self.binary.is_file() and os.access(self.binary, os.X_OK)):
            raise CheckFailed(f"{self.binary} is missing: run swift build -c release")

    def export(self, inputs, name: str) -> Path:
        self.require_binary()
        out = self.tmp / name
        r = run([self.binary, "export", *inputs, "--output-dir", out, "--name", "seeds"])
        if r.returncode != 0:
            raise CheckFailed(f"diplograph export exited {r.returncode}", tail(r.stderr))
        return out

    @staticmethod
    def same_files(a: Path, b: Path):
        return [f"seeds.{ext}" for ext in FORMATS
                if (a / f"seeds.{ext}").read_bytes() != (b / f"seeds.{ext}").read_bytes()]

    def sparql(self, query: str):
        return list(self.store().query(PREFIXES + query))

    # ---- checks --------------------------------------------------------------------------------

    def check_graphml_official_xsd(self):
        require_tool("xmllint")
        if not self.official_xsd.is_file():
            raise CheckFailed(f"official GraphML schema not found at {self.official_xsd}")
        r = run(["xmllint", "--noout", "--nonet", "--schema", self.official_xsd, self.graphml])
        if r.returncode != 0:
            raise CheckFailed(f"xmllint exited {r.returncode} against {self.official_xsd}", tail(r.stderr))

    def check_graphml_profile_xsd(self):
        require_tool("xmllint")
        r = run(["xmllint", "--noout", "--nonet", "--schema", self.profile_xsd, self.graphml])
        if r.returncode != 0:
            raise CheckFailed(f"xmllint exited {r.returncode} against schema/graphml-profile.xsd", tail(r.stderr))

    def check_diplograph_validate(self):
        self.require_binary()
        r = run([self.binary, "validate", self.graphml])
        if r.returncode != 0:
            raise CheckFailed(f"diplograph validate exited {r.returncode}", tail(r.stdout + r.stderr))

    def check_networkx_load(self):
        nx = require_module("networkx")
        g = nx.read_graphml(self.graphml)
        nodes, _ = self.xml()
        if not g.is_directed():
            raise CheckFailed("networkx read an undirected graph")
        if g.number_of_nodes() != len(nodes):
            raise CheckFailed(f"networkx has {g.number_of_nodes()} nodes, the file has {len(nodes)} <node> elements")

    def check_networkx_attributes(self):
        nx = require_module("networkx")
        g = nx.read_graphml(self.graphml)
        raw = dict(self.xml()[0])
        problems = []
        for node_id, attrs in g.nodes(data=True):
            kind = attrs.get("kind")
            for key in REQUIRED[None] + REQUIRED.get(kind, ()):
                value = attrs.get(key)
                if value not in (None, ""):
                    continue
                if key in ALLOWED_EMPTY and key in raw.get(node_id, {}):
                    continue  # an empty <data> element: networkx leaves the attribute out
                problems.append(f"{node_id} ({kind or 'no kind'}): no {key}")
        if problems:
            raise CheckFailed(f"{len(problems)} missing attribute(s), first: {problems[0]}", "\n".join(problems[:40]))

    def check_igraph_load(self):
        ig = require_module("igraph")
        g = ig.Graph.Read_GraphML(str(self.graphml))
        nodes, edges = self.xml()
        if (g.vcount(), g.ecount()) != (len(nodes), edges):
            raise CheckFailed(f"igraph has {g.vcount()} nodes and {g.ecount()} edges, "
                              f"the file has {len(nodes)} <node> and {edges} <edge> elements")
        if not g.is_directed():
            raise CheckFailed("igraph read an undirected graph")

    def check_rapper(self):
        require_tool("rapper")
        r = run(["rapper", "-i", "rdfxml", "-c", self.rdf])
        lines = [l for l in r.stderr.splitlines() if l.strip()]
        noise = [l for l in lines if not (l.startswith("rapper: Parsing URI") or l.startswith("rapper: Parsing returned"))]
        counts = [l for l in lines if l.startswith("rapper: Parsing returned")]
        if r.returncode != 0:
            raise CheckFailed(f"rapper exited {r.returncode}", tail(r.stderr))
        if noise:
            raise CheckFailed(f"rapper printed {len(noise)} warning/error line(s): {noise[0]}", tail("\n".join(noise)))
        if not counts:
            raise CheckFailed("rapper printed no triple count", tail(r.stderr))
        self.rapper_triples = int(counts[-1].split()[3])
        print(f"    rapper: {self.rapper_triples} triples")

    def check_pyoxigraph_load(self):
        ox = require_module("pyoxigraph")
        n = len(self.store())
        print(f"    pyoxigraph: {n} triples")
        if self.rapper_triples is None:
            raise CheckFailed("no rapper triple count to compare with (see the rapper check)")
        if n != self.rapper_triples:
            parsed = sum(1 for _ in ox.parse(path=str(self.rdf), format=ox.RdfFormat.RDF_XML))
            raise CheckFailed(f"pyoxigraph's store holds {n} triples, rapper counted {self.rapper_triples} "
                              f"(pyoxigraph's parser yields {parsed}: "
                              f"{'duplicate triples in the file' if parsed == self.rapper_triples else 'the parsers disagree'})")

    def check_sparql_putin_sameas(self):
        rows = self.sparql(f"""
            SELECT DISTINCT ?a ?same WHERE {{
              ?a rdfs:label ?l . FILTER(STR(?l) = "{PUTIN_LABEL}")
              ?a a ?c . VALUES ?c {{ {ACTOR_CLASSES} }}
              OPTIONAL {{ ?a owl:sameAs ?same }}
            }}""")
        if not rows:
            raise CheckFailed(f'no actor labelled "{PUTIN_LABEL}"')
        by_actor = {}
        for row in rows:
            same = row["same"]
            by_actor.setdefault(row["a"].value, set()).update({same.value} if same is not None else set())
        wrong = {a: s for a, s in by_actor.items() if s != {PUTIN_WIKIDATA}}
        if wrong:
            raise CheckFailed("owl:sameAs of the actor labelled Vladimir Putin is not exactly "
                              f"<{PUTIN_WIKIDATA}>: " + "; ".join(f"{a} -> {sorted(s) or 'none'}" for a, s in sorted(wrong.items())))

    def check_sparql_calls(self):
        rows = self.sparql("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dg:Call }")
        calls = int(rows[0]["n"].value)
        graphml_calls = sum(1 for _, d in self.xml()[0] if d.get("kind") == "event" and d.get("eventType") == "call")
        print(f"    dg:Call resources: {calls}; GraphML call events: {graphml_calls}")
        if calls < 1:
            raise CheckFailed("no dg:Call in the RDF export")
        if calls != graphml_calls:
            raise CheckFailed(f"{calls} dg:Call resources in RDF, {graphml_calls} event nodes with eventType=call in GraphML")

    def check_sparql_provenance(self):
        """Which articles and sentences report each fact (README's query): each row's sentence is the
        article file's text between oa:start and oa:end, and the rows are the GraphML offsets."""
        rows = self.sparql("""
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?fact ?file ?sentence ?start ?end WHERE {
              ?annotation a oa:Annotation ; oa:hasBody ?fact ; oa:hasTarget ?segment .
              ?segment oa:hasSource ?article ; oa:hasSelector ?quote , ?position .
              ?quote a oa:TextQuoteSelector ; oa:exact ?sentence .
              ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              ?article dg:file ?file .
            }""")
        if not rows:
            raise CheckFailed("no oa:Annotation of a fact with its article and sentence")
        texts, problems, got = {}, [], {}
        for row in rows:
            fact, file = row["fact"].value, row["file"].value
            start, end, sentence = int(row["start"].value), int(row["end"].value), row["sentence"].value
            if file not in texts:
                path = ROOT / "seeds" / file
                text = path.read_text(encoding="utf-8") if path.is_file() else None
                texts[file] = text[1:] if text and text.startswith("\ufeff") else text
            text = texts[file]
            if text is None:
                problems.append(f"{fact}: article file {file} is not in seeds/")
            elif text[start:end] != sentence:
                problems.append(f"{fact}: {file}[{start}:{end}] is {text[start:end][:60]!r}, oa:exact is {sentence[:60]!r}")
            got.setdefault(fact.rsplit("/", 1)[-1], set()).add((file, start, end))
        files = {node_id: d.get("file", "") for node_id, d in self.xml()[0] if d.get("kind") == "article"}
        for node_id, data in self.xml()[0]:
            if data.get("kind") not in ("event", "demand", "threat"):
                continue
            want = set()
            for locator in filter(None, data.get("offsets", "").split("|")):
                article, span = locator.rsplit(":", 1)
                start, end = span.split("-")
                want.add((files.get(article, article), int(start), int(end)))
            if got.get(node_id, set()) != want:
                problems.append(f"{node_id}: annotations {sorted(got.get(node_id, set()))} != GraphML offsets {sorted(want)}")
        multi = sum(1 for spans in got.values() if len({f for f, _, _ in spans}) > 1)
        print(f"    {len(rows)} (fact, article, sentence) rows for {len(got)} facts; {multi} facts told by several articles")
        if problems:
            raise CheckFailed(f"{len(problems)} annotation(s) do not match, first: {problems[0]}", "\n".join(problems[:40]))

    def check_sparql_date_range(self):
        """Every dated event has xsd:date bounds spanning its date, so a range filter keeps
        events known only to the month or year."""
        rows = self.sparql("""
            SELECT ?event ?date ?from ?to WHERE {
              ?event dg:date ?date .
              OPTIONAL { ?event dg:earliestDate ?from } OPTIONAL { ?event dg:latestDate ?to }
            }""")
        import calendar
        problems = []
        for row in rows:
            date = row["date"].value
            parts = [int(p) for p in date.split("-")]
            y, m = parts[0], parts[1] if len(parts) > 1 else None
            first = date if len(parts) == 3 else f"{y:04d}-{m or 1:02d}-01"
            last = date if len(parts) == 3 else f"{y:04d}-{m or 12:02d}-{calendar.monthrange(y, m or 12)[1]:02d}"
            got = (row["from"].value if row["from"] else None, row["to"].value if row["to"] else None)
            if got != (first, last):
                problems.append(f"{row['event'].value}: dg:date {date}, bounds {got}, expected {(first, last)}")
        coarse = [r for r in rows if len(r["date"].value) < 10]
        for row in coarse:
            # A one-day range in the middle of the month (or year) the event is dated to finds it.
            date = row["date"].value
            day = f"{date}-15" if len(date) == 7 else f"{date}-06-15"
            found = self.store().query(PREFIXES + f"""
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                ASK {{ <{row['event'].value}> dg:earliestDate ?f ; dg:latestDate ?t .
                      FILTER (?t >= "{day}"^^xsd:date && ?f <= "{day}"^^xsd:date) }}""")
            if not bool(found):
                problems.append(f"{row['event'].value}: a range filter on {day} does not find it (dg:date {date})")
        print(f"    {len(rows)} dated events, {len(coarse)} known only to the month or year")
        if problems:
            raise CheckFailed(f"{len(problems)} event date bound problem(s), first: {problems[0]}", "\n".join(problems[:40]))

    def check_undated_article_shacl(self):
        """An article with no date anywhere exports with exit 0 and conforms to the shapes."""
        pyshacl = require_module("pyshacl")
        self.require_binary()
        folder = self.tmp / "undated-input"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "undated.txt").write_text(
            "Tổng thống Mỹ Joe Biden đã điện đàm với Tổng thống Nga Vladimir Putin.\n", encoding="utf-8")
        out = self.tmp / "undated.rdf"
        r = run([self.binary, "export", folder / "undated.txt", "--format", "rdfxml", "--output", out])
        if r.returncode != 0:
            raise CheckFailed(f"diplograph export of an undated article exited {r.returncode}", tail(r.stderr))
        conforms, _, report = pyshacl.validate(str(out), shacl_graph=str(self.shapes), data_graph_format="xml",
                                               shacl_graph_format="turtle", inference="none")
        if not conforms:
            raise CheckFailed("the export of an undated article does not conform to schema/shapes.ttl", report)

    def check_rdflib_parse(self):
        rdflib = require_module("rdflib")
        g = rdflib.Graph()
        g.parse(str(self.rdf), format="xml")
        print(f"    rdflib: {len(g)} triples")
        try:
            n = len(self.store())
        except Exception:
            return  # pyoxigraph could not load the file: the pyoxigraph-load check reports it
        if len(g) != n:
            raise CheckFailed(f"rdflib read {len(g)} triples, pyoxigraph {n}")

    def check_shacl(self):
        pyshacl = require_module("pyshacl")
        conforms, _, report = pyshacl.validate(
            data_graph=str(self.rdf), data_graph_format="xml",
            shacl_graph=str(self.shapes), shacl_graph_format="turtle",
            inference="none",
        )
        if not conforms:
            first = next((l.strip() for l in report.splitlines() if l.strip().startswith("Message:")), "")
            raise CheckFailed(f"exports/seeds.rdf does not conform to schema/shapes.ttl ({first})", report.strip())

    def check_dot_render(self):
        require_tool("dot")
        r = run(["dot", "-Tsvg", self.dot, "-o", "/dev/null"])
        if r.returncode != 0 or r.stderr.strip():
            raise CheckFailed(f"dot exited {r.returncode}" + (" with messages on stderr" if r.stderr.strip() else ""), tail(r.stderr))

    def check_determinism_repeat(self):
        a = self.export(["seeds"], "run-a")
        b = self.export(["seeds"], "run-b")
        diff = self.same_files(a, b)
        if diff:
            raise CheckFailed("two exports of seeds/ differ: " + ", ".join(diff))

    def check_determinism_input_order(self):
        files = sorted(f"seeds/{p.name}" for p in (ROOT / "seeds").iterdir()
                       if p.is_file() and p.suffix.lower() in INPUT_EXTENSIONS)
        if len(files) < 2:
            raise CheckFailed("fewer than two seed articles")
        a = self.tmp / "run-a"
        if not a.is_dir():
            a = self.export(["seeds"], "run-a")
        rev = self.export(list(reversed(files)), "run-reversed")
        diff = self.same_files(a, rev)
        if diff:
            raise CheckFailed("the articles listed in reverse order give different bytes: " + ", ".join(diff))

    # ---- the other formats and the actors view ---------------------------------------------------

    def check_turtle_ntriples(self):
        require_tool("rapper")
        counts = {}
        for syntax, f in (("rdfxml", "seeds.rdf"), ("turtle", "seeds.ttl"), ("ntriples", "seeds.nt")):
            r = run(["rapper", "-i", syntax, "-c", self.exports / f])
            warnings = [l for l in r.stderr.splitlines() if "warning" in l.lower() or "error" in l.lower()]
            if r.returncode != 0 or warnings:
                raise CheckFailed(f"rapper -i {syntax} on {f} exited {r.returncode}", tail(r.stderr))
            m = re.search(r"returned (\d+) triples", r.stderr)
            counts[f] = int(m.group(1)) if m else -1
        if len(set(counts.values())) != 1:
            raise CheckFailed(f"the RDF formats hold different numbers of triples: {counts}")

    def check_gexf_networkx(self):
        nx = require_module("networkx")
        g = nx.read_gexf(self.exports / "seeds.gexf")
        ref = nx.read_graphml(self.graphml)
        if g.number_of_nodes() != ref.number_of_nodes():
            raise CheckFailed(f"GEXF has {g.number_of_nodes()} nodes, GraphML {ref.number_of_nodes()}")

    def check_actors_view(self):
        require_tool("xmllint")
        require_tool("rapper")
        require_tool("dot")
        g = self.exports / "seeds-actors.graphml"
        for xsd in (self.official_xsd, self.profile_xsd):
            r = run(["xmllint", "--noout", "--nonet", "--schema", xsd, g])
            if r.returncode != 0:
                raise CheckFailed(f"seeds-actors.graphml fails {xsd.name}", tail(r.stderr))
        r = run(["rapper", "-i", "rdfxml", "-c", self.exports / "seeds-actors.rdf"])
        if r.returncode != 0 or any("warning" in l.lower() for l in r.stderr.splitlines()):
            raise CheckFailed("rapper on seeds-actors.rdf", tail(r.stderr))
        r = run(["dot", "-Tsvg", self.exports / "seeds-actors.dot", "-o", "/dev/null"])
        if r.returncode != 0 or r.stderr.strip():
            raise CheckFailed("dot on seeds-actors.dot", tail(r.stderr))
        pyshacl = require_module("pyshacl")
        conforms, _, report = pyshacl.validate(str(self.exports / "seeds-actors.rdf"), shacl_graph=str(ROOT / "schema" / "shapes.ttl"),
                                               data_graph_format="xml", shacl_graph_format="turtle", inference="none")
        if not conforms:
            raise CheckFailed("seeds-actors.rdf does not conform to schema/shapes.ttl", report)
        # networkx refuses a graph mixing directed and undirected edges (met and called are
        # undirected here): igraph reads it; networkx reads the --all-directed export (below).
        ig = require_module("igraph")
        relations = set(ig.Graph.Read_GraphML(str(g)).es["relation"])
        if not relations & {"met", "called", "demanded", "threatened"}:
            raise CheckFailed(f"the actors view has no actor-to-actor edges: {sorted(relations)}")

    def check_networkx_all_directed(self):
        """networkx reads the actors view exported with --all-directed, every relation there."""
        self.require_binary()
        nx = require_module("networkx")
        out = self.tmp / "all-directed"
        r = run([self.binary, "export", ROOT / "seeds", "--view", "actors", "--format", "graphml,gexf", "--all-directed",
                 "--output-dir", out, "--name", "seeds"])
        if r.returncode != 0:
            raise CheckFailed(f"diplograph export --all-directed exited {r.returncode}", tail(r.stderr))
        for name, read in (("seeds-actors.graphml", nx.read_graphml), ("seeds-actors.gexf", nx.read_gexf)):
            g = read(out / name)
            kinds = {d.get("relation") for _, _, d in g.edges(data=True)}
            if not g.is_directed() or not {"met", "called"} <= kinds:
                raise CheckFailed(f"networkx read {name} as directed={g.is_directed()} with relations {sorted(kinds)}")

    @staticmethod
    def gexf_graph(path):
        """(the <graph> element, {node id: start or None}, [edge attribute dicts]) of a GEXF file."""
        ns = "{http://gexf.net/1.3}"
        graph = ET.parse(path).getroot().find(ns + "graph")
        starts = {n.get("id"): n.get("start") for n in graph.iter(ns + "node")}
        return graph, starts, [dict(e.attrib) for e in graph.iter(ns + "edge")]

    def check_gephi_keeps_relations(self):
        """Gephi's import rule for parallel edges, as its importer's source defines it
        (ImporterGEXF.readEdge: `kind` is the edge type, `type` the direction; ImportContainerImpl:
        a graph declared directed refuses undirected edges; DefaultProcessor: an edge joins an
        existing one of the same type and pair, the unordered pair when undirected, and its weight
        is summed in by default). Every edge of both views must survive as its own edge."""
        for name in ("seeds.gexf", "seeds-actors.gexf"):
            graph, _, edges = self.gexf_graph(self.exports / name)
            default = graph.get("defaultedgetype")
            kept, lost = {}, []
            for e in edges:
                kind, a, b = e.get("kind"), e["source"], e["target"]
                directed = e.get("type", default or "directed") != "undirected"
                if default in ("directed", "undirected") and directed != (default == "directed"):
                    lost.append(f"{e.get('id')} ({kind}): {e.get('type')} edge refused in a {default} graph")
                    continue
                key = (kind, True, a, b) if directed else (kind, False, *sorted((a, b)))
                crossing = [(kind, False, *sorted((a, b)))] if directed else [(kind, True, a, b), (kind, True, b, a)]
                if key in kept:
                    lost.append(f"{e.get('id')} ({kind} {a} -> {b}) merged into {kept[key]}")
                elif any(c in kept for c in crossing):
                    lost.append(f"{e.get('id')} ({kind} {a} -> {b}): the other direction's edge of its kind is there")
                else:
                    kept[key] = e.get("id")
            if lost:
                raise CheckFailed(f"{name}: Gephi would keep {len(edges) - len(lost)} of {len(edges)} edges", "\n".join(lost[:20]))

    def check_gexf_timeline(self):
        """On Gephi's timeline no edge appears before either of its ends."""
        for name in ("seeds.gexf", "seeds-actors.gexf"):
            _, starts, edges = self.gexf_graph(self.exports / name)
            early = []
            for e in edges:
                for end in (e["source"], e["target"]):
                    s = starts.get(end)
                    if s is not None and (e.get("start") is None or e["start"] < s):
                        early.append(f"{e.get('id')} ({e.get('kind')}) starts {e.get('start')}, {end} {s}")
            if early:
                raise CheckFailed(f"{name}: {len(early)} edge ends start after their edge", "\n".join(early[:20]))

    def check_sfdp_legend(self):
        """sfdp (which ignores clusters) lays the legend out as one node, with no warning."""
        require_tool("sfdp")
        for name in ("seeds.dot", "seeds-actors.dot"):
            r = run(["sfdp", "-Tplain", self.exports / name])
            if r.returncode != 0 or r.stderr.strip():
                raise CheckFailed(f"sfdp on {name}", tail(r.stderr))
            nodes = [l.split()[1] for l in r.stdout.splitlines() if l.startswith("node ")]
            legend = [n for n in nodes if n.strip('"').startswith("legend:")]
            if len(legend) != 1:
                raise CheckFailed(f"{name}: sfdp lays out {len(legend)} legend nodes: {legend}")

    # ---- driver --------------------------------------------------------------------------------

    ORDER = [
        ("graphml-official-xsd", check_graphml_official_xsd),
        ("graphml-profile-xsd", check_graphml_profile_xsd),
        ("diplograph-validate", check_diplograph_validate),
        ("networkx-load", check_networkx_load),
        ("networkx-attributes", check_networkx_attributes),
        ("igraph-load", check_igraph_load),
        ("rapper", check_rapper),
        ("pyoxigraph-load", check_pyoxigraph_load),
        ("sparql-putin-sameas", check_sparql_putin_sameas),
        ("sparql-calls", check_sparql_calls),
        ("sparql-provenance", check_sparql_provenance),
        ("sparql-date-range", check_sparql_date_range),
        ("undated-article-shacl", check_undated_article_shacl),
        ("rdflib-parse", check_rdflib_parse),
        ("shacl", check_shacl),
        ("dot-render", check_dot_render),
        ("turtle-ntriples", check_turtle_ntriples),
        ("gexf-networkx", check_gexf_networkx),
        ("actors-view", check_actors_view),
        ("networkx-all-directed", check_networkx_all_directed),
        ("gephi-keeps-relations", check_gephi_keeps_relations),
        ("gexf-timeline", check_gexf_timeline),
        ("sfdp-legend", check_sfdp_legend),
        ("determinism-repeat", check_determinism_repeat),
        ("determinism-input-order", check_determinism_input_order),
    ]

    def run_all(self):
        missing = [f"exports/seeds.{ext}" for ext in FORMATS if not (self.exports / f"seeds.{ext}").is_file()]
        for name, fn in self.ORDER:
            try:
                if missing and not name.startswith("determinism"):
                    raise CheckFailed("missing " + ", ".join(missing) + ": run bash scripts/export-seeds.sh")
                fn(self)
            except CheckFailed as e:
                self.fail(name, e.reason, e.details)
            except Exception as e:  # a consumer crashing on the file is a failure of that check
                self.fail(name, f"{type(e).__name__}: {e}")
            else:
                self.passed += 1
                print(f"PASS {name}", flush=True)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def fail(self, name, reason, details=""):
        self.failed.append(name)
        print(f"FAIL {name}: {' '.join(reason.split())}", flush=True)
        if details:
            print("\n".join("    " + l for l in details.splitlines()), flush=True)


def print_versions():
    def first_line(cmd):
        try:
            r = run(cmd, timeout=60)
            return ((r.stdout or "") + (r.stderr or "")).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.SubprocessError):
            return "not installed"
    print("consumers:")
    print(f"  xmllint    {first_line(['xmllint', '--version'])}")
    print(f"  rapper     {first_line(['rapper', '--version'])}")
    print(f"  dot        {first_line(['dot', '-V'])}")
    for dist in ("networkx", "igraph", "pyoxigraph", "rdflib", "pyshacl"):
        try:
            v = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            v = "not installed"
        print(f"  {dist:<10} {v}")
    print(f"  python     {sys.version.split()[0]} ({sys.executable})", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exports", type=Path, default=ROOT / "exports", help="folder with seeds.graphml, seeds.rdf, seeds.dot")
    ap.add_argument("--bin", type=Path, default=Path(os.environ.get("DIPLOGRAPH_BIN") or ROOT / ".build" / "release" / "diplograph"),
                    help="the diplograph release binary")
    args = ap.parse_args()
    os.chdir(ROOT)  # `diplograph validate` finds schema/graphml-profile.xsd relative to the repo root
    print_versions()
    checks = Checks(args.exports.resolve(), args.bin.resolve())
    print(f"exports: {checks.exports}\nbinary:  {checks.binary}\nGraphML schema: {checks.official_xsd}", flush=True)
    checks.run_all()
    print(f"check_exports: {checks.passed} passed, {len(checks.failed)} failed", flush=True)
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
