package org.crediteval.ui.tests;

import org.eclipse.e4.ui.model.application.MApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Starts {@link ClientUiTest} once the workbench is up, when the client was launched with
 * {@code -Dcrediteval.uitest.out=<dir>}; does nothing otherwise.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=org/eclipse/e4/ui/LifeCycle/appStartupComplete")
public class UiTestStarter implements EventHandler {

    @Override
    public void handleEvent(Event event) {
        String out = System.getProperty("crediteval.uitest.out");
        if (out == null || !(event.getProperty("org.eclipse.e4.data") instanceof MApplication app)) {
            return;
        }
        Thread runner = new Thread(() -> new ClientUiTest(app, java.nio.file.Path.of(out)).runAll(), "credit-eval UI test");
        runner.setDaemon(true);
        runner.start();
    }
}
