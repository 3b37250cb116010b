package org.crediteval.packs.internal;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import java.util.function.UnaryOperator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Every {@link RulePack} service, whoever registered it; picks one by {@code id} or {@code id@version}. */
@Component
public class PackRegistry implements RulePackRegistry {
    static final Comparator<RulePack> ORDER = Comparator.comparing(RulePack::id).thenComparing(PackRegistry::versionOf);

    // dynamic + greedy: packs come and go while commands hold the registry; DS replaces the list on each change
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<RulePack> packs = List.of();

    /** Framework properties (the trust store configuration); system properties when not activated by DS. */
    private UnaryOperator<String> properties = System::getProperty;

    @Activate
    void activate(BundleContext context) {
        properties = context::getProperty;
    }

    @Override
    public List<RulePack> packs() {
        return packs.stream().sorted(ORDER).toList();
    }

    @Override
    public Optional<RulePack> find(String spec) {
        if (spec == null) return Optional.empty();
        int at = spec.indexOf('@');
        String id = (at < 0 ? spec : spec.substring(0, at)).trim();
        if (at < 0) {
            return packs.stream().filter(p -> p.id().equals(id)).max(Comparator.comparing(PackRegistry::versionOf));
        }
        Version wanted;
        try {
            wanted = Version.parseVersion(spec.substring(at + 1).trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // as OSGi versions, so gd-2017@1.0 finds 1.0.0
        return packs.stream().filter(p -> p.id().equals(id) && versionOf(p).equals(wanted)).findFirst();
    }

    @Override
    public List<PackDiagnostic> validate(Path packJar) {
        return JarPackValidator.validate(packJar, properties);
    }

    private static Version versionOf(RulePack pack) {
        try {
            return Version.parseVersion(pack.version());
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion; // the extender refuses such packs; another provider might not
        }
    }
}
