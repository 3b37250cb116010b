package org.crediteval.ui.parts;

import org.crediteval.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Status-bar tool control: the running user job's name, a progress bar and a cancel button; a failed user job
 * shows its message in a dialog.
 */
public class ProgressControl {

    @Inject
    UISynchronize ui;

    @Inject
    @Translation
    Messages messages;

    private Label label;
    private ProgressBar bar;
    private Button cancel;
    private volatile IProgressMonitor running;
    private final JobChangeAdapter failures = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            IStatus result = event.getResult();
            if (event.getJob().isUser() && result != null && result.getSeverity() == IStatus.ERROR) {
                ui.asyncExec(() -> MessageDialog.openError(label.getShell(), messages.error_title,
                        event.getJob().getName() + "\n\n" + result.getMessage()));
            }
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(area);
        label = new Label(area, SWT.NONE);
        label.setText(messages.progress_idle);
        GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(label);
        bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(bar);
        cancel = new Button(area, SWT.PUSH | SWT.FLAT);
        cancel.setText("✕");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            IProgressMonitor m = running;
            if (m != null) m.setCanceled(true);
        });
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return job.isUser() ? new BarMonitor() : new NullProgressMonitor();
            }
        });
        Job.getJobManager().addJobChangeListener(failures);
    }

    @PreDestroy
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(failures);
        Job.getJobManager().setProgressProvider(null);
    }

    /** A monitor that shows itself in the bar (on the UI thread). */
    private final class BarMonitor extends NullProgressMonitor {
        private int total = 1;
        private int worked;

        @Override
        public void beginTask(String name, int totalWork) {
            running = this;
            total = totalWork <= 0 ? 1 : totalWork;
            worked = 0;
            ui.asyncExec(() -> {
                if (label.isDisposed()) return;
                label.setText(name);
                bar.setMaximum(total);
                bar.setSelection(0);
                cancel.setEnabled(true);
            });
        }

        @Override
        public void worked(int work) {
            worked += work;
            int now = worked;
            ui.asyncExec(() -> {
                if (!bar.isDisposed()) bar.setSelection(now);
            });
        }

        @Override
        public void done() {
            running = null;
            ui.asyncExec(() -> {
                if (label.isDisposed()) return;
                label.setText(messages.progress_idle);
                bar.setSelection(0);
                cancel.setEnabled(false);
            });
        }
    }
}
