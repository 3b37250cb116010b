#!/usr/bin/env python3
"""Sums every JUnit XML report under the tree (Surefire, bnd-testing, the reference cross-check) and prints
one line `N passed, N failed, N skipped`. Exits 1 when a test failed or none ran."""
import pathlib
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
patterns = ["**/target/surefire-reports/TEST-*.xml", "**/target/failsafe-reports/TEST-*.xml",
            "**/target/test-reports/**/TEST-*.xml",
            "target/test-summary/TEST-*.xml"]
seen = set()
tests = failed = skipped = 0
for pattern in patterns:
    for report in sorted(root.glob(pattern)):
        if report in seen or "/src/" in str(report):
            continue
        seen.add(report)
        suites = ET.parse(report).getroot()
        for suite in ([suites] if suites.tag == "testsuite" else suites.iter("testsuite")):
            tests += int(suite.get("tests", 0))
            failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
            skipped += int(suite.get("skipped", 0))
passed = tests - failed - skipped
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(0 if failed == 0 and tests > 0 else 1)
