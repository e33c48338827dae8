#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (a separate package: `swift build` / `swift test` of the
# main package never build them) with coverage and AddressSanitizer, and runs each for SECONDS.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     SECONDS defaults to 600; targets default to all:
#                                             FuzzArticle FuzzFrontMatter FuzzManifest FuzzWriters FuzzHTML
#                                             FuzzCacheEntry
#
# Corpora live in .build-fuzz/corpus/TARGET (kept between runs) and are seeded on every run from
# seeds/ (the project's articles), Fuzz/seeds/ and, for FuzzHTML, seeds/*.txt wrapped in HTML;
# FuzzManifest from seeds/manifest.json and Fuzz/seeds/manifest/.
# Crashes, leaks, timeouts and out-of-memory inputs go to Fuzz/crashes/TARGET/ (libFuzzer's
# crash-*, leak-*, timeout-*, oom-* files); logs to .build-fuzz/logs/TARGET.log.
# FUZZ_DETECT_LEAKS=0 turns LeakSanitizer off. libFuzzer runs in fork
# mode and keeps going after a crash, so one run can collect several.
# Reproduce one input:  SWIFT_BACKTRACE=enable=no .build-fuzz/release/TARGET Fuzz/crashes/TARGET/crash-…
# Exits 1 when a target left a new crash, leak, timeout or oom file, else 0.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SECONDS_EACH="${1:-600}"
shift || true
TARGETS=("$@")
if [ "${#TARGETS[@]}" -eq 0 ]; then TARGETS=(FuzzArticle FuzzFrontMatter FuzzManifest FuzzWriters FuzzHTML FuzzCacheEntry); fi
case "$SECONDS_EACH" in ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2 ;; esac

SCRATCH="$ROOT/.build-fuzz"
BIN="$SCRATCH/release"
CRASHES="$ROOT/Fuzz/crashes"
mkdir -p "$SCRATCH/logs" "$CRASHES"

# SwiftPM's `--sanitize fuzzer` makes the executables use libFuzzer's main; the Swift code is
# instrumented only through -Xswiftc (SwiftPM passes `-sanitize=fuzzer -sanitize=address` as two
# flags and the driver keeps the last, so `--sanitize address` alone would drop coverage).
echo "==> building fuzz targets (release, -sanitize=fuzzer,address) into $SCRATCH"
for attempt in 1 2 3 4 5 6; do
    set +e
    swift build --package-path "$ROOT/Fuzz" --scratch-path "$SCRATCH" -c release \
        --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DDIPLOGRAPH_FUZZ_BUILD -Xcc -fsanitize=address \
        2>&1 | grep -v "Cannot export local symbol" > "$SCRATCH/logs/build.log"
    rc=${PIPESTATUS[0]}
    set -e
    if [ "$rc" -eq 0 ]; then grep "Build complete" "$SCRATCH/logs/build.log" || true; break; fi
    if grep -qi "lock" "$SCRATCH/logs/build.log" && [ "$attempt" -lt 6 ]; then
        echo "build folder locked; retrying in 20 s"; sleep 20; continue
    fi
    grep -E "error:" "$SCRATCH/logs/build.log" | head -20 >&2 || true
    echo "fuzz build failed (see $SCRATCH/logs/build.log)" >&2
    exit 2
done

