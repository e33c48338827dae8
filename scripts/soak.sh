#!/usr/bin/env bash
# Soak test of the release binary: a large synthetic corpus with a fraction of corrupted files,
# one `diplograph export` over it, with time and peak memory from /usr/bin/time -v.
#
#   scripts/soak.sh [ARTICLES] [CORRUPT_FRACTION]      defaults: 10000 0.01
#
# Checks: the export exits 1 (some articles skipped, the rest exported); stderr names every
# corrupted file; stderr names no good file; every good article's `article-<stem>` node is in the
# GraphML and no corrupted one is. The corpus comes from scripts/bench/gen_corpus.py when it exists
# (its "corrupt FILE KIND" lines on stderr say which files are bad), else from a small generator
# here. Environment: BIN=path to a built diplograph (skips the build), SCRATCH=build folder for the
# release build (default .build-soak), KEEP=1 keeps the work folder. Ends with "N passed, M failed".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ARTICLES="${1:-10000}"
CORRUPT="${2:-0.01}"
SCRATCH="${SCRATCH:-$ROOT/.build-soak}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/diplograph-soak.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then echo "work folder (kept): $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1${2:+: $2}"; }

# ---------------------------------------------------------------------------------------------
# The release binary.
# ---------------------------------------------------------------------------------------------
if [ -z "${BIN:-}" ]; then
    echo "==> swift build -c release --scratch-path $SCRATCH"
    for attempt in 1 2 3 4 5 6; do
        set +e
        swift build -c release --product diplograph --scratch-path "$SCRATCH" > "$WORK/build.log" 2>&1
        rc=$?
        set -e
        if [ "$rc" -eq 0 ]; then break; fi
        if grep -qi "lock" "$WORK/build.log" && [ "$attempt" -lt 6 ]; then echo "build folder locked; retrying in 20 s"; sleep 20; continue; fi
        grep -E "error:" "$WORK/build.log" | head -20 >&2 || true
        echo "release build failed" >&2
        exit 2
    done
    BIN="$SCRATCH/release/diplograph"
fi
[ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 2; }

if [ ! -x /usr/bin/time ]; then
    echo "==> installing GNU time (/usr/bin/time)"
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y --no-install-recommends time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y --no-install-recommends time >/dev/null; }
    else sudo apt-get install -y --no-install-recommends time >/dev/null; fi
fi

# ---------------------------------------------------------------------------------------------
# The corpus.
# ---------------------------------------------------------------------------------------------
CORPUS="$WORK/corpus"
echo "==> corpus: $ARTICLES articles, corrupt fraction $CORRUPT, in $CORPUS"
start=$(date +%s.%N)
if [ -f scripts/bench/gen_corpus.py ]; then
    python3 scripts/bench/gen_corpus.py --articles "$ARTICLES" --corrupt "$CORRUPT" --seed 7 --out "$CORPUS" \
        > "$WORK/gen.out" 2> "$WORK/gen.err"
    generator="scripts/bench/gen_corpus.py"
else
    # Fallback: a tiny generator with the same "corrupt FILE KIND" report.
    python3 - "$ARTICLES" "$CORRUPT" "$CORPUS" > "$WORK/gen.out" 2> "$WORK/gen.err" <<'PY'
import os, random, sys
n, fraction, out = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
leaders = [("Tổng thống Mỹ", "Joe Biden"), ("Tổng thống Nga", "Vladimir Putin"), ("Chủ tịch Trung Quốc", "Tập Cận Bình"),
           ("Thủ tướng Nhật Bản", "Fumio Kishida"), ("Tổng thống Pháp", "Emmanuel Macron")]
verbs = ["đã điện đàm với", "đã hội đàm với", "sẽ gặp", "kêu gọi", "cảnh báo"]
for i in range(n):
    r = random.Random(i * 7919 + 7)
    name = f"{i:06d}.txt"
    path = os.path.join(out, name)
    if r.random() < fraction:
        kind = r.choice(["nul-bytes", "invalid-utf8", "empty", "binary"])
        data = {"nul-bytes": "Tổng thống\x00nói".encode(), "invalid-utf8": b"Ha \xc3\x28 Noi", "empty": b"",
                "binary": bytes(r.randrange(256) for _ in range(512)) + b"\x00"}[kind]
        open(path, "wb").write(data)
        print(f"corrupt {name} {kind}", file=sys.stderr)
        continue
    a, b = r.sample(leaders, 2)
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(2015, 2026)
    body = "\n\n".join(f"{a[0]} {a[1]} {r.choice(verbs)} {b[0]} {b[1]} ngày {day}/{month}." for _ in range(r.randint(3, 10)))
    open(path, "w", encoding="utf-8").write(f"---\ntitle: Bài {i}\ndate: {year:04d}-{month:02d}-{day:02d}\n---\n{body}\n")
print(f"{n} articles in {out}")
PY
    generator="scripts/soak.sh (built-in generator)"
