package org.crediteval.packs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"model/gd-2017.xmi", "a.xmi", "model/./x.xmi", "golden/01-a/evidence.csv"})
    void plainRelativePathsAreFine(String path) {
        assertThat(EntryNames.problem(path)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../x.xmi", "model/../../x.xmi", "model/..", "C:/x.xmi", "model\\x.xmi"})
    void pathsThatLeaveThePackAreNot(String path) {
        assertThat(EntryNames.problem(path)).isNotNull();
    }
}
