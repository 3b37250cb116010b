package org.crediteval.ui.handlers;

import org.crediteval.api.pack.RulePack;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.PackInstaller;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** Rule packs → Uninstall selected pack: the pack selected in the Rule packs part. */
public class UninstallPackHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof RulePack;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, PackInstaller installer,
            @Translation Messages messages) {
        if (selection instanceof RulePack pack) {
            SessionJobs.uninstallPack(installer, messages, pack).schedule();
        }
    }
}
