# Sourced by the launchers and scripts: exports JAVA_HOME pointing at a JDK >= 21 and puts it first on PATH.
# Order: $JAVA_HOME, `java` on PATH, then JDKs under /usr/lib/jvm and /opt (newest first).
# Returns 1 with a message on stderr when there is none.

_ce_java_major() { # prints the feature version of the java binary $1, or nothing
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

ce_find_jdk() {
    local min=21 candidate major
    local -a candidates=()
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
    command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
    while IFS= read -r dir; do candidates+=("$dir/bin/java"); done < <(
        ls -d /usr/lib/jvm/*/ /opt/*jdk*/ /opt/java/*/ 2>/dev/null | sed 's:/$::' | sort -rV)
    for candidate in "${candidates[@]}"; do
        [ -x "$candidate" ] || continue
        major=$(_ce_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
            candidate=$(readlink -f "$candidate")
            export JAVA_HOME="${candidate%/bin/java}"
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    echo "credit-eval needs a JDK $min or newer and found none." >&2
    echo "Looked at: \$JAVA_HOME (${JAVA_HOME:-unset}), 'java' on PATH, /usr/lib/jvm/*, /opt/*jdk*." >&2
    echo "Install one (e.g. Temurin 21+) and set JAVA_HOME to it." >&2
    return 1
}
