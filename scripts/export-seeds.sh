#!/usr/bin/env bash
# The main job: build diplograph in release mode and export the seed articles (seeds/) as
# exports/seeds.graphml, exports/seeds.rdf and exports/seeds.dot, then draw exports/seeds.svg
# with Graphviz when it is installed. Writes nothing else (besides SwiftPM's .build/).
# Usage: bash scripts/export-seeds.sh      (from any folder)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

echo "==> swift build -c release"
swift build -c release

echo "==> diplograph export seeds --output-dir exports --name seeds"
.build/release/diplograph export seeds --output-dir exports --name seeds
ls -l exports/seeds.graphml exports/seeds.rdf exports/seeds.dot

if command -v dot >/dev/null 2>&1; then
    echo "==> dot -Tsvg exports/seeds.dot -o exports/seeds.svg"
    tmp="$(mktemp exports/.seeds.svg.XXXXXX)"
    trap 'rm -f "$tmp"' EXIT
    dot -Tsvg exports/seeds.dot -o "$tmp"
    chmod 644 "$tmp"
    mv -f "$tmp" exports/seeds.svg
    trap - EXIT
    ls -l exports/seeds.svg
else
    echo "note: Graphviz's dot is not installed, so exports/seeds.svg was not drawn." >&2
    echo "      Install it with: apt-get install -y graphviz   (or run bash scripts/test.sh, which installs it)" >&2
fi
