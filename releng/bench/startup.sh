#!/usr/bin/env bash
# Whole-process start-up timing of ./credit-eval against a bare `java -version` of the same JDK.
#
#   releng/bench/startup.sh [-n RUNS] [--flags] [-- CREDIT-EVAL ARGS...]
#
# Measures the median wall time of RUNS runs (default 5, after one warm-up) of
#   1. java -version                       (the JDK the launcher picks)
#   2. ./credit-eval --version             (framework up and down, no pack work)
#   3. ./credit-eval score --pack gd-2017 --evidence rulepacks/gd-2017/examples/evidence.csv
#      (or the ARGS after --), stdout to /dev/null
# and prints the medians and their ratio to (1). With --flags it also runs the jar straight with java
# and each JVM option set the launcher could use, to show what each one buys.
# Uses hyperfine when installed (apt-get install -y hyperfine), else an interleaved bash loop.
# Needs releng/headless/target/credit-eval.jar (./mvnw -q install -DskipTests). The machine should be
# otherwise idle: on 2 cores a concurrent build doubles the numbers (the load average is printed).
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=5
flags=false
while [[ $# -gt 0 ]]; do
    case "$1" in
        -n) runs="$2"; shift 2 ;;
        --flags) flags=true; shift ;;
        --) shift; break ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "startup.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [[ $# -gt 0 ]]; then
    score_args=("$@")
else
    score_args=(score --pack gd-2017 --evidence rulepacks/gd-2017/examples/evidence.csv)
fi

jar=releng/headless/target/credit-eval.jar
[[ -f "$jar" ]] || { echo "startup.sh: $jar is missing; run ./mvnw -q install -DskipTests" >&2; exit 1; }
java_home="$(CREDIT_EVAL_TRACE=1 ./credit-eval --version 2>&1 >/dev/null | sed -n 's/^credit-eval: using \(.*\) (Java .*/\1/p')"
[[ -n "$java_home" ]] || { echo "startup.sh: ./credit-eval found no JDK" >&2; exit 1; }
java="$java_home/bin/java"

quote() { printf '%q ' "$@"; }
labels=()
commands=()
add() { labels+=("$1"); shift; commands+=("$(quote "$@")"); }

add "java -version" "$java" -version
add "credit-eval --version" ./credit-eval --version
add "credit-eval ${score_args[0]}" ./credit-eval "${score_args[@]}"
if $flags; then
    unsafe=()
    "$java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 && unsafe=(--sun-misc-unsafe-memory-access=allow)
    add "jar, no JVM options" "$java" "${unsafe[@]}" -jar "$jar" "${score_args[@]}"
    add "jar, C1 only" "$java" "${unsafe[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" "${score_args[@]}"
    add "jar, C1 + SerialGC" "$java" "${unsafe[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" "${score_args[@]}"
    add "jar, C1 + SerialGC + -UsePerfData" "$java" "${unsafe[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -XX:-UsePerfData -jar "$jar" "${score_args[@]}"
    add "jar, launcher options, -Xshare:off" "$java" "${unsafe[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -XX:-UsePerfData -Xshare:off -jar "$jar" "${score_args[@]}"
fi

echo "java: $java ($("$java" -version 2>&1 | head -n1))"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)"
medians=()
if command -v hyperfine >/dev/null 2>&1; then
    json="$(mktemp)"
    trap 'rm -f "$json"' EXIT
    hyperfine -N --warmup 1 --runs "$runs" --style none --export-json "$json" "${commands[@]}" >/dev/null 2>&1 \
        || hyperfine -N -i --warmup 1 --runs "$runs" --style none --export-json "$json" "${commands[@]}" >/dev/null
    while read -r m; do medians+=("$(awk -v s="$m" 'BEGIN { printf "%d", s * 1000 + 0.5 }')"); done \
        < <(grep -o '"median": *[0-9.eE+-]*' "$json" | sed 's/.*: *//')
    tool="hyperfine $(hyperfine --version | cut -d' ' -f2)"
else
    # interleaved, so that a load that comes and goes hits every command alike
    declare -a all
    for ((i = 0; i <= runs; i++)); do
        for j in "${!commands[@]}"; do
            start=$(date +%s%N)
            eval "${commands[$j]}" >/dev/null 2>&1 || true
            end=$(date +%s%N)
            ((i == 0)) && continue  # warm-up
            all[j]+="$(((end - start) / 1000000)) "
        done
    done
    for j in "${!commands[@]}"; do
        medians+=("$(tr ' ' '\n' <<<"${all[j]}" | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')")
    done
    tool="bash loop"
fi
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '%-40s %10s %8s\n' "median of $runs ($tool)" "wall ms" "ratio"
for j in "${!labels[@]}"; do
    printf '%-40s %10s %8s\n' "${labels[$j]}" "${medians[$j]}" \
        "$(awk -v a="${medians[$j]}" -v b="${medians[0]}" 'BEGIN { printf "%.1fx", a / b }')"
done
