#!/usr/bin/env bash
# The project's test command: installs what is missing, builds, runs `swift test`, checks that the
# committed exports/ match what the release binary makes from seeds/, and runs the external-consumer
# checks of scripts/check_exports.py. Ends with one line "N passed, M failed" (read by CI) and exits
# non-zero when anything failed.
# Usage: bash scripts/test.sh      (from any folder; CI runs it through .ci/run)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAIL $1${2:+: $2}"; }
summary() {
    echo
    if [ "${#failures[@]}" -gt 0 ]; then echo "failed: ${failures[*]}"; fi
    echo "$passed passed, $failed failed"
}

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# ---------------------------------------------------------------------------------------------
# (a) Install what is missing.
# ---------------------------------------------------------------------------------------------
echo "==> system packages"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "warning: not root and no sudo: cannot install missing Debian packages" >&2
    fi
fi
missing=()
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
need() { # need PACKAGE [COMMAND]
    if [ -n "${2:-}" ] && ! command -v "$2" >/dev/null 2>&1; then missing+=("$1"); return; fi
    if command -v dpkg-query >/dev/null 2>&1 && ! pkg_installed "$1"; then missing+=("$1"); fi
}
need libxml2-dev              # headers for the CLibXML2 system library target
need pkg-config pkg-config    # SwiftPM finds libxml-2.0 through pkg-config
need libxml2-utils xmllint
need raptor2-utils rapper
need graphviz dot
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then missing+=(python3-venv); fi
if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
else
    echo "all present (libxml2-dev pkg-config libxml2-utils raptor2-utils graphviz)"
fi

echo "==> Python environment .venv"
PY_PACKAGES=(networkx igraph pyoxigraph rdflib pyshacl)
VENV_PY="$ROOT/.venv/bin/python"
if [ -x "$VENV_PY" ] && "$VENV_PY" -c 'import networkx, igraph, pyoxigraph, rdflib, pyshacl' >/dev/null 2>&1; then
    echo "present: ${PY_PACKAGES[*]}"
else
    echo "installing into .venv: ${PY_PACKAGES[*]}"
    [ -x "$VENV_PY" ] || python3 -m venv "$ROOT/.venv"
    "$VENV_PY" -m pip install --disable-pip-version-check --quiet "${PY_PACKAGES[@]}"
    "$VENV_PY" -c 'import networkx, igraph, pyoxigraph, rdflib, pyshacl'
fi

# ---------------------------------------------------------------------------------------------
# (b) Build and unit tests.
# ---------------------------------------------------------------------------------------------
echo "==> swift build -c release"
# Once more after a failure: SwiftPM itself has been seen to crash (a signal in its own process)
# midway through a build that then completes; a build that really fails fails twice.
if ! swift build -c release && ! { echo "==> swift build -c release (again)"; swift build -c release; }; then
    fail swift-build-release "the release build failed"
    summary
    exit 1
fi

echo "==> swift test"
if swift test; then pass swift-test; else fail swift-test "swift test exited non-zero (see its output above)"; fi

# ---------------------------------------------------------------------------------------------
# (c) The committed exports are what scripts/export-seeds.sh makes now.
# ---------------------------------------------------------------------------------------------
echo "==> exports/ up to date"
BIN="$ROOT/.build/release/diplograph"
if "$BIN" export seeds --format all --output-dir "$TMP/fresh" --name seeds && "$BIN" export seeds --view actors --format all --output-dir "$TMP/fresh" --name seeds; then
    stale=()
    for fresh in "$TMP"/fresh/*; do
        f="exports/$(basename "$fresh")"
        if [ ! -f "$f" ]; then stale+=("$f (missing)")
        elif ! cmp -s "$fresh" "$f"; then stale+=("$f")
        fi
    done
    if [ "${#stale[@]}" -eq 0 ]; then pass exports-fresh; else
        fail exports-fresh "exports/ is stale: run scripts/export-seeds.sh (differs: ${stale[*]})"
    fi
else
    fail exports-fresh "diplograph export seeds exited non-zero"
fi

# ---------------------------------------------------------------------------------------------
# (d) External consumers on the committed exports.
# ---------------------------------------------------------------------------------------------
echo "==> scripts/check_exports.py"
set +e
DIPLOGRAPH_BIN="$BIN" "$VENV_PY" scripts/check_exports.py 2>&1 | tee "$TMP/checks.log"
checks_rc=${PIPESTATUS[0]}
set -e
check_pass=$(grep -c '^PASS ' "$TMP/checks.log" || true)
check_fail=$(grep -c '^FAIL ' "$TMP/checks.log" || true)
passed=$((passed + check_pass))
failed=$((failed + check_fail))
while IFS= read -r name; do failures+=("$name"); done < <(sed -n 's/^FAIL \([^:]*\).*/\1/p' "$TMP/checks.log")
if [ "$checks_rc" -ne 0 ] && [ "$check_fail" -eq 0 ]; then
    fail check-exports "scripts/check_exports.py exited $checks_rc"
fi

# ---------------------------------------------------------------------------------------------
# (d2) Quality gates on the development data (seed scorer, identity, sentence suites).
# ---------------------------------------------------------------------------------------------
echo "==> scripts/check_quality.py"
set +e
"$VENV_PY" scripts/check_quality.py --bin "$BIN" 2>&1 | tee "$TMP/quality.log"
quality_rc=${PIPESTATUS[0]}
set -e
q_pass=$(grep -c '^PASS ' "$TMP/quality.log" || true)
q_fail=$(grep -c '^FAIL ' "$TMP/quality.log" || true)
passed=$((passed + q_pass))
failed=$((failed + q_fail))
while IFS= read -r name; do failures+=("$name"); done < <(sed -n 's/^FAIL \([^:]*\).*/\1/p' "$TMP/quality.log")
if [ "$quality_rc" -ne 0 ] && [ "$q_fail" -eq 0 ]; then
    fail check-quality "scripts/check_quality.py exited $quality_rc"
fi

# ---------------------------------------------------------------------------------------------
# (e) Summary.
# ---------------------------------------------------------------------------------------------
summary
[ "$failed" -eq 0 ]
