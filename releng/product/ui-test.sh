#!/usr/bin/env bash
# UI tests of the analyst client, inside the running application, under Xvfb.
#
#   releng/product/ui-test.sh [--update-docs]
#
# Adds the test bundle (bundles/org.crediteval.ui.tests) to a copy of the materialized product, starts it once in
# Chinese and once with -nl en, and lets the bundle drive the parts through the e4 model and injection: window,
# rule packs, open rulepacks/gd-2017/examples/evidence.csv, scores, ranking. Results:
#   releng/product/target/test-reports/ui-<lang>/TEST-*.xml  (JUnit XML) and *.png (screenshots)
# --update-docs copies the Chinese screenshots to docs/client-*.png.
# Build first: ./mvnw -Pclient install -pl "$(releng/product/modules.sh)"
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
. releng/scripts/jdk.sh
ce_find_jdk || exit 1

product=releng/product/target/products/org.crediteval.ui.product/linux/gtk/x86_64/credit-eval-ui
tests_jar=$(ls bundles/org.crediteval.ui.tests/target/org.crediteval.ui.tests-*.jar 2>/dev/null | grep -v sources | head -n1 || true)
if [ ! -d "$product" ] || [ -z "$tests_jar" ]; then
    echo "ui-test: build the client first: ./mvnw -Pclient install -pl \"\$(releng/product/modules.sh)\"" >&2
    exit 1
fi

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
fonts=$(fc-list 2>/dev/null || true)
grep -qi -E 'wqy|noto.*cjk' <<<"$fonts" || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "ui-test: installing ${need[*]}" >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" libgtk-3-0) >/dev/null
    else
        echo "ui-test: missing ${need[*]} (apt-get install -y ${need[*]} libgtk-3-0)" >&2
        exit 1
    fi
fi

work=releng/product/target/ui-test
reports=releng/product/target/test-reports
rm -rf "$work" "$reports"
mkdir -p "$work" "$reports"
cp -r "$product" "$work/product"
version=$(unzip -p "$tests_jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: *//p')
cp "$tests_jar" "$work/product/plugins/org.crediteval.ui.tests_$version.jar"
echo "org.crediteval.ui.tests,$version,plugins/org.crediteval.ui.tests_$version.jar,4,true" \
    >> "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
launcher=$(ls "$work"/product/plugins/org.eclipse.equinox.launcher_*.jar | head -n1)
# the pack the install test puts back at run time
packjar=$(ls rulepacks/js-2012/target/org.crediteval.rulepack.js-2012-*.jar \
    "$HOME"/.m2/repository/org/crediteval/org.crediteval.rulepack.js-2012/*/org.crediteval.rulepack.js-2012-*.jar 2>/dev/null \
    | grep -v -E 'sources|javadoc' | head -n1 || true)

status=0
for lang in zh_CN en; do
    out="$reports/ui-${lang%%_*}"
    mkdir -p "$out"
    echo "ui-test: running with -nl $lang"
    set +e
    timeout 180 xvfb-run -a -s "-screen 0 1400x900x24" \
        "$JAVA_HOME/bin/java" -Dfile.encoding=UTF-8 \
        -Dcrediteval.uitest.out="$root/$out" \
        -Dcrediteval.uitest.evidence="$root/rulepacks/gd-2017/examples/evidence.csv" \
        -Dcrediteval.uitest.packjar="$(readlink -f "$packjar")" \
        -Dcrediteval.uitest.erratajar="$root/rulepacks/examples/gd-2017-errata-1.1.0/target/org.crediteval.rulepack.gd-2017-1.1.0.jar" \
        -Dcrediteval.rulepacks.dir="$root/$work/rulepacks-$lang" \
        -Dcrediteval.uitest.db="$root/$work/assessments-$lang.db" \
        -Dcrediteval.uitest.surveys="$root/rulepacks/gd-2017/examples/surveys.csv" \
        -jar "$launcher" -install "$root/$work/product" -configuration "$root/$work/config-$lang" \
        -data "$root/$work/data-$lang" -nl "$lang" -consoleLog > "$out/client.log" 2>&1
    rc=$?
    set -e
    grep '^\[ui-test\]' "$out/client.log" || true
    if ! ls "$out"/TEST-*.xml >/dev/null 2>&1; then
        echo "ui-test: no test report from the $lang run (exit $rc); see $out/client.log" >&2
        tail -n 40 "$out/client.log" >&2
        status=1
    elif grep -q '<failure' "$out"/TEST-*.xml; then
        status=1
    fi
    # an exception the UI swallowed (a label provider, a job, a DS component) fails the run too
    if grep -q -E '^(Exception occurred|Exception in thread|java\.lang\.[A-Za-z]*(Exception|Error)\b)' "$out/client.log"; then
        echo "ui-test: exceptions in the $lang client log ($out/client.log):" >&2
        grep -m 5 -E '^(Exception occurred|Exception in thread|java\.lang\.[A-Za-z]*(Exception|Error)\b)' "$out/client.log" >&2
        status=1
    fi
done

passed=0; failed=0
for f in "$reports"/ui-*/TEST-*.xml; do
    [ -f "$f" ] || continue
    t=$(sed -n 's/.*<testsuite [^>]*tests="\([0-9]*\)".*/\1/p' "$f" | head -n1)
    x=$(sed -n 's/.*<testsuite [^>]*failures="\([0-9]*\)".*/\1/p' "$f" | head -n1)
    passed=$((passed + t - x)); failed=$((failed + x))
done
echo "ui-test: screenshots and reports in $reports"

if [ "${1:-}" = "--update-docs" ] && [ $status = 0 ]; then
    cp "$reports/ui-zh/03-scores.png" docs/client-scores.png
    cp "$reports/ui-zh/02-rulepacks.png" docs/client-rulepacks.png
    cp "$reports/ui-zh/04-ranking.png" docs/client-ranking.png
    cp "$reports/ui-en/03-scores.png" docs/client-scores-en.png
    echo "ui-test: docs/client-*.png updated"
fi
echo "ui-test: $passed passed, $failed failed"
exit $status
