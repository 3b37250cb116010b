package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void writesTheWholeFileAndNothingElse() throws Exception {
        Path target = dir.resolve("result.json");
        AtomicOutput.write(target, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("{}");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path target = Files.writeString(dir.resolve("result.csv"), "old");
        AtomicOutput.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("new");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFailingBodyLeavesNothingBehind() {
        Path target = dir.resolve("result.json");
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(target).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFailingBodyKeepsTheOldFile() throws Exception {
        Path target = Files.writeString(dir.resolve("result.json"), "old");
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            throw new IllegalStateException("exporter bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(target).hasContent("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aMissingFolderIsBadInput() {
        Path target = dir.resolve("no/such/folder/result.json");
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> { }))
                .isInstanceOf(BadInputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aFolderIsNotAFile() {
        assertThatThrownBy(() -> AtomicOutput.checkWritable(dir))
                .isInstanceOf(BadInputException.class).hasMessageContaining("is a folder");
    }
}
