#!/usr/bin/env bash
# Start-up time of the analyst client: from starting `java` to the main window being mapped on the X display,
# median of N runs (default 5), under Xvfb. Prints each run and the median in seconds.
#
#   releng/bench/client-startup.sh [runs]
#
# Needs the materialized product (./mvnw -Pclient install -pl "$(releng/product/modules.sh)"), xvfb and xdotool.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
. releng/scripts/jdk.sh
ce_find_jdk || exit 1
runs=${1:-5}
product=releng/product/target/products/org.crediteval.ui.product/linux/gtk/x86_64/credit-eval-ui
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n1 || true)
[ -n "$launcher" ] || { echo "client-startup: build the client first" >&2; exit 1; }
for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || { echo "client-startup: needs $tool (apt-get install -y xvfb xdotool)" >&2; exit 1; }
done

work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=$display

# one warm-up run (file system cache, first OSGi configuration), not counted
times=()
for i in $(seq 0 "$runs"); do
    rm -rf "$work/config" "$work/data"
    cp -r "$product/configuration" "$work/config"
    start=$(date +%s%N)
    "$JAVA_HOME/bin/java" -jar "$launcher" -install "$root/$product" -configuration "$work/config" \
        -data "$work/data" -nl zh_CN > "$work/run.log" 2>&1 &
    app=$!
    if ! timeout 60 xdotool search --sync --onlyvisible --name '分析客户端|analyst client' >/dev/null 2>&1; then
        echo "client-startup: no window (see $work/run.log)" >&2; kill $app; exit 1
    fi
    end=$(date +%s%N)
    kill $app; wait $app 2>/dev/null || true
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    if [ "$i" = 0 ]; then echo "warm-up: ${t} s"; else echo "run $i: ${t} s"; times+=("$t"); fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo "client start-up, launch to first window: median ${median} s of $runs runs"
