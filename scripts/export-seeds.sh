#!/usr/bin/env bash
# The main job: install what the build and the drawing need when missing (libxml2-dev, pkg-config,
# graphviz, as Debian packages), build diplograph in release mode and export the seed articles
# (seeds/) to exports/, 17 files: for the full graph seeds.graphml, seeds.gexf, seeds.rdf, seeds.ttl,
# seeds.nt, seeds.dot and seeds.summary.json, the same seven for the actors view as seeds-actors.*,
# the id ledger seeds.ids.json, then seeds.svg and seeds-actors.svg drawn with Graphviz. Writes
# nothing else (besides SwiftPM's .build/).
# Usage: bash scripts/export-seeds.sh      (from any folder)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Debian packages the build (libxml2 headers through pkg-config) and the drawing (dot) need.
missing=()
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in libxml2-dev pkg-config graphviz; do pkg_installed "$pkg" || missing+=("$pkg"); done
fi
if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
    echo "==> installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update || echo "warning: apt-get update failed" >&2
    $SUDO apt-get install -y --no-install-recommends "${missing[@]}" || echo "warning: could not install ${missing[*]}" >&2
fi

echo "==> swift build -c release"
swift build -c release

# The committed exports are what a first export of seeds/ makes (scripts/test.sh checks them
# against one), so the id ledger starts afresh rather than carrying ids from earlier code.
rm -f exports/seeds.ids.json
# Both views, every format: GraphML, RDF/XML, DOT, GEXF, Turtle, N-Triples, and a summary of each;
# the id ledger exports/seeds.ids.json, shared by both.
for view in full actors; do
    echo "==> diplograph export seeds --view $view --format all --output-dir exports --name seeds"
    .build/release/diplograph export seeds --view "$view" --format all --output-dir exports --name seeds
done
ls -l exports/

if command -v dot >/dev/null 2>&1; then
    for name in seeds seeds-actors; do
        echo "==> dot -Tsvg exports/$name.dot -o exports/$name.svg"
        tmp="$(mktemp "exports/.$name.svg.XXXXXX")"
        trap 'rm -f "$tmp"' EXIT
        dot -Tsvg "exports/$name.dot" -o "$tmp"
        chmod 644 "$tmp"
        mv -f "$tmp" "exports/$name.svg"
        trap - EXIT
    done
    ls -l exports/*.svg
else
    echo "note: Graphviz's dot is not installed, so exports/seeds.svg was not drawn." >&2
    echo "      Install it with: apt-get install -y graphviz   (or run bash scripts/test.sh, which installs it)" >&2
fi
