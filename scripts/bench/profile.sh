#!/usr/bin/env bash
# Callgrind profile of the release binary exporting 100 generated articles (all three formats);
# writes the top functions by instruction count into the "Profile (callgrind)" section of
# BENCHMARKS.md. Run by scripts/bench/run.sh; alone:
#
#   bash scripts/bench/profile.sh        (BENCH_BIN defaults to .build/release/diplograph)
#
# Valgrind 3.19 (Debian 12) cannot read the DWARF 5 that Swift 6.3 emits ("unhandled dwarf2
# abbrev form code 0x25 ... Giving up"), so this profiles a copy with the debug info stripped
# (objcopy --strip-debug): the symbol table stays, so functions keep their names, not lines.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
HERE="$ROOT/scripts/bench"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/diplograph-bench}"
BIN="${BENCH_BIN:-$ROOT/.build/release/diplograph}"
N="${BENCH_PROFILE_ARTICLES:-100}"
SEED="${BENCH_SEED:-1}"
mkdir -p "$BENCH_DIR"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v valgrind >/dev/null 2>&1 || ! command -v callgrind_annotate >/dev/null 2>&1; then
    echo "==> installing valgrind"
    as_root apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq valgrind >/dev/null
fi
[ -x "$BIN" ] || { echo "error: $BIN is missing; build with swift build -c release" >&2; exit 2; }

d="$BENCH_DIR/corpus-profile-$N"
want="gen=$(sha256sum "$HERE/gen_corpus.py" | cut -c1-16) seed=$SEED n=$N"
if ! { [ -f "$d.stamp" ] && [ "$(cat "$d.stamp")" = "$want" ]; }; then
    rm -rf "$d"; python3 "$HERE/gen_corpus.py" --articles "$N" --seed "$SEED" --out "$d" >/dev/null
    echo "$want" > "$d.stamp"
fi

work="$BENCH_DIR/callgrind"
rm -rf "$work"; mkdir -p "$work"
objcopy --strip-debug "$BIN" "$work/diplograph"
echo "==> valgrind --tool=callgrind diplograph export ($N articles)"
start=$(date +%s)
# A private, empty per-article graph cache: a cold run, and nothing left in ~/.cache.
DIPLOGRAPH_CACHE="$work/article-cache" valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    "$work/diplograph" export "$d" --output-dir "$work/out" --name profile > "$work/valgrind.log" 2>&1 || {
    echo "error: valgrind failed; see $work/valgrind.log" >&2; tail -20 "$work/valgrind.log" >&2; exit 1; }
secs=$(( $(date +%s) - start ))
rm -rf "$work/article-cache"

demangle() { if command -v swift >/dev/null 2>&1; then swift demangle --simplified; else cat; fi; }
callgrind_annotate "$work/callgrind.out" 2>/dev/null | demangle > "$work/self.txt"
callgrind_annotate --inclusive=yes "$work/callgrind.out" 2>/dev/null | demangle > "$work/inclusive.txt"

python3 - "$work" "$N" "$secs" "$ROOT/BENCHMARKS.md" "$(sha256sum "$BIN" | cut -c1-12)" <<'PY'
import os, re, sys, time
work, n, secs, md, binsum = sys.argv[1:6]
START, END = "<!-- bench:profile:start -->", "<!-- bench:profile:end -->"
row = re.compile(r"^\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*)$")

def rows(path):
    out, total = [], None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = row.match(line)
        if not m:
            continue
        ir, pct, rest = int(m.group(1).replace(",", "")), float(m.group(2)), m.group(3)
        if "PROGRAM TOTALS" in rest:
            total = ir
            continue
        lib = ""
        mm = re.search(r"\[([^\]]+)\]\s*$", rest)
        if mm:
            lib = os.path.basename(mm.group(1))
            rest = rest[: mm.start()].rstrip()
        fn = rest.split(":", 1)[1] if rest.startswith(("???:", "./")) or re.match(r"^[^ ]+\.(c|S|cpp|swift):", rest) else rest
        out.append((ir, pct, fn.strip(), lib))
    return total, out

def cell(s, width=150):
    s = s.replace("|", "\\|")
    return s if len(s) <= width else s[: width - 1] + "…"

total, selfrows = rows(os.path.join(work, "self.txt"))
_, incl = rows(os.path.join(work, "inclusive.txt"))
skip = re.compile(r"^(\(below main\)|__libc_start|0x0|diplograph_main|main$|protocol witness for ParsableCommand|Export\.run|.*ParsableCommand"
                  r"|partial apply for |closure #|.*Parallel\.map|Export\.extract|protocol witness for )")
# Standard-library generics specialised into our binary (sorts, maps, ...) are not "ours".
stdlib = re.compile(r"^(specialized )?(closure #\d+ in )?(static )?(UnsafeMutableBufferPointer|UnsafeBufferPointer|Sequence|Collection|MutableCollection|RangeReplaceableCollection|BidirectionalCollection|Array|ContiguousArray|Dictionary|Set|String|Substring|_merge|_NativeDictionary|_NativeSet|Hasher|IndexingIterator)\b")
own = [r for r in incl if r[3] == "diplograph" and not skip.match(r[2]) and not stdlib.match(r[2])][:10]

L = ["## Profile (callgrind)", ""]
L.append(f"`valgrind --tool=callgrind` on the release binary (sha256 {binsum}…, debug info stripped because "
         f"valgrind 3.19 cannot read Swift 6.3's DWARF 5) exporting {n} generated articles to all three formats; "
         f"{total:,} instructions in total, {secs} s under valgrind; {time.strftime('%Y-%m-%d %H:%M %Z')}. "
         "Reproduce with `bash scripts/bench/profile.sh`; the raw file is `$BENCH_DIR/callgrind/callgrind.out` "
         "(`callgrind_annotate --inclusive=yes` for the call tree).")
L += ["", "Top 10 functions by instructions executed in the function itself (self, `callgrind_annotate`):", "",
      "| # | instructions | % | function | object |", "|---:|---:|---:|---|---|"]
for i, (ir, pct, fn, lib) in enumerate(selfrows[:10], 1):
    L.append(f"| {i} | {ir:,} | {pct:.1f} | `{cell(fn)}` | {lib} |")
L += ["", "Top 10 of diplograph's own functions by inclusive instructions (the function and everything it calls, "
      "`--inclusive=yes`; the entry points main/run, the parallel-map and closure wrappers around the work, protocol witnesses and standard-library generics specialised into the binary left out):", "",
      "| # | instructions | % | function |", "|---:|---:|---:|---|"]
for i, (ir, pct, fn, lib) in enumerate(own, 1):
    L.append(f"| {i} | {ir:,} | {pct:.1f} | `{cell(fn)}` |")
section = "\n".join(L)
print(section)
text = open(md, encoding="utf-8").read() if os.path.exists(md) else "# Benchmarks\n"
block = f"{START}\n{section}\n{END}"
if START in text and END in text:
    text = text[: text.index(START)] + block + text[text.index(END) + len(END):]
else:
    text = text.rstrip() + "\n\n" + block + "\n"
open(md + ".tmp", "w", encoding="utf-8").write(text)
os.replace(md + ".tmp", md)
PY
