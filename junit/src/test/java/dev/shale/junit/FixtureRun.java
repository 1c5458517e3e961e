package dev.shale.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs a fixture test class through the JUnit Platform, as a build would, and keeps what failed. */
final class FixtureRun {

    /** A failed test or container and why. */
    record Failure(String name, Throwable cause) {
    }

    private static volatile boolean running;

    private final List<Failure> failures = new ArrayList<>();
    private int succeeded;

    private FixtureRun() {
    }

    /** Runs every test of {@code fixture}. */
    static FixtureRun of(Class<?> fixture) {
        FixtureRun run = new FixtureRun();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
                .build();
        Launcher launcher = LauncherFactory.create();
        running = true;
        try {
            execute(launcher, request, run);
        } finally {
            running = false;
        }
        return run;
    }

    /** Whether a fixture is being run by this class; fixtures run by the build itself are skipped. */
    static boolean running() {
        return running;
    }

    private static void execute(Launcher launcher, LauncherDiscoveryRequest request, FixtureRun run) {
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                    if (identifier.isTest()) {
                        run.succeeded++;
                    }
                } else {
                    run.failures.add(new Failure(identifier.getDisplayName(),
                            result.getThrowable().orElse(new AssertionError(result.getStatus().toString()))));
                }
            }
        });
    }

    List<Failure> failures() {
        return failures;
    }

    int succeeded() {
        return succeeded;
    }

    /** The failures as text, for assertion messages. */
    String describe() {
        StringBuilder text = new StringBuilder();
        for (Failure failure : failures) {
            text.append(failure.name()).append(": ").append(failure.cause()).append('\n');
        }
        return text.toString();
    }
}