fi
end=$(date +%s.%N)
sed -n 's/^corrupt \([^ ]*\).*/\1/p' "$WORK/gen.err" | sort > "$WORK/corrupt.list"
ls "$CORPUS" | grep -v '^manifest.json$' | sort > "$WORK/all.list"
comm -23 "$WORK/all.list" "$WORK/corrupt.list" > "$WORK/good.list"
total=$(wc -l < "$WORK/all.list")
ncorrupt=$(wc -l < "$WORK/corrupt.list")
ngood=$(wc -l < "$WORK/good.list")
printf 'generated with %s in %.1f s: %d files (%s), %d corrupt, %d good\n' "$generator" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" \
    "$total" "$(du -sh "$CORPUS" | cut -f1)" "$ncorrupt" "$ngood"
[ "$ncorrupt" -gt 0 ] || fail corpus-has-corrupt-files "the generator reported no corrupt file"

# ---------------------------------------------------------------------------------------------
# One export, timed.
# ---------------------------------------------------------------------------------------------
echo "==> $BIN export (graphml, --no-cache) under /usr/bin/time -v"
set +e
DIPLOGRAPH_CACHE="$WORK/cache" /usr/bin/time -v -o "$WORK/time.txt" \
    "$BIN" export "$CORPUS" --output-dir "$WORK/out" --name soak --format graphml --no-cache --quiet \
    > "$WORK/stdout" 2> "$WORK/stderr"
rc=$?
set -e
wall=$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt")
user=$(sed -n 's/^\s*User time (seconds): //p' "$WORK/time.txt")
sys=$(sed -n 's/^\s*System time (seconds): //p' "$WORK/time.txt")
rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
GRAPHML="$WORK/out/soak.graphml"
echo "exit $rc; wall $wall; user ${user}s; sys ${sys}s; peak RSS $((rss / 1024)) MiB ($rss KiB); stderr $(wc -l < "$WORK/stderr") lines; GraphML $(du -h "$GRAPHML" 2>/dev/null | cut -f1)"

if [ "$rc" -eq 1 ]; then pass exit-code-1-some-skipped; else fail exit-code-1-some-skipped "exit status $rc"; fi

# Every corrupted file is named on stderr; no good file is.
missing=0
while IFS= read -r f; do
    grep -qF "/$f" "$WORK/stderr" || { missing=$((missing + 1)); [ "$missing" -le 5 ] && echo "  not named on stderr: $f"; }
done < "$WORK/corrupt.list"
if [ "$missing" -eq 0 ]; then pass stderr-names-every-corrupt-file; else fail stderr-names-every-corrupt-file "$missing of $ncorrupt not named"; fi
grep -oE "[0-9A-Za-z_.-]+\.txt" "$WORK/stderr" | sort -u > "$WORK/named.list" || true
wrongly=$(comm -12 "$WORK/named.list" "$WORK/good.list" | wc -l)
if [ "$wrongly" -eq 0 ]; then pass stderr-names-no-good-file; else
    fail stderr-names-no-good-file "$wrongly good files named, e.g. $(comm -12 "$WORK/named.list" "$WORK/good.list" | head -3 | tr '\n' ' ')"
fi

# Every good article is in the GraphML; no corrupted one is.
if [ -f "$GRAPHML" ]; then
    python3 - "$GRAPHML" "$WORK/good.list" "$WORK/corrupt.list" <<'PY' > "$WORK/graph.check" || true
import sys, xml.etree.ElementTree as ET
ns = "{http://graphml.graphdrawing.org/xmlns}"
ids, edges = set(), 0
for _, el in ET.iterparse(sys.argv[1]):
    if el.tag == ns + "node": ids.add(el.get("id"))
    elif el.tag == ns + "edge": edges += 1
    if el.tag in (ns + "node", ns + "edge"): el.clear()
def stem(f): return f.rsplit(".", 1)[0]
good = [l.strip() for l in open(sys.argv[2]) if l.strip()]
bad = [l.strip() for l in open(sys.argv[3]) if l.strip()]
missing = [f for f in good if "article-" + stem(f) not in ids]
present = [f for f in bad if "article-" + stem(f) in ids]
articles = sum(1 for i in ids if i.startswith("article-"))
print(f"nodes {len(ids)} edges {edges} article-nodes {articles}")
print(f"missing {len(missing)} {' '.join(missing[:5])}")
print(f"present {len(present)} {' '.join(present[:5])}")
PY
    cat "$WORK/graph.check"
    if grep -q "^missing 0" "$WORK/graph.check"; then pass every-good-article-in-graphml; else
        fail every-good-article-in-graphml "$(grep '^missing' "$WORK/graph.check")"; fi
    if grep -q "^present 0" "$WORK/graph.check"; then pass no-corrupt-article-in-graphml; else
        fail no-corrupt-article-in-graphml "$(grep '^present' "$WORK/graph.check")"; fi
else
    fail every-good-article-in-graphml "no GraphML written"
fi

if [ -n "$user" ] && [ "$ngood" -gt 0 ]; then
    secs=$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    awk -v n="$total" -v w="$secs" -v u="$user" -v s="$sys" \
        'BEGIN { printf "throughput: %.0f articles/s (wall), %.2f ms CPU per article\n", n / w, (u + s) * 1000 / n }'
fi
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
