package org.crediteval.packs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class HeadersTest {
    @Test
    void packCapabilityAsTheConventionsWriteIt() {
        List<Headers.Clause> clauses = Headers.parse(
                "crediteval.rulepack;crediteval.rulepack=gd-2017;version:Version=\"1.0.0\";model=\"model/gd-2017.xmi\"");
        assertThat(clauses).singleElement().satisfies(c -> {
            assertThat(c.namespace()).isEqualTo("crediteval.rulepack");
            assertThat(c.attributes()).containsEntry("crediteval.rulepack", "gd-2017")
                    .containsEntry("version", new Version(1, 0, 0))
                    .containsEntry("model", "model/gd-2017.xmi");
        });
    }

    @Test
    void separatorsInsideQuotesDoNotSplit() {
        List<Headers.Clause> clauses = Headers.parse(
                "osgi.extender;filter:=\"(&(osgi.extender=crediteval.rulepack)(version>=1.0)(!(version>=2.0)))\","
                        + "x;name=\"a,b;c\";esc=\"say \\\"hi\\\"\"");
        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(0).directives()).containsEntry("filter",
                "(&(osgi.extender=crediteval.rulepack)(version>=1.0)(!(version>=2.0)))");
        assertThat(clauses.get(1).attributes()).containsEntry("name", "a,b;c").containsEntry("esc", "say \"hi\"");
    }

    @Test
    void versionThatDoesNotParseStaysText() {
        assertThat(Headers.parse("a;version:Version=banana").get(0).attributes()).containsEntry("version", "banana");
    }

    @Test
    void missingHeaderIsNoClauses() {
        assertThat(Headers.parse(null)).isEmpty();
        assertThat(Headers.parse("")).isEmpty();
    }
}
