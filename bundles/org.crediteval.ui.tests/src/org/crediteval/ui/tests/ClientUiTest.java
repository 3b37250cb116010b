package org.crediteval.ui.tests;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.ui.parts.EvidencePart;
import org.crediteval.ui.parts.RankingPart;
import org.crediteval.ui.session.PackInstaller;
import org.crediteval.ui.parts.RulePacksPart;
import org.crediteval.ui.parts.ScoresPart;
import org.crediteval.ui.session.AssessmentSession;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The client's main flow, driven through the e4 model and injection inside the running application:
 * window → rule packs → open the example evidence → scores → ranking. Screenshots and the JUnit XML go to
 * the output folder; the workbench closes at the end.
 */
final class ClientUiTest {

    private static final String SUITE = "org.crediteval.ui.tests.ClientUiTest";
    private static final long TIMEOUT_MS = 30_000;

    private final MApplication app;
    private final Path out;
    private MWindow window;
    private Display display;
    private IEclipseContext context;
    private Messages messages;

    ClientUiTest(MApplication app, Path out) {
        this.app = app;
        this.out = out;
    }

    void runAll() {
        JUnitXml tests = new JUnitXml(SUITE + "_" + Locale.getDefault().getLanguage());
        Path evidence = Path.of(System.getProperty("crediteval.uitest.evidence", "rulepacks/gd-2017/examples/evidence.csv"));
        tests.run("windowIsShown", this::windowIsShown);
        tests.run("windowTitleFollowsLanguage", this::windowTitleFollowsLanguage);
        tests.run("rulePacksPartListsInstalledPacks", this::rulePacksPartListsInstalledPacks);
        tests.run("ruleDetailsShowRuleUnitsAndBasis", this::ruleDetailsShowRuleUnitsAndBasis);
        tests.run("openingEvidenceShowsScores", () -> openingEvidenceShowsScores(evidence));
        tests.run("rankingListsSubjectsByTotal", this::rankingListsSubjectsByTotal);
        tests.run("editingAFactScoresAgain", this::editingAFactScoresAgain);
        tests.run("aRejectedValueChangesNothing", this::aRejectedValueChangesNothing);
        tests.run("packUninstallAndInstallWithoutRestart", this::packUninstallAndInstallWithoutRestart);
        tests.run("anInvalidPackIsNotInstalled", this::anInvalidPackIsNotInstalled);
        try {
            tests.write(out);
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.out.println("[ui-test] " + (tests.failures() == 0 ? "all passed" : tests.failures() + " failed"));
        if (display != null) {
            display.asyncExec(() -> app.getContext().get(IWorkbench.class).close());
        } else {
            System.exit(1);
        }
    }

    // --- the checks ---------------------------------------------------------------------------------------

    void windowIsShown() throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (app.getSelectedElement() == null || app.getSelectedElement().getWidget() == null) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("no window within " + TIMEOUT_MS + " ms");
            Thread.sleep(100);
        }
        window = app.getSelectedElement();
        display = ((Shell) window.getWidget()).getDisplay();
        context = window.getContext();
        messages = ui(() -> ContextInjectionFactory.make(MessagesHolder.class, context).messages);
        waitUntil("the main window is visible", () -> ((Shell) window.getWidget()).isVisible());
        screenshot("01-window.png");
    }

    void windowTitleFollowsLanguage() throws Exception {
        String title = ui(() -> ((Shell) window.getWidget()).getText());
        boolean english = Locale.getDefault().getLanguage().equals("en");
        String expected = english ? "analyst client" : "分析客户端";
        check(title.contains(expected), "title '" + title + "' should contain '" + expected + "' (locale " + Locale.getDefault() + ")");
    }

    void rulePacksPartListsInstalledPacks() throws Exception {
        RulePacksPart part = show("org.crediteval.ui.part.rulepacks", RulePacksPart.class);
        waitUntil("gd-2017 and js-2012 are listed", () -> ids(part).containsAll(List.of("gd-2017", "js-2012")));
        int rows = ui(() -> part.viewer().getTree().getItemCount());
        check(rows >= 2, "the tree shows " + rows + " packs");
    }

    void ruleDetailsShowRuleUnitsAndBasis() throws Exception {
        RulePacksPart part = show("org.crediteval.ui.part.rulepacks", RulePacksPart.class);
        RulePack gd = ui(() -> pack(part, "gd-2017"));
        Indicator indicator = gd.scheme().getDimensions().stream().flatMap(d -> d.getIndicators().stream())
                .filter(i -> !i.getResponsibleUnits().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("gd-2017 names no responsible unit"));
        Item item = indicator.getItems().get(0);
        String details = ui(() -> {
            part.viewer().setSelection(new StructuredSelection(item), true);
            return part.detailsText();
        });
        check(details.contains(messages.detail_rule), "details name the rule: " + details);
        check(details.contains(item.getLabel()), "details show the item's text: " + details);
        check(details.contains(messages.detail_units) && details.contains(indicator.getResponsibleUnits().get(0)),
                "details show the responsible units: " + details);
        Dimension dimension = (Dimension) indicator.eContainer();
        check(dimension != null, "the indicator has its dimension");
        screenshot("02-rulepacks.png");
    }

    void openingEvidenceShowsScores(Path evidence) throws Exception {
        check(Files.isRegularFile(evidence), "the example evidence exists: " + evidence.toAbsolutePath());
        AssessmentSession session = Objects.requireNonNull(context.get(AssessmentSession.class), "session service");
        ScoresPart part = show("org.crediteval.ui.part.scores", ScoresPart.class);
        Job job = SessionJobs.open(session, messages, evidence.toAbsolutePath(), null);
        job.schedule();
        check(job.join(TIMEOUT_MS, null), "the import job ends within " + TIMEOUT_MS + " ms");
        check(job.getResult().isOK(), "the import job succeeded: " + job.getResult());
        waitUntil("the scores tree shows subjects", () -> part.viewer().getTree().getItemCount() > 0);
        List<?> subjects = ui(() -> (List<?>) part.viewer().getInput());
        SubjectResult first = (SubjectResult) subjects.get(0);
        check(first.total().compareTo(BigDecimal.ZERO) > 0, "the first subject scores above 0: " + first.total());
        String[] row = ui(() -> {
            TreeItem top = part.viewer().getTree().getItem(0);
            return new String[] { top.getText(0), top.getText(1) };
        });
        check(row[0].equals(first.subject()), "first row is the subject " + first.subject() + ", was " + row[0]);
        check(row[1].equals(org.crediteval.ui.internal.RuleText.score(first.total())), "first row shows the total " + first.total() + ", was " + row[1]);
        ItemResult item = first.dimensions().get(0).indicators().get(0).items().get(0);
        check(item.explanation() != null && !item.explanation().isBlank(), "items carry an explanation");
        ui(() -> {
            part.viewer().expandToLevel(first.dimensions().get(0), 2); // show items and their explanations
            return null;
        });
        screenshot("03-scores.png");
    }

    void rankingListsSubjectsByTotal() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        int subjects = session.current().orElseThrow(() -> new AssertionError("nothing scored")).result().subjects().size();
        RankingPart part = show("org.crediteval.ui.part.ranking", RankingPart.class);
        waitUntil("the ranking shows every subject", () -> part.viewer().getTable().getItemCount() == subjects);
        List<?> rows = ui(() -> (List<?>) part.viewer().getInput());
        for (int i = 1; i < rows.size(); i++) {
            BigDecimal before = ((RankingPart.Row) rows.get(i - 1)).subject().total();
            BigDecimal now = ((RankingPart.Row) rows.get(i)).subject().total();
            check(before.compareTo(now) >= 0, "ranking is by total, highest first");
        }
        check(ui(() -> part.viewer().getTable().getItem(0).getText(0)).equals("1"), "the first row has rank 1");
        screenshot("04-ranking.png");
    }

    void editingAFactScoresAgain() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        EvidencePart part = show("org.crediteval.ui.part.evidence", EvidencePart.class);
        waitUntil("the evidence table shows facts", () -> part.viewer().getTable().getItemCount() > 0);
        SubjectResult before = session.current().orElseThrow().result().subjects().get(0);
        RawFact fact = session.current().orElseThrow().evidence().facts().stream()
                .filter(f -> f.subject().equals(before.subject()) && f.factId().equals("1.1.institution")).findFirst()
                .orElseThrow(() -> new AssertionError("the example has no 1.1.institution for " + before.subject()));
        ItemResult itemBefore = item(before, "1.1.institution");
        check(itemBefore.score().signum() > 0, "1.1.institution scores before the edit");
        ui(() -> {
            part.edit(fact, "否");
            return null;
        });
        Job.getJobManager().join(SessionJobs.FAMILY, null);
        SubjectResult after = session.current().orElseThrow().result().subjects().get(0);
        ItemResult itemAfter = item(after, "1.1.institution");
        check(itemAfter.score().signum() == 0, "1.1.institution scores 0 after the edit: " + itemAfter.score());
        check(!itemAfter.explanation().equals(itemBefore.explanation()), "the explanation changes: " + itemAfter.explanation());
        check(after.total().compareTo(before.total()) < 0, "the total drops: " + before.total() + " → " + after.total());
        ScoresPart scores = show("org.crediteval.ui.part.scores", ScoresPart.class);
        String expected = org.crediteval.ui.internal.RuleText.score(after.total());
        // the part hears of the new score through an event delivered on the UI thread
        waitUntil("the Scores part shows the new total " + expected,
                () -> scores.viewer().getTree().getItem(0).getText(1).equals(expected));
        show("org.crediteval.ui.part.evidence", EvidencePart.class);
        screenshot("05-evidence.png");
    }

    void aRejectedValueChangesNothing() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        var before = session.current().orElseThrow();
        String subject = before.result().subjects().get(0).subject();
        try {
            session.setFact(subject, "1.1.duties", "maybe");
            throw new AssertionError("'maybe' for a boolean fact was accepted");
        } catch (org.crediteval.api.evidence.EvidenceException expected) {
            check(!expected.problems().isEmpty(), "the problem is reported");
        }
        check(session.current().orElseThrow() == before, "the session keeps its last good state");
    }

    void packUninstallAndInstallWithoutRestart() throws Exception {
        String jarPath = System.getProperty("crediteval.uitest.packjar");
        check(jarPath != null && Files.isRegularFile(Path.of(jarPath)), "a js-2012 pack jar is given: " + jarPath);
        PackInstaller installer = Objects.requireNonNull(context.get(PackInstaller.class), "pack installer service");
        RulePacksPart part = show("org.crediteval.ui.part.rulepacks", RulePacksPart.class);
        RulePack js = ui(() -> pack(part, "js-2012"));
        Job uninstall = SessionJobs.uninstallPack(installer, messages, js);
        uninstall.schedule();
        check(uninstall.join(TIMEOUT_MS, null) && uninstall.getResult().isOK(), "uninstall succeeded: " + uninstall.getResult());
        waitUntil("js-2012 disappears", () -> !ids(part).contains("js-2012"));
        Job install = SessionJobs.installPack(installer, messages, Path.of(jarPath));
        install.schedule();
        check(install.join(TIMEOUT_MS, null) && install.getResult().isOK(), "install succeeded: " + install.getResult());
        waitUntil("js-2012 is back", () -> ids(part).contains("js-2012"));
        RulePack back = ui(() -> pack(part, "js-2012"));
        ui(() -> {
            part.viewer().setSelection(new StructuredSelection(back), true);
            return null;
        });
        check(ui(part::detailsText).contains(back.origin()), "details show where the pack came from");
        screenshot("06-rulepack-installed.png");
    }

    void anInvalidPackIsNotInstalled() throws Exception {
        PackInstaller installer = context.get(PackInstaller.class);
        Path jar = Files.createTempFile("not-a-pack", ".jar");
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.notapack");
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
            // a bundle without the rule-pack capability
        }
        int packsBefore = context.get(AssessmentSession.class).packs().size();
        List<org.crediteval.api.pack.PackDiagnostic> diagnostics = installer.install(jar);
        check(diagnostics.stream().anyMatch(d -> d.severity() == org.crediteval.api.pack.PackDiagnostic.Severity.ERROR),
                "the validator reports an error: " + diagnostics);
        check(java.util.Arrays.stream(org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
                .noneMatch(b -> "org.example.notapack".equals(b.getSymbolicName())), "no bundle was installed");
        check(context.get(AssessmentSession.class).packs().size() == packsBefore, "the pack list is unchanged");
        Files.deleteIfExists(jar);
    }

    private static ItemResult item(SubjectResult subject, String id) {
        return subject.dimensions().stream().flatMap(d -> d.indicators().stream()).flatMap(i -> i.items().stream())
                .filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no item " + id));
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private <T> T show(String partId, Class<T> type) throws Exception {
        return ui(() -> {
            MPart part = context.get(EPartService.class).showPart(partId, PartState.ACTIVATE);
            return type.cast(part.getObject());
        });
    }

    private static List<String> ids(RulePacksPart part) {
        Object input = part.viewer().getInput();
        return input instanceof List<?> l ? l.stream().map(p -> ((RulePack) p).id()).toList() : List.of();
    }

    private static RulePack pack(RulePacksPart part, String id) {
        return ((List<?>) part.viewer().getInput()).stream().map(RulePack.class::cast).filter(p -> p.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no pack " + id));
    }

    private <T> T ui(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } catch (AssertionError e) {
                failure.set(new Exception(e.getMessage(), e));
            }
        });
        if (failure.get() != null) throw failure.get();
        return result.get();
    }

    private void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!ui(condition)) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(100);
        }
    }

    private void screenshot(String name) throws Exception {
        Thread.sleep(400); // let GTK paint
        ui(() -> {
            while (display.readAndDispatch()) {
                // flush pending paints
            }
            Shell shell = (Shell) window.getWidget();
            Rectangle r = shell.getBounds();
            Image image = new Image(display, r.width, r.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, r.x, r.y);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(out);
            loader.save(out.resolve(name).toString(), SWT.IMAGE_PNG);
            image.dispose();
            return null;
        });
    }

    private static void check(boolean condition, String message) {
        if (!condition) throw new AssertionError(message);
    }
}
