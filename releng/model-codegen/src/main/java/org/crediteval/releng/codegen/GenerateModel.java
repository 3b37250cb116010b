package org.crediteval.releng.codegen;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's own code generator outside Eclipse: the "Generate Model Code" action of the genmodel editor.
 *
 * <p>Before generating, the genmodel is re-synchronised with its ecore the way the editor's "Reload" does
 * (a fresh genmodel initialised from the ecore, then reconciled with the saved one, which keeps every
 * setting) and saved, so a changed metamodel needs no Eclipse step either.
 *
 * <p>Arguments: the model project folder, the genmodel path inside it.
 */
public final class GenerateModel {

    private static final String ECORE_PLUGIN = "org.eclipse.emf.ecore";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateModel <model project folder> <genmodel path inside it>");
            System.exit(2);
        }
        Path projectDir = Path.of(args[0]).toAbsolutePath().normalize();
        Path genModelFile = projectDir.resolve(args[1]).normalize();
        if (!Files.isRegularFile(genModelFile)) {
            System.err.println("no genmodel at " + genModelFile);
            System.exit(2);
        }
        String projectName = projectDir.getFileName().toString();

        ResourceSet resourceSet = standaloneResourceSet(projectName, projectDir);
        URI genModelUri = URI.createPlatformResourceURI(projectName + "/" + projectDir.relativize(genModelFile), true);
        GenModel genModel = reload(resourceSet, genModelUri);

        Diagnostic diagnostic = generate(genModel);
        report(diagnostic);
        System.exit(diagnostic.getSeverity() >= Diagnostic.ERROR ? 1 : 0);
    }

    /**
     * A resource set that resolves {@code platform:/resource/<project>/} to the project folder and
     * {@code platform:/plugin/org.eclipse.emf.ecore/} to the Ecore jar (for Ecore.genmodel): the two
     * mappings Eclipse's workspace and plugin registry would otherwise provide.
     */
    static ResourceSet standaloneResourceSet(String projectName, Path projectDir) {
        EcorePlugin.getPlatformResourceMap().put(projectName, URI.createFileURI(projectDir + "/"));

        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

        URL ecoreGenModel = EcorePackage.class.getResource("/model/Ecore.genmodel");
        if (ecoreGenModel == null) {
            throw new IllegalStateException("model/Ecore.genmodel not found in the " + ECORE_PLUGIN + " jar");
        }
        URI ecoreJarRoot = URI.createURI(ecoreGenModel.toString()).trimSegments(2).appendSegment("");
        Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
        uriMap.put(URI.createPlatformPluginURI(ECORE_PLUGIN + "/", false), ecoreJarRoot);
        uriMap.put(URI.createPlatformResourceURI(ECORE_PLUGIN + "/", false), ecoreJarRoot);
        return resourceSet;
    }

    /** The editor's "Reload": a genmodel freshly initialised from the ecore, keeping the saved settings. */
    static GenModel reload(ResourceSet resourceSet, URI genModelUri) throws IOException {
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel saved = (GenModel) genModelResource.getContents().get(0);

        List<EPackage> ePackages = new ArrayList<>();
        for (GenPackage genPackage : saved.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            if (ePackage == null || ePackage.eIsProxy()) {
                throw new IllegalStateException("genmodel " + genModelUri + ": cannot resolve the ecore of "
                        + EcoreUtil.getURI(genPackage));
            }
            ePackages.add(ePackage);
        }
        GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
        genModelResource.getContents().add(fresh);
        fresh.initialize(ePackages);
        fresh.getForeignModel().addAll(saved.getForeignModel());
        fresh.reconcile(saved);
        fresh.setImporterID(saved.getImporterID());
        fresh.getUsedGenPackages().addAll(saved.getUsedGenPackages());
        genModelResource.getContents().remove(saved);

        // Ecore's own types (EString, EBigDecimal ...) come from Ecore's genmodel, as in the editor.
        for (EPackage missing : fresh.getMissingPackages()) {
            GenPackage used = usedGenPackage(resourceSet, missing);
            if (used == null) {
                throw new IllegalStateException("no genmodel for the referenced package " + missing.getNsURI());
            }
            if (!fresh.getUsedGenPackages().contains(used)) {
                fresh.getUsedGenPackages().add(used);
            }
        }

        genModelResource.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));
        return fresh;
    }

    private static GenPackage usedGenPackage(ResourceSet resourceSet, EPackage missing) {
        if (!EcorePackage.eNS_URI.equals(missing.getNsURI())) {
            return null;
        }
        URI uri = URI.createPlatformPluginURI(ECORE_PLUGIN + "/model/Ecore.genmodel", false);
        GenModel ecoreGenModel = (GenModel) resourceSet.getResource(uri, true).getContents().get(0);
        return ecoreGenModel.findGenPackage(missing);
    }

    static Diagnostic generate(GenModel genModel) {
        genModel.setCanGenerate(true);
        genModel.setValidateModel(false);

        // Only our factory: no Eclipse extension registry, and no plugin.xml/MANIFEST.MF/build.properties.
        GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
        registry.addDescriptor(GenModelPackage.eNS_URI, BundleGeneratorAdapterFactory::new);
        Generator generator = new Generator(registry);
        generator.setInput(genModel);
        return generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
    }

    private static void report(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() != Diagnostic.OK) {
            System.err.println(diagnostic);
            for (Diagnostic child : diagnostic.getChildren()) {
                System.err.println("  " + child);
            }
            if (diagnostic.getException() != null) {
                diagnostic.getException().printStackTrace();
            }
        }
    }
}