# Seeds for each target.
seed() { # seed TARGET CORPUS
    local target="$1" corpus="$2"
    mkdir -p "$corpus"
    case "$target" in
        FuzzArticle)
            cp -n seeds/*.txt "$corpus/" 2>/dev/null || true
            cp -n Fuzz/seeds/article/* "$corpus/" 2>/dev/null || true ;;
        FuzzFrontMatter)
            cp -n seeds/*.txt "$corpus/" 2>/dev/null || true
            cp -n Fuzz/seeds/article/* Fuzz/seeds/frontmatter/* "$corpus/" 2>/dev/null || true ;;
        FuzzManifest)
            cp -n seeds/manifest.json "$corpus/seed-manifest.json" 2>/dev/null || true
            cp -n Fuzz/seeds/manifest/* "$corpus/" 2>/dev/null || true ;;
        FuzzHTML)
            cp -n Fuzz/seeds/html/* "$corpus/" 2>/dev/null || true
            for f in seeds/*.txt; do
                [ -f "$f" ] || continue
                local out="$corpus/seed-$(basename "${f%.txt}").html"
                [ -f "$out" ] && continue
                python3 - "$f" "$out" <<'PY'
import html, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
title = html.escape(paragraphs[0][:80]) if paragraphs else ""
body = "\n".join("<p>" + html.escape(p) + "</p>" for p in paragraphs)
open(sys.argv[2], "w", encoding="utf-8").write(
    f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
    f'<meta property="article:published_time" content="2022-02-12T10:00:00+07:00"></head>'
    f'<body><nav>menu</nav><article>{body}</article><footer>f</footer></body></html>')
PY
            done ;;
        FuzzCacheEntry)
            cp -n Fuzz/seeds/cacheentry/* "$corpus/" 2>/dev/null || true ;;
        FuzzWriters)
            cp -n Fuzz/seeds/writers/* "$corpus/" 2>/dev/null || true
            for f in seeds/*.txt; do [ -f "$f" ] && head -c 2048 "$f" > "$corpus/seed-$(basename "$f").bin"; done ;;
    esac
}

options() { # options TARGET
    case "$1" in
        FuzzArticle) echo "-max_len=16384 -dict=$ROOT/Fuzz/dict/article.dict" ;;
        FuzzFrontMatter) echo "-max_len=32768 -dict=$ROOT/Fuzz/dict/frontmatter.dict" ;;
        FuzzManifest) echo "-max_len=32768 -dict=$ROOT/Fuzz/dict/manifest.dict" ;;
        FuzzHTML) echo "-max_len=16384 -dict=$ROOT/Fuzz/dict/html.dict" ;;
        FuzzWriters) echo "-max_len=4096" ;;
        FuzzCacheEntry) echo "-max_len=32768" ;;
    esac
}

status=0
summary=()
for target in "${TARGETS[@]}"; do
    if [ ! -x "$BIN/$target" ]; then echo "no such fuzz target: $target" >&2; status=2; continue; fi
    corpus="$SCRATCH/corpus/$target"
    seed "$target" "$corpus"
    mkdir -p "$CRASHES/$target"
    before=$(ls "$CRASHES/$target" | wc -l)
    log="$SCRATCH/logs/$target.log"
    echo "==> $target for ${SECONDS_EACH}s (corpus $corpus: $(ls "$corpus" | wc -l) files; log $log)"
    set +e
    # The Swift runtime's own backtracer must not catch the crash: libFuzzer and ASan print the stack.
    # LeakSanitizer is on (leak-* files); FUZZ_DETECT_LEAKS=0 turns it off.
    # shellcheck disable=SC2046
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=${FUZZ_DETECT_LEAKS:-1}:symbolize=1" \
        "$BIN/$target" "$corpus" $(options "$target") \
        -max_total_time="$SECONDS_EACH" -timeout=25 -rss_limit_mb=4096 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$CRASHES/$target/" -print_final_stats=1 > "$log" 2>&1
    rc=$?
    set -e
    after=$(ls "$CRASHES/$target" | wc -l)
    execs=$( (grep -Eo "^#[0-9]+" "$log" || true) | tail -n 1 | tr -d '#')
    cov=$( (grep -Eo "cov: [0-9]+" "$log" || true) | tail -n 1)
    line="$target: ${SECONDS_EACH}s, ${execs:-?} executions, ${cov:-cov ?}, corpus $(ls "$corpus" | wc -l), new findings $((after - before)) (libFuzzer exit $rc)"
    summary+=("$line")
    echo "$line"
    if [ "$after" -gt "$before" ]; then
        status=1
        echo "    new files in $CRASHES/$target:"
        ls -t "$CRASHES/$target" | head -n $((after - before)) | sed 's/^/      /'
    fi
done

echo
printf '%s\n' "${summary[@]}"
exit "$status"
