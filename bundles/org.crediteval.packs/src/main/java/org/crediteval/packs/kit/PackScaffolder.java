package org.crediteval.packs.kit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes a new rule-pack project from the kit's template (releng/pack-kit/template): a standalone pom with a bnd
 * build, bnd.bnd with the {@code crediteval.rulepack} capability, a model skeleton that validates, one golden case
 * and a README. {@code mvn package} in the new folder gives an installable pack jar.
 */
@ProviderType
public interface PackScaffolder {
    /** Pack ids look like {@code gd-2017}: lower-case letters and digits in dash-separated groups. */
    String ID_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    /**
     * @param id      the pack id ({@link #ID_PATTERN})
     * @param version {@code major.minor.micro}
     * @param name    the scheme's name (Scheme.nameZh); the id when null or blank
     * @param dir     the project folder; created, and it must not exist yet or be empty
     * @return the files written, relative to {@code dir}
     * @throws IllegalArgumentException for a bad id or version, or a folder that is not empty (the message says which)
     */
    List<Path> create(String id, String version, String name, Path dir) throws IOException;

    default List<Path> create(String id, Path dir) throws IOException {
        return create(id, "1.0.0", null, dir);
    }
}
