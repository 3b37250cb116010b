package org.crediteval.releng.codegen;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Monitor;

/**
 * EMF's standard generator adapters, except that the model-level adapter writes no Eclipse plugin files
 * (plugin.xml, plugin.properties, build.properties, MANIFEST.MF): the model bundle is built by bnd, and on
 * Felix nothing would read them.
 */
final class BundleGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory {

    @Override
    public Adapter createGenModelAdapter() {
        if (genModelGeneratorAdapter == null) {
            genModelGeneratorAdapter = new JavaOnlyGenModelAdapter(this);
        }
        return genModelGeneratorAdapter;
    }

    private static final class JavaOnlyGenModelAdapter extends GenModelGeneratorAdapter {

        JavaOnlyGenModelAdapter(GenModelGeneratorAdapterFactory factory) {
            super(factory);
        }

        @Override
        protected void generateModelPluginProperties(GenModel genModel, Monitor monitor) {
            monitor.worked(1);
        }

        @Override
        protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
            monitor.worked(1);
        }

        @Override
        protected void generateModelManifest(GenModel genModel, Monitor monitor) {
            monitor.worked(2);
        }
    }
}
