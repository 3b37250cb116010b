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
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.analysis.api.UnitTasks;
import org.crediteval.api.store.AssessmentStore;
import org.crediteval.api.survey.CategoryQuota;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.OptionShare;
import org.crediteval.api.survey.QuestionShares;
import org.crediteval.ui.parts.SurveyPart;
import org.crediteval.ui.session.SurveySession;
import org.crediteval.ui.parts.ChartsPart;
import org.crediteval.ui.parts.GapsPart;
import org.eclipse.swt.graphics.ImageData;
import org.crediteval.ui.parts.TasksPart;
import org.crediteval.api.store.AssessmentStores;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.FactType;
import org.crediteval.ui.session.AssessmentArchive;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.TableItem;
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
import org.crediteval.ui.session.Snapshot;
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
    private Path evidenceFile;
    private BigDecimal scoreBefore;
    private BigDecimal scoreAfter;
    private String explanationBefore;

    ClientUiTest(MApplication app, Path out) {
        this.app = app;
        this.out = out;
    }

    void runAll() {
        JUnitXml tests = new JUnitXml(SUITE + "_" + Locale.getDefault().getLanguage());
        Path evidence = Path.of(System.getProperty("crediteval.uitest.evidence", "rulepacks/gd-2017/examples/evidence.csv"));
        evidenceFile = evidence;
        tests.run("windowIsShown", this::windowIsShown);
        tests.run("windowTitleFollowsLanguage", this::windowTitleFollowsLanguage);
        tests.run("rulePacksPartListsInstalledPacks", this::rulePacksPartListsInstalledPacks);
        tests.run("ruleDetailsShowRuleUnitsAndBasis", this::ruleDetailsShowRuleUnitsAndBasis);
        tests.run("openingEvidenceShowsScores", () -> openingEvidenceShowsScores(evidence));
        tests.run("rankingListsSubjectsByTotal", this::rankingListsSubjectsByTotal);
        tests.run("chartsShowRadarAndDimensionComparison", this::chartsShowRadarAndDimensionComparison);
        tests.run("editingABooleanThroughItsCheckBoxScoresAgain", this::editingABooleanThroughItsCheckBoxScoresAgain);
        tests.run("undoRestoresTheOldScore", this::undoRestoresTheOldScore);
        tests.run("redoAppliesTheEditAgain", this::redoAppliesTheEditAgain);
        tests.run("cellEditorsFollowTheFactTypes", this::cellEditorsFollowTheFactTypes);
        tests.run("aRejectedValueGetsAnErrorMarker", this::aRejectedValueGetsAnErrorMarker);
        tests.run("aRejectedValueChangesNothing", this::aRejectedValueChangesNothing);
        tests.run("savingWritesAssessmentEvidenceAndRunToSqlite", this::savingWritesAssessmentEvidenceAndRunToSqlite);
        tests.run("openingTheSavedAssessmentRestoresItsEvidence", this::openingTheSavedAssessmentRestoresItsEvidence);
        tests.run("tasksPartListsUnitsWithMissingFacts", this::tasksPartListsUnitsWithMissingFacts);
        tests.run("gapsPartShowsPointsAtStake", this::gapsPartShowsPointsAtStake);
        tests.run("surveyDashboardShowsQuotasAndShares", this::surveyDashboardShowsQuotasAndShares);
        tests.run("packUninstallAndInstallWithoutRestart", this::packUninstallAndInstallWithoutRestart);
        tests.run("anInvalidPackIsNotInstalled", this::anInvalidPackIsNotInstalled);
        tests.run("errataVersionInstalledBesideTheShippedOne", this::errataVersionInstalledBesideTheShippedOne);
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

    void editingABooleanThroughItsCheckBoxScoresAgain() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        EvidencePart part = show("org.crediteval.ui.part.evidence", EvidencePart.class);
        waitUntil("the evidence editor shows the pack's facts", () -> part.viewer().getTable().getItemCount() > 0);
        SubjectResult before = session.current().orElseThrow().result().subjects().get(0);
        String subject = before.subject();
        FactDefinition institution = fact(session, "1.1.institution");
        check(institution.getType() == FactType.BOOL, "1.1.institution is a boolean fact");
        check(ui(() -> part.subjects().equals(session.current().orElseThrow().result().subjects().stream()
                .map(SubjectResult::subject).toList())), "one column per subject");
        check(ui(() -> part.editorFor(institution)) instanceof CheckboxCellEditor, "a boolean is edited with a check box");
        check("是".equals(ui(() -> part.value(subject, "1.1.institution"))) || Boolean.TRUE.equals(
                org.crediteval.ui.internal.FactValues.bool(ui(() -> part.value(subject, "1.1.institution")))),
                "the example has 1.1.institution = yes for " + subject);
        ItemResult itemBefore = item(before, "1.1.institution");
        check(itemBefore.score().signum() > 0, "1.1.institution scores before the edit");
        scoreBefore = before.total();
        explanationBefore = itemBefore.explanation();
        // activating the check box cell toggles it and commits at once, as a click does
        ui(() -> {
            part.viewer().editElement(institution, part.column(subject));
            return null;
        });
        joinSessionJobs();
        // the part hears of the new state through an event delivered on the UI thread
        waitUntil("the cell holds 否", () -> "否".equals(part.value(subject, "1.1.institution")));
        SubjectResult after = session.current().orElseThrow().result().subjects().get(0);
        ItemResult itemAfter = item(after, "1.1.institution");
        check(itemAfter.score().signum() == 0, "1.1.institution scores 0 after the edit: " + itemAfter.score());
        check(!itemAfter.explanation().equals(itemBefore.explanation()), "the explanation changes: " + itemAfter.explanation());
        check(after.total().compareTo(before.total()) < 0, "the total drops: " + before.total() + " → " + after.total());
        scoreAfter = after.total();
        check(session.canUndo() && session.isDirty(), "the edit is on the command stack");
        ScoresPart scores = show("org.crediteval.ui.part.scores", ScoresPart.class);
        String expected = org.crediteval.ui.internal.RuleText.score(after.total());
        // the part hears of the new score through an event delivered on the UI thread
        waitUntil("the Scores part shows the new total " + expected,
                () -> scores.viewer().getTree().getItem(0).getText(1).equals(expected));
        show("org.crediteval.ui.part.evidence", EvidencePart.class);
        ui(() -> {
            part.viewer().reveal(institution);
            return null;
        });
        screenshot("05-evidence.png");
    }

    void undoRestoresTheOldScore() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        check(scoreAfter != null, "an edit was made before");
        String binding = ui(() -> sequenceFor("org.crediteval.ui.command.undo"));
        check(binding != null && binding.toUpperCase(Locale.ROOT).endsWith("Z"), "undo is bound to Ctrl+Z: " + binding);
        ui(() -> executeCommand("org.crediteval.ui.command.undo"));
        joinSessionJobs();
        SubjectResult now = session.current().orElseThrow().result().subjects().get(0);
        check(now.total().compareTo(scoreBefore) == 0, "undo restores the total " + scoreBefore + ", is " + now.total());
        check(item(now, "1.1.institution").explanation().equals(explanationBefore), "and the item's explanation");
        check(session.canRedo(), "the edit can be redone");
        EvidencePart part = show("org.crediteval.ui.part.evidence", EvidencePart.class);
        waitUntil("the cell shows the old value again",
                () -> Boolean.TRUE.equals(org.crediteval.ui.internal.FactValues.bool(part.value(now.subject(), "1.1.institution"))));
    }

    void redoAppliesTheEditAgain() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        String binding = ui(() -> sequenceFor("org.crediteval.ui.command.redo"));
        check(binding != null && binding.toUpperCase(Locale.ROOT).endsWith("Y"), "redo is bound to Ctrl+Y: " + binding);
        ui(() -> executeCommand("org.crediteval.ui.command.redo"));
        joinSessionJobs();
        SubjectResult now = session.current().orElseThrow().result().subjects().get(0);
        check(now.total().compareTo(scoreAfter) == 0, "redo gives the edited total " + scoreAfter + " again, is " + now.total());
        check(session.canUndo() && !session.canRedo(), "the stack is back at the edit");
    }

    void cellEditorsFollowTheFactTypes() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        EvidencePart part = show("org.crediteval.ui.part.evidence", EvidencePart.class);
        FactDefinition level = session.current().orElseThrow().pack().scheme().getFacts().stream()
                .filter(f -> f.getType() == FactType.LEVEL).findFirst().orElseThrow(() -> new AssertionError("gd-2017 has no level fact"));
        CellEditor levelEditor = ui(() -> part.editorFor(level));
        check(levelEditor instanceof ComboBoxCellEditor, "a level is chosen from a drop-down: " + levelEditor);
        List<String> items = List.of(((ComboBoxCellEditor) levelEditor).getItems());
        check(items.size() == level.getLevels().size() + 1 && items.get(1).startsWith(level.getLevels().get(0).getCode()),
                "the drop-down lists blank and the pack's levels: " + items);
        // choose another level through the drop-down of a cell, as a user does; undo puts the old one back
        String subject = session.current().orElseThrow().result().subjects().get(0).subject();
        String old = ui(() -> part.value(subject, level.getId()));
        int target = 0;
        while (level.getLevels().get(target).getCode().equals(old)) target++;
        String chosen = level.getLevels().get(target).getCode();
        int index = target + 1;
        ui(() -> {
            part.viewer().reveal(level);
            part.viewer().editElement(level, part.column(subject));
            org.eclipse.swt.custom.CCombo combo = (org.eclipse.swt.custom.CCombo) part.cellEditor(level).getControl();
            combo.select(index);
            combo.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            return null;
        });
        joinSessionJobs();
        waitUntil("the cell holds the chosen level " + chosen, () -> chosen.equals(part.value(subject, level.getId())));
        check(session.canUndo(), "the level change is on the command stack");
        ui(() -> executeCommand("org.crediteval.ui.command.undo"));
        joinSessionJobs();
        waitUntil("undo gives back " + old, () -> java.util.Objects.equals(old, part.value(subject, level.getId())));
        FactDefinition rate = session.current().orElseThrow().pack().scheme().getFacts().stream()
                .filter(f -> f.getType() == FactType.RATE).findFirst().orElseThrow(() -> new AssertionError("no rate fact"));
        CellEditor rateEditor = ui(() -> part.editorFor(rate));
        check(rateEditor instanceof TextCellEditor, "a rate is typed");
        String bad = ui(() -> rateEditor.getValidator().isValid("120"));
        String good = ui(() -> rateEditor.getValidator().isValid("95%"));
        check(bad != null && good == null, "the range check refuses 120 and accepts 95%: " + bad + " / " + good);
        check(ui(() -> {
            rateEditor.setValue("120");
            return !rateEditor.isValueValid();
        }), "the cell editor does not commit 120");
        // typing 120 shows the range check's message above the table
        String shown = ui(() -> {
            ((org.eclipse.swt.widgets.Text) rateEditor.getControl()).setText("120");
            return part.statusText();
        });
        check(shown.contains(messages.error_rate), "the range message is shown while typing: '" + shown + "'");
        String cleared = ui(() -> {
            ((org.eclipse.swt.widgets.Text) rateEditor.getControl()).setText("95");
            return part.statusText();
        });
        check(cleared.isEmpty(), "and cleared by a good value: '" + cleared + "'");
    }

    void aRejectedValueGetsAnErrorMarker() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        EvidencePart part = show("org.crediteval.ui.part.evidence", EvidencePart.class);
        var before = session.current().orElseThrow();
        String subject = before.result().subjects().get(1).subject();
        FactDefinition coverage = session.current().orElseThrow().pack().scheme().getFacts().stream()
                .filter(f -> f.getType() == FactType.RATE).findFirst().orElseThrow();
        ui(() -> {
            part.edit(subject, coverage.getId(), "120");
            return null;
        });
        joinSessionJobs();
        check(session.current().orElseThrow() == before, "the rejected value leaves the scored state as it was");
        check(session.rejections().stream().anyMatch(r -> r.subject().equals(subject) && r.factId().equals(coverage.getId())),
                "the session keeps the rejection: " + session.rejections());
        int column = ui(() -> part.column(subject));
        waitUntil("the engine's message is shown above the table", () -> part.statusText().contains(subject)
                && part.statusText().contains(coverage.getId()));
        waitUntil("the cell shows an error marker", () -> {
            TableItem row = row(part, coverage);
            return row.getText(column).startsWith("⚠") && EvidencePart.ERROR.equals(row.getBackground(column));
        });
        ui(() -> {
            part.viewer().reveal(coverage);
            return null;
        });
        screenshot("07-rejected-value.png");
        // a good value clears the marker
        String good = before.evidence().facts().stream().filter(f -> f.subject().equals(subject) && f.factId().equals(coverage.getId()))
                .map(RawFact::value).findFirst().orElse("90");
        ui(() -> {
            part.edit(subject, coverage.getId(), good.equals("90") ? "90" : good);
            return null;
        });
        joinSessionJobs();
        waitUntil("the marker is gone", () -> !row(part, coverage).getText(column).startsWith("⚠"));
        check(session.rejections().stream().noneMatch(r -> r.subject().equals(subject) && r.factId().equals(coverage.getId())),
                "the rejection is cleared");
    }

    void savingWritesAssessmentEvidenceAndRunToSqlite() throws Exception {
        String dbPath = System.getProperty("crediteval.uitest.db");
        check(dbPath != null, "a database path is given with -Dcrediteval.uitest.db");
        Path db = Path.of(dbPath);
        Files.deleteIfExists(db);
        AssessmentSession session = context.get(AssessmentSession.class);
        AssessmentArchive archive = Objects.requireNonNull(context.get(AssessmentArchive.class), "archive service");
        var snapshot = session.current().orElseThrow();
        check(session.isDirty(), "the edited evidence is not saved yet");
        String name = "界面测试-" + Locale.getDefault().getLanguage();
        AtomicReference<AssessmentArchive.Saved> saved = new AtomicReference<>();
        Job job = SessionJobs.save(archive, session, messages, db, name, saved::set);
        job.schedule();
        check(job.join(TIMEOUT_MS, null), "the save job ends");
        check(job.getResult().isOK(), "the save job succeeded: " + job.getResult());
        check(!session.isDirty(), "saved: the session is clean");
        check(saved.get() != null && saved.get().run().id() > 0, "a run id is returned");
        // read the file back with plain JDBC
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
        try (java.sql.Connection c = source.getConnection(); java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("SELECT id, pack_id, pack_version FROM assessment WHERE name = '" + name + "'")) {
                check(rs.next(), "the assessment '" + name + "' is in " + db);
                check(rs.getString(2).equals(snapshot.pack().id()), "pinned to " + snapshot.pack().id() + ": " + rs.getString(2));
            }
            long facts = count(st, "SELECT COUNT(*) FROM fact");
            check(facts == snapshot.evidence().facts().size(), "every fact is stored: " + facts + " of " + snapshot.evidence().facts().size());
            String institution = single(st, "SELECT value FROM fact WHERE subject = '"
                    + snapshot.result().subjects().get(0).subject() + "' AND fact_id = '1.1.institution'");
            check("否".equals(institution), "the edited value is stored: " + institution);
            check(count(st, "SELECT COUNT(*) FROM run") == 1, "one score run is stored");
            check(count(st, "SELECT COUNT(*) FROM run_subject") == snapshot.result().subjects().size(), "with every subject");
        }
        // and with the store API: the run gives the client's totals
        AssessmentStores stores = Objects.requireNonNull(context.get(AssessmentStores.class), "store service");
        try (AssessmentStore store = stores.open(db)) {
            var run = store.loadRun(saved.get().run().id());
            check(run.subjects().get(0).total().compareTo(snapshot.result().subjects().get(0).total()) == 0,
                    "the stored run has the client's total " + snapshot.result().subjects().get(0).total());
            check(store.runs(name).size() == 1 && store.assessment(name).subjects().equals(snapshot.evidence().subjects()),
                    "the assessment holds the subjects and the run");
        }
    }

    void tasksPartListsUnitsWithMissingFacts() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        TasksPart part = show("org.crediteval.ui.part.tasks", TasksPart.class);
        waitUntil("the task list shows units", () -> part.viewer().getTree().getItemCount() > 0);
        String subject = session.current().orElseThrow().result().subjects().get(2).subject();
        String factId = "4.1.person_coverage";
        check(ui(() -> missingFor(part, factId)).isEmpty() || !ui(() -> missingFor(part, factId)).contains(subject),
                subject + " has supplied " + factId + " in the example");
        // remove the fact in the editor: the unit responsible for it now misses it for that subject
        EvidencePart editor = show("org.crediteval.ui.part.evidence", EvidencePart.class);
        ui(() -> {
            editor.edit(subject, factId, "");
            return null;
        });
        joinSessionJobs();
        show("org.crediteval.ui.part.tasks", TasksPart.class);
        waitUntil("the task list names " + subject + " as missing " + factId, () -> missingFor(part, factId).contains(subject));
        TaskList tasks = ui(part::tasks);
        check(tasks.checked() && tasks.subjects().contains(subject), "the list is checked against the scored evidence");
        UnitTasks unit = tasks.units().stream().filter(u -> u.indicators().stream().flatMap(i -> i.facts().stream())
                .anyMatch(f -> f.fact().id().equals(factId))).findFirst().orElseThrow(() -> new AssertionError("no unit provides " + factId));
        check(unit.missing() > 0 && !unit.unit().isBlank(), "the unit " + unit.unit() + " misses facts: " + unit.missing());
        String[] row = ui(() -> {
            for (TreeItem item : part.viewer().getTree().getItems()) {
                if (item.getData() == unit || unit.equals(item.getData())) return new String[] { item.getText(0), item.getText(2) };
            }
            return null;
        });
        check(row != null && row[0].equals(unit.unit()) && Integer.parseInt(row[1]) == unit.missing(),
                "the tree shows the unit and its missing count: " + java.util.Arrays.toString(row));
        screenshot("08-tasks.png");
        ui(() -> executeCommand("org.crediteval.ui.command.undo"));
        joinSessionJobs();
        waitUntil("undo puts the fact back", () -> !missingFor(part, factId).contains(subject));
    }

    void gapsPartShowsPointsAtStake() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        GapsPart part = show("org.crediteval.ui.part.gaps", GapsPart.class);
        int subjects = session.current().orElseThrow().result().subjects().size();
        waitUntil("one row per subject", () -> part.viewer().getTree().getItemCount() == subjects);
        SubjectGaps first = ui(() -> part.gaps().get(0));
        check(first.obtainable().signum() > 0 && first.obtainable().compareTo(first.totalMax().subtract(first.total())) <= 0,
                "points at stake are above 0 and within the headroom: " + first.obtainable());
        check(!first.gaps().isEmpty(), "items below their maximum are listed");
        for (int i = 1; i < first.gaps().size(); i++) {
            check(first.gaps().get(i - 1).obtainable().compareTo(first.gaps().get(i).obtainable()) >= 0, "most points first");
        }
        String[] row = ui(() -> {
            part.viewer().expandToLevel(first, 1);
            TreeItem top = part.viewer().getTree().getItem(0);
            return new String[] { top.getText(0), top.getText(3), top.getItem(0).getText(0) };
        });
        check(row[0].equals(first.subject()), "the first row is " + first.subject() + ": " + row[0]);
        check(row[1].equals(org.crediteval.ui.internal.RuleText.score(first.obtainable())), "and shows the points at stake: " + row[1]);
        check(row[2].startsWith(first.gaps().get(0).itemId()), "its first child is the item with most at stake: " + row[2]);
        screenshot("09-gaps.png");
    }

    void surveyDashboardShowsQuotasAndShares() throws Exception {
        Path file = Path.of(System.getProperty("crediteval.uitest.surveys", "rulepacks/gd-2017/examples/surveys.csv"));
        check(Files.isRegularFile(file), "the example survey exists: " + file.toAbsolutePath());
        SurveySession surveys = Objects.requireNonNull(context.get(SurveySession.class), "survey session service");
        SurveyPart part = show("org.crediteval.ui.part.survey", SurveyPart.class);
        Job job = SessionJobs.openSurvey(surveys, messages, file.toAbsolutePath());
        job.schedule();
        check(job.join(TIMEOUT_MS, null), "the survey job ends");
        check(job.getResult().isOK(), "the survey job succeeded: " + job.getResult());
        SurveySession.Opened opened = surveys.current().orElseThrow();
        check(opened.pack().id().equals("gd-2017"), "analysed with gd-2017's questionnaire: " + opened.pack().id());
        List<SurveyPart.QuotaRow> expected = SurveyPart.rows(opened.report().cities());
        check(!expected.isEmpty(), "the example has quota rows");
        waitUntil("the dashboard shows " + expected.size() + " quota rows", () -> part.quotas().getTable().getItemCount() == expected.size());
        // responses per city counted from the file itself
        java.util.Map<String, Long> perCity = new java.util.HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) perCity.merge(line.split(",", -1)[1], 1L, Long::sum);
        }
        CitySurvey firstCity = opened.report().cities().get(0);
        check(firstCity.responses() == perCity.getOrDefault(firstCity.city(), -1L),
                firstCity.city() + ": " + firstCity.responses() + " responses, the file has " + perCity.get(firstCity.city()));
        String[] row = ui(() -> {
            TableItem top = part.quotas().getTable().getItem(0);
            return new String[] { top.getText(0), top.getText(2), top.getText(3), top.getText(4) };
        });
        CategoryQuota quota = firstCity.quotas().get(0);
        check(row[0].startsWith(firstCity.city()) && row[1].equals(quota.code()) && row[2].equals(Integer.toString(quota.quota()))
                && row[3].equals(Long.toString(quota.collected())), "the first row shows city, category, quota and collected: "
                + java.util.Arrays.toString(row) + " vs " + quota);
        int questionCount = ui(() -> part.questions().getTree().getItemCount());
        check(questionCount == firstCity.questions().size() && questionCount > 0, "the first city's questions are listed: " + questionCount);
        QuestionShares q1 = firstCity.questions().get(0);
        BigDecimal sum = q1.options().stream().map(OptionShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        check(firstCity.valid() == 0 || sum.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.01")) <= 0,
                "the shares of question 1 add up to 1: " + sum);
        // choosing another city's row shows that city's shares
        CitySurvey other = opened.report().cities().get(opened.report().cities().size() - 1);
        SurveyPart.QuotaRow otherRow = expected.stream().filter(r -> r.city() == other).findFirst().orElseThrow();
        ui(() -> {
            part.quotas().setSelection(new StructuredSelection(otherRow), true);
            return null;
        });
        check(ui(() -> part.questions().getInput()) == other, "the shares follow the chosen city " + other.city());
        check(ui(part::summaryText).contains(file.getFileName().toString()), "the summary names the file");
        screenshot("10-survey.png");
    }

    void chartsShowRadarAndDimensionComparison() throws Exception {
        AssessmentSession session = context.get(AssessmentSession.class);
        ChartsPart part = show("org.crediteval.ui.part.charts", ChartsPart.class);
        waitUntil("the radar is drawn", () -> part.chosen() != null && part.radarImage() != null && part.comparisonImage() != null);
        List<SubjectResult> subjects = session.current().orElseThrow().result().subjects();
        check(ui(part::chosen).subject().equals(subjects.get(0).subject()), "the first subject's radar is shown");
        // the radar's values are the dimensions' shares of their maxima
        SubjectResult third = subjects.get(2);
        var radar = org.crediteval.ui.internal.Charts.radarData(third);
        check(radar.getColumnCount() == third.dimensions().size(), "one spoke per dimension");
        for (var d : third.dimensions()) {
            double expected = d.max().signum() == 0 ? 0 : d.score().doubleValue() * 100 / d.max().doubleValue();
            double shown = radar.getValue(third.subject(), d.id() + " " + d.name()).doubleValue();
            check(Math.abs(shown - expected) < 0.051, "dimension " + d.id() + ": " + shown + " % vs " + expected);
        }
        var comparison = org.crediteval.ui.internal.Charts.comparisonData(subjects);
        check(comparison.getColumnCount() == subjects.size(), "one bar per subject");
        for (SubjectResult s : subjects) {
            double sum = 0;
            for (int r = 0; r < comparison.getRowCount(); r++) {
                Number v = comparison.getValue(r, comparison.getColumnIndex(s.subject()));
                sum += v == null ? 0 : v.doubleValue();
            }
            check(Math.abs(sum - s.total().doubleValue()) < 0.01, s.subject() + ": the stacked dimensions add up to the total "
                    + s.total() + ", are " + sum);
        }
        ImageData before = ui(part::radarImage);
        check(distinctColours(before) > 10 && distinctColours(ui(part::comparisonImage)) > 10, "both charts are drawn");
        ui(() -> {
            part.choose(2);
            return null;
        });
        check(ui(part::chosen) == third, "choosing the third subject shows its radar");
        ImageData after = ui(part::radarImage);
        check(!java.util.Arrays.equals(before.data, after.data), "the radar is drawn again for " + third.subject());
        screenshot("11-charts.png");
    }

    private static int distinctColours(ImageData image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.height; y += 3) {
            for (int x = 0; x < image.width; x += 3) colours.add(image.getPixel(x, y));
        }
        return colours.size();
    }

    private static List<String> missingFor(TasksPart part, String factId) {
        TaskList tasks = part.tasks();
        if (tasks == null) return List.of();
        return tasks.units().stream().flatMap(u -> u.indicators().stream()).flatMap(i -> i.facts().stream())
                .filter(f -> f.fact().id().equals(factId)).findFirst().map(f -> f.missingFor()).orElse(List.of());
    }

    void openingTheSavedAssessmentRestoresItsEvidence() throws Exception {
        Path db = Path.of(System.getProperty("crediteval.uitest.db"));
        AssessmentSession session = context.get(AssessmentSession.class);
        AssessmentArchive archive = context.get(AssessmentArchive.class);
        String name = "界面测试-" + Locale.getDefault().getLanguage();
        check(archive.assessments(db).stream().anyMatch(a -> a.name().equals(name)), "the store lists " + name);
        var saved = session.current().orElseThrow();
        String subject = saved.result().subjects().get(0).subject();
        // the example file again: the edit is not in it
        Job reopen = SessionJobs.open(session, messages, evidenceFile.toAbsolutePath(), null);
        reopen.schedule();
        check(reopen.join(TIMEOUT_MS, null) && reopen.getResult().isOK(), "the example opens again: " + reopen.getResult());
        check(Boolean.TRUE.equals(org.crediteval.ui.internal.FactValues.bool(value(session, subject, "1.1.institution"))),
                "the file has 1.1.institution = yes");
        Job load = SessionJobs.openAssessment(archive, session, messages, db, name);
        load.schedule();
        check(load.join(TIMEOUT_MS, null) && load.getResult().isOK(), "the assessment opens: " + load.getResult());
        var loaded = session.current().orElseThrow();
        check(loaded.file().equals(db), "the open evidence comes from " + db + ": " + loaded.file());
        check("否".equals(value(session, subject, "1.1.institution")), "the saved edit is back");
        for (int i = 0; i < saved.result().subjects().size(); i++) {
            SubjectResult a = saved.result().subjects().get(i);
            SubjectResult b = loaded.result().subjects().get(i);
            check(a.subject().equals(b.subject()) && a.total().compareTo(b.total()) == 0,
                    a.subject() + ": the saved total " + a.total() + " comes back: " + b.total());
        }
        check(!session.canUndo() && !session.isDirty(), "a freshly opened assessment has nothing to undo or save");
        EvidencePart part = show("org.crediteval.ui.part.evidence", EvidencePart.class);
        waitUntil("the editor shows the assessment", () -> "否".equals(part.value(subject, "1.1.institution")));
    }

    private static String value(AssessmentSession session, String subject, String factId) {
        return session.current().orElseThrow().evidence().facts().stream()
                .filter(f -> f.subject().equals(subject) && f.factId().equals(factId)).map(RawFact::value).findFirst()
                .orElse(null);
    }

    private static long count(java.sql.Statement st, String sql) throws java.sql.SQLException {
        try (java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String single(java.sql.Statement st, String sql) throws java.sql.SQLException {
        try (java.sql.ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
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

    /**
     * The errata edition gd-2017 1.1.0 (3.2: 1 point per item), built with the pack kit, installed from its jar
     * beside 1.0.0 without a restart: the newest version scores the open evidence, 3.2's items give 1 instead of 2;
     * uninstalled again, 1.0.0 scores as before.
     */
    void errataVersionInstalledBesideTheShippedOne() throws Exception {
        String jarPath = System.getProperty("crediteval.uitest.erratajar");
        check(jarPath != null && Files.isRegularFile(Path.of(jarPath)), "the errata pack jar is given: " + jarPath);
        PackInstaller installer = Objects.requireNonNull(context.get(PackInstaller.class), "pack installer service");
        AssessmentSession session = context.get(AssessmentSession.class);
        Job install = SessionJobs.installPack(installer, messages, Path.of(jarPath));
        install.schedule();
        check(install.join(TIMEOUT_MS, null) && install.getResult().isOK(), "install succeeded: " + install.getResult());
        waitUntil("gd-2017 1.0.0 and 1.1.0 are both installed",
                () -> gdVersions(session).containsAll(List.of("1.0.0", "1.1.0")));

        Snapshot errata = session.open(evidenceFile, "gd-2017");
        check("1.1.0".equals(errata.pack().version()), "the newest version scores: " + errata.pack().version());
        SubjectResult first = errata.result().subjects().get(0);
        ItemResult infoRules = item(first, "3.2.info_rules");
        Snapshot shipped = session.open(errata.evidence(), evidenceFile, "gd-2017", "1.0.0");
        check("1.0.0".equals(shipped.pack().version()), "1.0.0 can still be chosen: " + shipped.pack().version());
        ItemResult shippedInfoRules = item(shipped.result().subjects().get(0), "3.2.info_rules");
        check(shippedInfoRules.score().compareTo(java.math.BigDecimal.valueOf(2)) == 0
                        && infoRules.score().compareTo(java.math.BigDecimal.ONE) == 0,
                "3.2.info_rules of " + first.subject() + ": 1.0.0 gives " + shippedInfoRules.score() + " (2), 1.1.0 gives "
                        + infoRules.score() + " (1)");

        RulePack errataPack = session.packs().stream()
                .filter(p -> p.id().equals("gd-2017") && p.version().equals("1.1.0")).findFirst().orElseThrow();
        Job uninstall = SessionJobs.uninstallPack(installer, messages, errataPack);
        uninstall.schedule();
        check(uninstall.join(TIMEOUT_MS, null) && uninstall.getResult().isOK(), "uninstall succeeded: " + uninstall.getResult());
        waitUntil("only gd-2017 1.0.0 is left", () -> gdVersions(session).equals(List.of("1.0.0")));
        Snapshot after = session.open(evidenceFile, "gd-2017");
        check("1.0.0".equals(after.pack().version()), "1.0.0 scores again: " + after.pack().version());
    }

    private static List<String> gdVersions(AssessmentSession session) {
        return session.packs().stream().filter(p -> p.id().equals("gd-2017")).map(RulePack::version).sorted().toList();
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

    private static FactDefinition fact(AssessmentSession session, String id) {
        return session.current().orElseThrow().pack().scheme().getFacts().stream().filter(f -> f.getId().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no fact " + id));
    }

    private static TableItem row(EvidencePart part, FactDefinition fact) {
        for (TableItem item : part.viewer().getTable().getItems()) {
            if (item.getData() == fact) return item;
        }
        throw new AssertionError("no row for " + fact.getId());
    }

    /** Waits for the session's jobs (edit, undo, redo, save) to end. */
    private static void joinSessionJobs() throws InterruptedException {
        Thread.sleep(50);
        Job.getJobManager().join(SessionJobs.FAMILY, null);
    }

    /** Executes a command of the application model as its key binding or menu item does. */
    private Object executeCommand(String id) {
        ECommandService commands = context.get(ECommandService.class);
        EHandlerService handlers = context.get(EHandlerService.class);
        ParameterizedCommand command = commands.createCommand(id, null);
        check(handlers.canExecute(command), "command " + id + " can execute");
        return handlers.executeHandler(command);
    }

    /** The key sequence bound to a command, as shown in menus. */
    private String sequenceFor(String id) {
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(id, null);
        TriggerSequence sequence = context.get(EBindingService.class).getBestSequenceFor(command);
        return sequence == null ? null : sequence.format();
    }

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
