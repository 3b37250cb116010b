package org.crediteval.ui.handlers;

import java.nio.file.Path;

import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.PackInstaller;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Rule packs → Install from jar…: validated first; the pack appears without a restart. */
public class InstallPackHandler {

    @Execute
    public void execute(Shell shell, PackInstaller installer, @Translation Messages messages) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(messages.dialog_install_title);
        dialog.setFilterExtensions(new String[] { "*.jar" });
        String chosen = dialog.open();
        if (chosen != null) {
            SessionJobs.installPack(installer, messages, Path.of(chosen)).schedule();
        }
    }
}
