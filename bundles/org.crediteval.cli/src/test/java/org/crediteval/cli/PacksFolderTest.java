package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacksFolderTest {
    @TempDir
    Path dir;

    @Test
    void theEnvironmentNamesTheFolderFirst() {
        assertThat(PacksFolder.folder(Map.of("CREDIT_EVAL_PACKS", "/opt/packs", "XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/opt/packs"));
        assertThat(PacksFolder.folder(Map.of("XDG_DATA_HOME", "/data"))).isEqualTo(Path.of("/data/credit-eval/packs"));
        assertThat(PacksFolder.folder(Map.of("CREDIT_EVAL_PACKS", " ")))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/credit-eval/packs"));
    }

    @Test
    void onlyJarFilesInNameOrderAndNoneWithoutTheFolder() throws Exception {
        Files.writeString(dir.resolve("b.jar"), "x");
        Files.writeString(dir.resolve("a.jar"), "x");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.createDirectory(dir.resolve("c.jar"));
        assertThat(PacksFolder.jars(dir)).containsExactly(dir.resolve("a.jar"), dir.resolve("b.jar"));
        assertThat(PacksFolder.jars(dir.resolve("missing"))).isEmpty();
    }
}
