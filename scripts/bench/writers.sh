#!/usr/bin/env bash
# Each export writer alone: builds the release tools, generates a corpus (default 5,000 articles,
# seed 1), builds its graph and its sorted view (`SortedGraph`, which an export builds once and
# shares between its formats; timed on its own and printed first) once, and renders every format
# from that view BENCH_RUNS times (default 3) into a sink that only counts bytes; prints the best
# time and elements per second of each format.
#
#   bash scripts/bench/writers.sh [ARTICLES]
#
# Elements are nodes + edges for GraphML, GEXF and DOT, triples for RDF/XML, Turtle, N-Triples.
# Nothing here is a test: no figure is checked.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
N="${1:-5000}"
SEED="${BENCH_SEED:-1}"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/diplograph-bench}"
mkdir -p "$BENCH_DIR"

swift build -c release -j "${BENCH_JOBS:-1}" --product diplograph-writers-bench >/dev/null
d="$BENCH_DIR/corpus-writers-$N"
want="gen=$(sha256sum scripts/bench/gen_corpus.py | cut -c1-16) seed=$SEED n=$N"
if ! { [ -f "$d.stamp" ] && [ "$(cat "$d.stamp")" = "$want" ]; }; then
    rm -rf "$d"; python3 scripts/bench/gen_corpus.py --articles "$N" --seed "$SEED" --out "$d" >/dev/null
    echo "$want" > "$d.stamp"
fi
"$ROOT/.build/release/diplograph-writers-bench" "$d" --runs "${BENCH_RUNS:-3}" ${BENCH_FORMATS:+--formats "$BENCH_FORMATS"}
