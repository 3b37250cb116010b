package org.crediteval.ui.jobs;

import java.nio.file.Path;

import java.util.List;

import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.ui.session.PackInstaller;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.session.AssessmentSession;
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

    /** Changes one fact of the open evidence and scores again. */
    public static Job setFact(AssessmentSession session, Messages messages, String subject, String factId, String value) {
        return job(messages.job_rescore + " " + subject + " " + factId, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.job_rescore, 1);
            session.setFact(subject, factId, value);
            progress.worked(1);
        });
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
        return job;
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
