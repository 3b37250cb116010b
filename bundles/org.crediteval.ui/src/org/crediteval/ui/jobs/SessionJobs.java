package org.crediteval.ui.jobs;

import java.nio.file.Path;

import java.util.List;

import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.ui.session.PackInstaller;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.session.AssessmentArchive;
import org.crediteval.ui.session.AssessmentSession;
import org.crediteval.ui.session.Snapshot;
import org.crediteval.ui.session.SurveySession;
import org.crediteval.api.survey.SurveyFormatException;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/** The long work of the client as Eclipse Jobs: progress in the status bar, cancel between steps. */
public final class SessionJobs {

    /** Family of every job here, for {@code Job.getJobManager().join(FAMILY, monitor)} (tests wait on it). */
    public static final Object FAMILY = SessionJobs.class;

    private static final String PLUGIN = "org.crediteval.ui";

    /** The session's jobs run one after another (edits, undo, redo, save see each other's results). */
    private static final ISchedulingRule SESSION = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private SessionJobs() {
    }

    /** Opens an evidence file and scores it ({@code packId} null: the pack that fits best). */
    public static Job open(AssessmentSession session, Messages messages, Path file, String packId) {
        return job(messages.job_open + " " + file.getFileName(), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.job_open, 2);
            progress.worked(1);
            checkCanceled(progress);
            session.open(file, packId);
            progress.worked(1);
        });
    }

    /** Scores the open evidence against another pack. */
    public static Job rescore(AssessmentSession session, Messages messages, String packId) {
        return job(messages.job_rescore + " " + packId, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.job_rescore, 1);
            checkCanceled(progress);
            session.rescore(packId);
            progress.worked(1);
        });
    }

    /**
     * Changes one fact of the open evidence and scores again (one command on the session's stack). A value the pack
     * rejects ends the job with a warning: the Evidence part marks the cell, no dialog.
     */
    public static Job setFact(AssessmentSession session, Messages messages, String subject, String factId, String value) {
        return job(messages.job_rescore + " " + subject + " " + factId, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.job_rescore, 1);
            try {
                session.setFact(subject, factId, value);
            } catch (EvidenceException e) {
                throw new Rejected(messages.error_value_rejected + " " + subject + " " + factId + " = " + value);
            }
            progress.worked(1);
        });
    }

    /** Opens the current evidence of an assessment of the store and scores it with its pinned pack version. */
    public static Job openAssessment(AssessmentArchive archive, AssessmentSession session, Messages messages,
            Path database, String name) {
        return job(messages.job_load + " " + name, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.job_load, 2);
            AssessmentArchive.Loaded loaded = archive.load(database, name);
            progress.worked(1);
            checkCanceled(progress);
            session.open(loaded.evidence(), database, loaded.assessment().packId(), loaded.assessment().packVersion());
            progress.worked(1);
        });
    }

    /** Reads and analyses a survey file (the questionnaire of the open evidence's pack, else the first that has one). */
    public static Job openSurvey(SurveySession surveys, Messages messages, Path file) {
        return job(messages.job_survey + " " + file.getFileName(), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.job_survey, 1);
            try {
                surveys.open(file, null);
            } catch (SurveyFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            progress.worked(1);
        });
    }

    /** Undoes the last edit and scores again. */
    public static Job undo(AssessmentSession session, Messages messages) {
        return job(messages.command_undo, monitor -> session.undo());
    }

    /** Redoes the last undone edit and scores again. */
    public static Job redo(AssessmentSession session, Messages messages) {
        return job(messages.command_redo, monitor -> session.redo());
    }

    /**
     * Saves the current state to the assessment store: the assessment (created when new), its evidence as one
     * import, the score as a run. {@code done} receives what was written (on the job's thread).
     */
    public static Job save(AssessmentArchive archive, AssessmentSession session, Messages messages, Path database,
            String name, java.util.function.Consumer<AssessmentArchive.Saved> done) {
        return job(messages.job_save + " " + name, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.job_save, 1);
            Snapshot snapshot = session.current().orElseThrow(() -> new IllegalStateException(messages.label_nofile));
            AssessmentArchive.Saved saved = archive.save(snapshot, database, name);
            if (session.current().orElse(null) == snapshot) {
                session.saved();
            }
            progress.worked(1);
            if (done != null) done.accept(saved);
        });
    }

    /** A value the engine refused: the job ends with a warning, the cell carries the marker. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message);
        }
    }

    /** Validates and installs a rule-pack jar; an invalid pack fails the job with its diagnostics. */
    public static Job installPack(PackInstaller installer, Messages messages, Path jar) {
        return job(messages.job_install + " " + jar.getFileName(), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.job_install, 1);
            List<PackDiagnostic> diagnostics = installer.install(jar);
            if (diagnostics.stream().anyMatch(d -> d.severity() == PackDiagnostic.Severity.ERROR)) {
                StringBuilder text = new StringBuilder(messages.error_pack_invalid).append('\n');
                diagnostics.forEach(d -> text.append(d).append('\n'));
                throw new IllegalArgumentException(text.toString().strip());
            }
            progress.worked(1);
        });
    }

    /** Uninstalls the bundle of a rule pack. */
    public static Job uninstallPack(PackInstaller installer, Messages messages, RulePack pack) {
        return job(messages.job_uninstall + " " + pack.id() + " " + pack.version(), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.job_uninstall, 1);
            installer.uninstall(pack);
            progress.worked(1);
        });
    }

    @FunctionalInterface
    interface Work {
        void run(IProgressMonitor monitor) throws Exception;
    }

    private static Job job(String name, Work work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    work.run(monitor);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (Rejected e) {
                    return new Status(IStatus.WARNING, PLUGIN, e.getMessage());
                } catch (EvidenceException e) {
                    StringBuilder text = new StringBuilder();
                    e.problems().forEach(p -> text.append(p).append('\n'));
                    return Status.error(text.length() == 0 ? e.getMessage() : text.toString().strip(), e);
                } catch (Exception e) {
                    return new Status(IStatus.ERROR, PLUGIN, String.valueOf(e.getMessage()), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.setRule(SESSION);
        return job;
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
