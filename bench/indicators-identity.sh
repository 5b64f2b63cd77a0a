#!/usr/bin/env bash
# `indicators --json` of two checkouts over the same projects, byte for byte: a change that
# should only make the indicators faster must not change one figure.
#   bench/indicators-identity.sh OLD_TREE NEW_TREE OUT_DIR PROJECT.duckdb...
# OLD_TREE and NEW_TREE are checkouts with node_modules (a git worktree of the old commit
# with node_modules symlinked will do). Exits 1 on the first difference, naming it.
set -euo pipefail
if [ $# -lt 4 ]; then
  echo "usage: $0 OLD_TREE NEW_TREE OUT_DIR PROJECT.duckdb..." >&2
  exit 2
fi
old=$1 new=$2 out=$3
shift 3
mkdir -p "$out"
filter_sets=(
  ''
  '--theme|Circular economy|--region|Europe'
  '--programme|IUC|--status|Active'
  '--region|South Asia|--from|2018-01-01|--to|2021-12-31'
  '--component|region-to-region|--as-of|2019-12-31'
  '--as-of|2022-06-30'
  '--theme|no such theme'
)
status=0
for project in "$@"; do
  name=$(basename "$project" .duckdb)
  for i in "${!filter_sets[@]}"; do
    IFS='|' read -r -a args <<< "${filter_sets[$i]}"
    for tree in old new; do
      dir=$old; [ $tree = new ] && dir=$new
      (cd "$dir" && npx tsx src-main/cli/main.ts indicators "$project" "${args[@]}" --json) > "$out/$tree-$name-$i.json"
    done
    if cmp -s "$out/old-$name-$i.json" "$out/new-$name-$i.json"; then
      echo "same: $name [${filter_sets[$i]}] ($(wc -c < "$out/new-$name-$i.json") bytes)"
    else
      echo "DIFFERENT: $name [${filter_sets[$i]}]: diff $out/old-$name-$i.json $out/new-$name-$i.json"
      status=1
    fi
  done
done
exit $status
