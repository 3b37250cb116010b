package org.crediteval.ui.tests;

import org.crediteval.ui.internal.Messages;
import org.eclipse.e4.core.services.nls.Translation;

import jakarta.inject.Inject;

/** Gets the client's translated texts injected, as the parts do. */
public class MessagesHolder {
    @Inject
    @Translation
    public Messages messages;
}
