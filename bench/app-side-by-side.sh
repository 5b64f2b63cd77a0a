#!/bin/sh
# The dashboard bench (bench/app.ts) of two commits, alternated in one sitting, since this
# VM's speed drifts twofold within minutes. Each commit is built in its own folder from
# `git archive` (so other work in the checkout is left out) with this checkout's node_modules
# and bench data.
#   bench/app-side-by-side.sh OLD NEW [PAIRS] [REPS]   e.g. bench/app-side-by-side.sh HEAD~2 HEAD 2 5
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
old=${1:?usage: bench/app-side-by-side.sh OLD NEW [PAIRS] [REPS]}
new=${2:?usage: bench/app-side-by-side.sh OLD NEW [PAIRS] [REPS]}
pairs=${3:-2}
reps=${4:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/twinlens-app-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
for side in old new; do
  eval "commit=\$$side"
  mkdir -p "$work/$side"
  git -C "$repo" archive "$commit" | tar -x -C "$work/$side"
  ln -s "$repo/node_modules" "$work/$side/node_modules"
  mkdir -p "$repo/bench/data"
  rm -rf "$work/$side/bench/data" && ln -s "$repo/bench/data" "$work/$side/bench/data"
  (cd "$work/$side" && npx electron-vite build --logLevel error 1>&2)
done
i=0
while [ "$i" -lt "$pairs" ]; do
  for side in old new; do
    eval "commit=\$$side"
    echo "== $side ($commit) $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
    (cd "$work/$side" && npx tsx bench/app.ts --json --reps "$reps")
  done
  i=$((i + 1))
done
