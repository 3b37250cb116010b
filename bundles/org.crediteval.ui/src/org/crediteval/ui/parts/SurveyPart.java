package org.crediteval.ui.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crediteval.api.survey.CategoryQuota;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.OptionShare;
import org.crediteval.api.survey.QuestionShares;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.internal.RuleText;
import org.crediteval.ui.session.SurveySession;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Survey dashboard (满意度调查): for the survey file opened with 文件 → 打开满意度调查…, per city and respondent
 * category the planned quota, the valid responses collected and the fulfilment (shortfalls in red); below, for the
 * city selected above, the option shares per question.
 */
public class SurveyPart {

    /** One quota row: a city's category. */
    public record QuotaRow(CitySurvey city, CategoryQuota quota) {
        /** collected / quota in percent, 1 decimal (100 when no quota is planned). */
        public BigDecimal fulfilment() {
            if (quota.quota() <= 0) return BigDecimal.valueOf(100);
            return BigDecimal.valueOf(quota.collected() * 100L).divide(BigDecimal.valueOf(quota.quota()), 1, RoundingMode.HALF_UP);
        }
    }

    private static final Color SHORT = new Color(255, 215, 200);

    @Inject
    SurveySession surveys;

    @Inject
    @Translation
    Messages messages;

    private Label summary;
    TableViewer quotas;
    TreeViewer questions;

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        summary.setText(messages.label_nosurvey);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

        Composite top = new Composite(sash, SWT.NONE);
        TableColumnLayout quotaLayout = new TableColumnLayout();
        top.setLayout(quotaLayout);
        quotas = new TableViewer(top, SWT.BORDER | SWT.FULL_SELECTION);
        quotas.getTable().setHeaderVisible(true);
        quotas.getTable().setLinesVisible(true);
        quotas.setContentProvider(ArrayContentProvider.getInstance());
        quotaColumn(quotaLayout, messages.col_city, 3, r -> r.city().city() + (r.city().known() ? "" : " (?)"));
        quotaColumn(quotaLayout, messages.col_valid, 2, r -> r.city().valid() + " / " + r.city().responses());
        quotaColumn(quotaLayout, messages.col_category, 3, r -> r.quota().code());
        quotaColumn(quotaLayout, messages.col_quota, 2, r -> Integer.toString(r.quota().quota()));
        quotaColumn(quotaLayout, messages.col_collected, 2, r -> Long.toString(r.quota().collected()));
        quotaColumn(quotaLayout, messages.col_fulfilment, 2, r -> r.fulfilment().toPlainString() + "%");
        quotaColumn(quotaLayout, messages.col_city_score, 2,
                r -> r.city().score() == null ? "" : RuleText.score(r.city().score().score()));
        quotas.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof QuotaRow row && questions.getInput() != row.city()) {
                questions.setInput(row.city());
                questions.expandAll();
            }
        });

        Composite bottom = new Composite(sash, SWT.NONE);
        TreeColumnLayout questionLayout = new TreeColumnLayout();
        bottom.setLayout(questionLayout);
        questions = new TreeViewer(bottom, SWT.BORDER | SWT.FULL_SELECTION);
        questions.getTree().setHeaderVisible(true);
        questions.getTree().setLinesVisible(true);
        questions.setContentProvider(new Questions());
        questionColumn(questionLayout, messages.col_question, 6,
                e -> e instanceof QuestionShares q ? q.number() + ". " + q.text() : ((OptionShare) e).label());
        questionColumn(questionLayout, messages.col_count, 1, e -> e instanceof OptionShare o ? Long.toString(o.count()) : "");
        questionColumn(questionLayout, messages.col_share, 1, e -> e instanceof OptionShare o && o.share() != null
                ? o.share().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%" : "");
        sash.setWeights(1, 1);
        surveys.current().ifPresent(this::show);
    }

    @Inject
    @Optional
    void surveyOpened(@UIEventTopic(SurveySession.TOPIC_SURVEY) SurveySession.Opened opened) {
        if (quotas != null && !quotas.getControl().isDisposed()) {
            show(opened);
        }
    }

    @Focus
    public void focus() {
        quotas.getControl().setFocus();
    }

    public TableViewer quotas() {
        return quotas;
    }

    public TreeViewer questions() {
        return questions;
    }

    public String summaryText() {
        return summary.getText();
    }

    /** Every city's categories, cities in input order, categories in the questionnaire's. */
    public static List<QuotaRow> rows(List<CitySurvey> cities) {
        List<QuotaRow> rows = new ArrayList<>();
        for (CitySurvey city : cities) {
            for (CategoryQuota quota : city.quotas()) rows.add(new QuotaRow(city, quota));
        }
        return rows;
    }

    private void show(SurveySession.Opened opened) {
        var report = opened.report();
        long valid = report.cities().stream().mapToLong(CitySurvey::valid).sum();
        summary.setText(opened.file().getFileName() + " · " + opened.pack().id() + " · " + report.title() + "\n"
                + messages.label_survey_counts + " " + valid + " / " + report.rejected().size() + " / " + report.cities().size());
        summary.getParent().layout(true, true);
        List<QuotaRow> rows = rows(report.cities());
        quotas.setInput(rows);
        questions.setInput(report.cities().isEmpty() ? null : report.cities().get(0));
        questions.expandAll();
    }

    private void quotaColumn(TableColumnLayout layout, String title, int weight, Function<QuotaRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(quotas, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((QuotaRow) element);
            }

            @Override
            public Color getBackground(Object element) {
                return ((QuotaRow) element).quota().shortfall() ? SHORT : null;
            }
        });
    }

    private void questionColumn(TreeColumnLayout layout, String title, int weight, Function<Object, String> text) {
        Columns.tree(questions, layout, title, weight, 50, text);
    }

    private static final class Questions implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof CitySurvey c ? c.questions().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof QuestionShares q ? q.options().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof QuestionShares q && !q.options().isEmpty();
        }
    }
}
