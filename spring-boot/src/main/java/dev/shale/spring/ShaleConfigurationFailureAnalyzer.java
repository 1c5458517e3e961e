package dev.shale.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a {@code shale.*} property Shale cannot use, with its fix. Registered in {@code META-INF/spring.factories}. */
class ShaleConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ShaleConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ShaleConfigurationException cause) {
        String message = cause.getMessage();
        String suffix = " Fix: " + cause.fix();
        String description = message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length())
                : message;
        return new FailureAnalysis("Shale cannot migrate the database with this configuration.\n" + description,
                "Fix: " + cause.fix() + ".", cause);
    }
}
