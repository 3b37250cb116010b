#!/usr/bin/env bash
# Start-up time of the analyst client: from starting `java` to its main window being mapped on the X display,
# under Xvfb, median of N runs (default 5), against a baseline measured in the same run:
#   baseline   a bare SWT window (the product's own SWT, the same JVM): JVM + SWT + GTK start, nothing else
#   client     the client as a user starts it: configuration area kept from the previous start
#   first      the client's first start: a fresh configuration area each time (Equinox resolves every bundle)
# The three are interleaved run by run, so that a load that comes and goes hits them alike. Prints each run,
# the medians and their ratio to the baseline.
#
#   releng/bench/client-startup.sh [runs]        CLIENT_VMARGS="-D…" adds JVM options to the client's runs
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
swt=$(ls "$product"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar 2>/dev/null | head -n1 || true)
[ -n "$launcher" ] && [ -n "$swt" ] || { echo "client-startup: build the client first" >&2; exit 1; }
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

# the baseline: one shell, shown, then the event loop (compiled once, outside the timing)
mkdir -p "$work/bare"
cat > "$work/bare/BareWindow.java" <<'JAVA'
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

public class BareWindow {
    public static void main(String[] args) {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("bare SWT window");
        shell.setSize(1200, 800);
        shell.open();
        while (!shell.isDisposed()) if (!display.readAndDispatch()) display.sleep();
    }
}
JAVA
"$JAVA_HOME/bin/javac" -d "$work/bare" -cp "$swt" "$work/bare/BareWindow.java"

# time_to_window LABEL WINDOW-NAME-REGEX COMMAND...: prints seconds from start to the window being mapped
time_to_window() {
    local name=$1; shift
    local start end app i
    # the previous run's window must be gone, or the search below would find it
    for i in $(seq 1 50); do
        xdotool search --onlyvisible --name "$name" >/dev/null 2>&1 || break
        sleep 0.2
    done
    start=$(date +%s%N)
    "$@" > "$work/run.log" 2>&1 &
    app=$!
    # polled every 20 ms (xdotool's own --sync waits in steps of half a second)
    for i in $(seq 1 3000); do
        xdotool search --onlyvisible --name "$name" >/dev/null 2>&1 && break
        if [ "$i" = 3000 ] || ! kill -0 $app 2>/dev/null; then
            echo "client-startup: no window '$name' (log: $(tail -3 "$work/run.log"))" >&2; kill $app 2>/dev/null; return 1
        fi
        sleep 0.02
    done
    end=$(date +%s%N)
    kill $app; wait $app 2>/dev/null || true
    sleep 0.3
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}

# each runs in a background subshell: exec, so that killing it kills java
client() { # client CONFIG-DIR: its own workspace beside the configuration, never shared between runs of two modes
    # shellcheck disable=SC2086  # CLIENT_VMARGS: extra JVM options, split on purpose
    exec "$JAVA_HOME/bin/java" ${CLIENT_VMARGS:-} -jar "$launcher" -install "$root/$product" -configuration "$1" \
        -data "$1.data" -nl zh_CN
}
bare() { exec "$JAVA_HOME/bin/java" -cp "$swt:$work/bare" BareWindow; }
fresh_configuration() { rm -rf "$work/first"; cp -r "$product/configuration" "$work/first"; }

cp -r "$product/configuration" "$work/kept"
declare -a t_bare t_client t_first
# run 0 warms the file system cache and creates the kept configuration; not counted
for i in $(seq 0 "$runs"); do
    b=$(time_to_window 'bare SWT window' bare)
    c=$(time_to_window '分析客户端|analyst client' client "$work/kept")
    fresh_configuration
    f=$(time_to_window '分析客户端|analyst client' client "$work/first")
    if [ "$i" = 0 ]; then echo "warm-up: baseline ${b} s, client ${c} s, first start ${f} s"; continue; fi
    echo "run $i: baseline ${b} s, client ${c} s, first start ${f} s"
    t_bare+=("$b"); t_client+=("$c"); t_first+=("$f")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mb=$(median "${t_bare[@]}"); mc=$(median "${t_client[@]}"); mf=$(median "${t_first[@]}")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)"
printf '%-48s %8s %8s\n' "launch to first window, median of $runs" "s" "ratio"
printf '%-48s %8s %8s\n' "bare SWT window (baseline)" "$mb" "1.0x"
printf '%-48s %8s %8s\n' "client (configuration kept)" "$mc" "$(awk -v a="$mc" -v b="$mb" 'BEGIN { printf "%.1fx", a / b }')"
printf '%-48s %8s %8s\n' "client, first start (fresh configuration)" "$mf" "$(awk -v a="$mf" -v b="$mb" 'BEGIN { printf "%.1fx", a / b }')"
