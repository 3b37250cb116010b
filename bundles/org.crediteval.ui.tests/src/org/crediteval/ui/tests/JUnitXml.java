package org.crediteval.ui.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs named checks in order and writes a Surefire-style {@code TEST-*.xml} (what CI sums up). */
final class JUnitXml {

    @FunctionalInterface
    interface Check {
        void run() throws Exception;
    }

    private record Outcome(String name, double seconds, Throwable failure) {
    }

    private final String suite;
    private final List<Outcome> outcomes = new ArrayList<>();

    JUnitXml(String suite) {
        this.suite = suite;
    }

    void run(String name, Check check) {
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            check.run();
        } catch (Throwable t) {
            failure = t;
        }
        Outcome outcome = new Outcome(name, (System.nanoTime() - start) / 1e9, failure);
        outcomes.add(outcome);
        System.out.println("[ui-test] " + (failure == null ? "PASS " : "FAIL ") + name
                + (failure == null ? "" : ": " + failure));
    }

    long failures() {
        return outcomes.stream().filter(o -> o.failure() != null).count();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        double total = outcomes.stream().mapToDouble(Outcome::seconds).sum();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format(java.util.Locale.ROOT,
                "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\" time=\"%.3f\">\n",
                esc(suite), outcomes.size(), failures(), total));
        for (Outcome o : outcomes) {
            b.append(String.format(java.util.Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
                    esc(suite), esc(o.name()), o.seconds()));
            if (o.failure() == null) {
                b.append("/>\n");
            } else {
                StringWriter trace = new StringWriter();
                o.failure().printStackTrace(new PrintWriter(trace));
                b.append(">\n    <failure message=\"").append(esc(String.valueOf(o.failure().getMessage())))
                        .append("\" type=\"").append(esc(o.failure().getClass().getName())).append("\">")
                        .append(esc(trace.toString())).append("</failure>\n  </testcase>\n");
            }
        }
        b.append("</testsuite>\n");
        Files.writeString(dir.resolve("TEST-" + suite + ".xml"), b, StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
