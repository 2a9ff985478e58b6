package io.github.realtimesessions.spring.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a {@link RealtimeSessionsConfigurationException} as a description and an action, without a stack trace. */
public final class RealtimeSessionsFailureAnalyzer extends AbstractFailureAnalyzer<RealtimeSessionsConfigurationException> {

    /** Creates the analyzer; Spring Boot instantiates it from {@code META-INF/spring.factories}. */
    public RealtimeSessionsFailureAnalyzer() {}

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RealtimeSessionsConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
