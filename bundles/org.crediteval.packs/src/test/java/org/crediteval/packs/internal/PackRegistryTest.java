package org.crediteval.packs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crediteval.api.pack.RulePack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PackRegistryTest {
    private final PackRegistry registry = new PackRegistry();

    @BeforeEach
    void packs() {
        // what DS would inject, in no particular order; 1.10.0 must sort above 1.9.0 (versions, not text)
        registry.packs = List.of(pack("js-2012", "1.0.0"), pack("gd-2017", "1.10.0"), pack("gd-2017", "1.9.0"),
                pack("gd-2017", "1.0.0"));
    }

    @Test
    void packsAreOrderedByIdThenVersion() {
        assertThat(registry.packs()).extracting(p -> p.id() + "@" + p.version())
                .containsExactly("gd-2017@1.0.0", "gd-2017@1.9.0", "gd-2017@1.10.0", "js-2012@1.0.0");
    }

    @Test
    void idAloneIsTheHighestVersion() {
        assertThat(registry.find("gd-2017")).map(RulePack::version).hasValue("1.10.0");
        assertThat(registry.find("js-2012")).map(RulePack::version).hasValue("1.0.0");
    }

    @Test
    void idAtVersionIsThatVersionComparedAsOsgiVersions() {
        assertThat(registry.find("gd-2017@1.9.0")).map(RulePack::version).hasValue("1.9.0");
        assertThat(registry.find("gd-2017@1.9")).map(RulePack::version).hasValue("1.9.0");
        assertThat(registry.find(" gd-2017 @ 1.0.0 ")).map(RulePack::version).hasValue("1.0.0");
    }

    @Test
    void unknownIsEmpty() {
        assertThat(registry.find("gd-2017@2.0.0")).isEmpty();
        assertThat(registry.find("gd-2017@x.y")).isEmpty();
        assertThat(registry.find("zj-2020")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
    }

    private static RulePack pack(String id, String version) {
        return new LoadedPack(id, version, id, null, "test", List.of());
    }
}
