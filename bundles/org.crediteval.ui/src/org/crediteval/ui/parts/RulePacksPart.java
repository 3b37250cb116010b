package org.crediteval.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.model.rules.RuleMaxima;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.internal.RuleText;
import org.crediteval.ui.session.AssessmentSession;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Rule packs: pack → dimension → indicator → item, with the selected element's details and the pack's warnings. */
public class RulePacksPart {

    /** The tree node that holds a pack's validator warnings. */
    public record Warnings(RulePack pack) {
    }

    @Inject
    AssessmentSession session;

    @Inject
    @Translation
    Messages messages;

    @Inject
    org.eclipse.e4.ui.workbench.modeling.ESelectionService selection;

    TreeViewer viewer;
    Text details;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite treeArea = new Composite(sash, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        treeArea.setLayout(layout);
        viewer = new TreeViewer(treeArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new PackContent());
        column(layout, messages.col_name, 5, this::name);
        column(layout, messages.col_max, 1, this::max);
        details = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        sash.setWeights(3, 2);
        viewer.addSelectionChangedListener(e -> {
            Object selected = ((IStructuredSelection) e.getSelection()).getFirstElement();
            details.setText(details(selected));
            selection.setSelection(selected); // the uninstall handler acts on a selected pack
        });
        viewer.setInput(session.packs());
    }

    @Inject
    @Optional
    void packsChanged(@UIEventTopic(AssessmentSession.TOPIC_PACKS) List<RulePack> packs) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(packs);
        }
    }

    @Focus
    public void focus() {
        viewer.getControl().setFocus();
    }

    /** The tree, for tests and for other parts that want to reveal an element. */
    public TreeViewer viewer() {
        return viewer;
    }

    /** The details text of the selection. */
    public String detailsText() {
        return details.getText();
    }

    private void column(TreeColumnLayout layout, String title, int weight, java.util.function.Function<Object, String> text) {
        Columns.tree(viewer, layout, title, weight, 60, text);
    }

    private String name(Object e) {
        return switch (e) {
            case RulePack p -> p.name() + "  (" + p.id() + " " + p.version() + ")";
            case Warnings w -> messages.part_rulepacks_warnings + " (" + w.pack().warnings().size() + ")";
            case Dimension d -> d.getId() + "  " + d.getName();
            case Indicator i -> i.getId() + "  " + i.getName();
            case Item i -> i.getId() + "  " + i.getLabel();
            case PackDiagnostic d -> d.toString();
            default -> String.valueOf(e);
        };
    }

    private String max(Object e) {
        return switch (e) {
            case RulePack p -> RuleText.num(p.scheme().getBaseMax()) + (p.scheme().getBonusMax() == null ? ""
                    : " + " + RuleText.num(p.scheme().getBonusMax()));
            case Dimension d -> RuleText.num(d.getMax());
            case Indicator i -> RuleText.num(i.getMax());
            case Item i -> RuleText.num(safeItemMax(i));
            default -> "";
        };
    }

    private static java.math.BigDecimal safeItemMax(Item item) {
        try {
            return RuleMaxima.itemMax(item);
        } catch (RuntimeException e) {
            return null;
        }
    }

    String details(Object e) {
        StringBuilder b = new StringBuilder();
        switch (e) {
            case null -> { }
            case RulePack p -> {
                line(b, messages.detail_id, p.id());
                line(b, messages.detail_version, p.version());
                line(b, messages.detail_origin, p.origin());
                line(b, messages.detail_source, p.scheme().getSource());
                list(b, messages.detail_notes, p.scheme().getNotes());
                list(b, messages.part_rulepacks_warnings, p.warnings().stream().map(PackDiagnostic::toString).toList());
            }
            case Warnings w -> list(b, messages.part_rulepacks_warnings,
                    w.pack().warnings().stream().map(PackDiagnostic::toString).toList());
            case Dimension d -> {
                line(b, messages.detail_id, d.getId());
                line(b, messages.col_name, d.getName());
                line(b, messages.detail_max, RuleText.num(d.getMax()));
            }
            case Indicator i -> {
                line(b, messages.detail_id, i.getId());
                line(b, messages.col_name, i.getName());
                line(b, messages.detail_max, RuleText.num(i.getMax()));
                list(b, messages.detail_units, i.getResponsibleUnits());
                list(b, messages.detail_basis, i.getEvidenceBasis());
                list(b, messages.detail_methods, i.getAssessmentMethods());
                list(b, messages.detail_notes, i.getNotes());
            }
            case Item i -> {
                Indicator indicator = (Indicator) i.eContainer();
                line(b, messages.detail_id, i.getId());
                line(b, messages.col_name, i.getLabel());
                line(b, messages.detail_rule, RuleText.of(i));
                line(b, messages.detail_max, RuleText.num(safeItemMax(i)));
                line(b, messages.detail_facts, String.join(", ", RuleMaxima.factsOf(i).stream().map(f -> f.getId() + " " + f.getLabel()).toList()));
                list(b, messages.detail_units, indicator == null ? List.of() : indicator.getResponsibleUnits());
                list(b, messages.detail_basis, i.getEvidenceBasis().isEmpty() && indicator != null ? indicator.getEvidenceBasis() : i.getEvidenceBasis());
                list(b, messages.detail_methods, i.getAssessmentMethods().isEmpty() && indicator != null ? indicator.getAssessmentMethods() : i.getAssessmentMethods());
                list(b, messages.detail_notes, i.getNotes());
            }
            default -> b.append(e);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String value) {
        if (value != null && !value.isEmpty()) {
            b.append(label).append("：").append(value).append('\n');
        }
    }

    private static void list(StringBuilder b, String label, List<String> values) {
        if (!values.isEmpty()) {
            b.append(label).append("：\n");
            values.forEach(v -> b.append("  • ").append(v).append('\n'));
        }
    }

    /** pack → (warnings) + dimensions → indicators → items. */
    static final class PackContent implements ITreeContentProvider {
        /** Parents the model does not know: a dimension's pack, a warning's node. */
        private final java.util.Map<Object, Object> parents = new java.util.IdentityHashMap<>();

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object e) {
            return switch (e) {
                case RulePack p -> {
                    List<Object> children = new ArrayList<>();
                    if (!p.warnings().isEmpty()) children.add(new Warnings(p));
                    children.addAll(p.scheme().getDimensions());
                    children.forEach(c -> parents.put(c, p));
                    yield children.toArray();
                }
                case Warnings w -> {
                    w.pack().warnings().forEach(d -> parents.put(d, w));
                    yield w.pack().warnings().toArray();
                }
                case Dimension d -> d.getIndicators().toArray();
                case Indicator i -> i.getItems().toArray();
                default -> new Object[0];
            };
        }

        @Override
        public Object getParent(Object e) {
            if (e instanceof Dimension || !(e instanceof org.eclipse.emf.ecore.EObject)) {
                return parents.get(e);
            }
            return ((org.eclipse.emf.ecore.EObject) e).eContainer();
        }

        @Override
        public boolean hasChildren(Object e) {
            return getChildren(e).length > 0;
        }
    }
}
