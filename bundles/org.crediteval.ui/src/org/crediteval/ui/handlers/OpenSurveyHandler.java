package org.crediteval.ui.handlers;

import java.nio.file.Path;

import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.SurveySession;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** File → Open satisfaction survey…: choose a CSV or XLSX of responses, analyse it in a Job, show the dashboard. */
public class OpenSurveyHandler {

    @Execute
    public void execute(Shell shell, SurveySession surveys, EPartService parts, @Translation Messages messages) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(messages.dialog_survey_title);
        dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
        String chosen = dialog.open();
        if (chosen != null) {
            parts.showPart("org.crediteval.ui.part.survey", PartState.ACTIVATE);
            SessionJobs.openSurvey(surveys, messages, Path.of(chosen)).schedule();
        }
    }
}
