#!/usr/bin/env bash
# Benchmarks of diplograph, end to end. Writes the results section of BENCHMARKS.md and, with
# BENCH_PROFILE=1 (the default), its callgrind profile section (scripts/bench/profile.sh).
#
#   bash scripts/bench/run.sh            (from any folder; ~10 minutes at most on 2 cores)
#
# 1. swift build -c release (retried while another build holds SwiftPM's lock or edits files
#    under it), then copies the binary into the bench folder so later rebuilds don't change it.
# 2. Generates corpora of BENCH_SIZES articles (and the small BENCH_LADDER sizes used to fit the
#    growth) with scripts/bench/gen_corpus.py into BENCH_DIR (default /tmp/diplograph-bench),
#    reusing a corpus whose stamp matches the generator and seed.
# 3. scripts/bench/measure.py times `diplograph export DIR --output-dir OUT --name bench --timings`
#    (GraphML, RDF/XML, DOT; a first run that writes the article cache), the same command again
#    with that cache and nothing changed (the unchanged re-export), and the same with
#    `--no-cache` under /usr/bin/time -v, smallest first, within
#    BENCH_BUDGET seconds; a size predicted to overrun is extrapolated instead, and says so.
# 4. Peers on the 5,000-article export (or the largest that finished): networkx.write_graphml and
#    rdflib serialize(xml) (scripts/bench/peer_writers.py), pyahocorasick and flashtext scanning the
#    lexicon's surface forms (scripts/bench/lexicon_scan.py), in the project's .venv.
#
# Environment: BENCH_DIR, BENCH_SIZES ("1000 5000 20000 42000": 42,000 articles are 80 MB of
# text), BENCH_LADDER ("250 500"), BENCH_SEED (1), BENCH_BUDGET (seconds for the timed CLI runs, 600), BENCH_PROFILE (1),
# BENCH_SKIP_BUILD (0: use the existing .build/release/diplograph).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
HERE="$ROOT/scripts/bench"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/diplograph-bench}"
SIZES="${BENCH_SIZES:-1000 5000 20000 42000}"
LADDER="${BENCH_LADDER:-250 500}"
SEED="${BENCH_SEED:-1}"
BUDGET="${BENCH_BUDGET:-600}"
PROFILE="${BENCH_PROFILE:-1}"
T0=$(date +%s)
mkdir -p "$BENCH_DIR"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
need_pkg() { # need_pkg COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "==> installing $2 (for $1)"
    if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$2" >/dev/null
}
[ -x /usr/bin/time ] || { need_pkg /usr/bin/time time; }
need_pkg python3 python3

# ---- 1. build
BIN="$ROOT/.build/release/diplograph"
binary_note=""
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    ok=0
    for attempt in 1 2 3 4 5 6 7 8; do
        echo "==> swift build -c release (attempt $attempt)"
        if swift build -c release 2>&1 | tee "$BENCH_DIR/build.log" | tail -3; [ "${PIPESTATUS[0]}" = 0 ]; then
            ok=1; break
        fi
        # Someone else is building or editing Sources/: wait and try again.
        sleep 20
    done
    if [ "$ok" != 1 ]; then
        if [ -x "$BIN" ]; then
            binary_note="**Note:** \`swift build -c release\` kept failing (others were editing Sources/), so these figures are for the existing binary built $(date -r "$BIN" '+%Y-%m-%d %H:%M')."
            echo "warning: build failed 8 times; benchmarking the existing $BIN" >&2
        else
            echo "error: swift build -c release failed and there is no binary; see $BENCH_DIR/build.log" >&2
            exit 2
        fi
    fi
fi
[ -x "$BIN" ] || { echo "error: $BIN is missing" >&2; exit 2; }
cp -f "$BIN" "$BENCH_DIR/diplograph"
BIN="$BENCH_DIR/diplograph"
binsum="$(sha256sum "$BIN" | cut -c1-12)"
[ -n "$binary_note" ] || binary_note="Binary: \`swift build -c release\`, sha256 ${binsum}…, built $(date -r "$ROOT/.build/release/diplograph" '+%Y-%m-%d %H:%M %Z')."

# ---- 2. corpora
gen_sum="$(sha256sum "$HERE/gen_corpus.py" | cut -c1-16)"
gen() {
    local n=$1 d="$BENCH_DIR/corpus-$1" want
    want="gen=$gen_sum seed=$SEED n=$n"
    if [ -d "$d" ] && [ -f "$d.stamp" ] && [ "$(cat "$d.stamp")" = "$want" ]; then
        echo "==> reusing $d"
    else
        rm -rf "$d" "$d.stamp"
        echo "==> generating $d"
        python3 "$HERE/gen_corpus.py" --articles "$n" --seed "$SEED" --out "$d"
        echo "$want" > "$d.stamp"
    fi
}
for n in $LADDER $SIZES; do gen "$n"; done

# ---- 3. peers' environment (.venv with networkx and rdflib; pyahocorasick and flashtext if they install)
if [ ! -x .venv/bin/python ]; then
    echo "==> creating .venv"
    python3 -m venv .venv || { need_pkg /usr/lib/python3/dist-packages/ensurepip python3-venv; python3 -m venv .venv; }
fi
.venv/bin/python -c 'import networkx, rdflib' 2>/dev/null || .venv/bin/pip install -q networkx rdflib
.venv/bin/python -c 'import ahocorasick, flashtext' 2>/dev/null \
    || .venv/bin/pip install -q pyahocorasick flashtext \
    || echo "note: pyahocorasick/flashtext did not install; the lexicon comparison will say so" >&2

# ---- machine
{
    echo "nproc: $(nproc)"
    echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    free -h | sed 's/^/free -h: /'
    swift --version 2>&1 | grep -v '^$' | sed 's/^/swift --version: /'
    echo "date: $(date '+%Y-%m-%d %H:%M:%S %Z')"
} > "$BENCH_DIR/machine.txt"

# ---- 4. measure, report
echo "==> measuring (budget ${BUDGET} s for the CLI runs)"
python3 "$HERE/measure.py" --bin "$BIN" --bench-dir "$BENCH_DIR" --sizes "$LADDER $SIZES" --main-sizes "$SIZES" \
    --budget "$BUDGET" --python "$ROOT/.venv/bin/python" --root "$ROOT" --machine "$BENCH_DIR/machine.txt" \
    --binary-note "$binary_note" --md "$ROOT/BENCHMARKS.md"

if [ "$PROFILE" = 1 ]; then
    BENCH_DIR="$BENCH_DIR" BENCH_BIN="$BIN" bash "$HERE/profile.sh"
fi
echo "==> done in $(( $(date +%s) - T0 )) s; results in BENCHMARKS.md and $BENCH_DIR/results.json"
