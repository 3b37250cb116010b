package org.crediteval.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.model.io.SchemeResources;
import org.crediteval.model.scheme.Scheme;

/** The gd-2017 pack as the engine sees it, loaded from the copy of its XMI inside the benchmark jar. */
record Gd2017Pack(Scheme scheme) implements RulePack {
    static final String MODEL = "/packs/gd-2017.xmi";

    static Gd2017Pack load() {
        URL url = Gd2017Pack.class.getResource(MODEL);
        if (url == null) throw new IllegalStateException(MODEL + " is not in the jar: rebuild the benchmarks");
        try {
            return new Gd2017Pack(SchemeResources.load(url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String id() {
        return scheme.getId();
    }

    @Override
    public String version() {
        return scheme.getVersion();
    }

    @Override
    public String name() {
        return scheme.getNameZh();
    }

    @Override
    public String origin() {
        return MODEL;
    }

    @Override
    public List<PackDiagnostic> warnings() {
        return List.of();
    }
}
