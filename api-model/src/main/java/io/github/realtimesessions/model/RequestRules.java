package io.github.realtimesessions.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a request must satisfy, as the API documents them. All are checked before anything is sent, and all
 * broken rules are reported together so that a caller fixes a request in one round.
 */
final class RequestRules {

    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private RequestRules() {}

    static void check(
            List<Modality> modalities,
            Setting<InputAudioTranscription> inputAudioTranscription,
            Setting<TurnDetection> turnDetection,
            List<Tool> tools,
            ToolChoice toolChoice,
            Double temperature,
            MaxOutputTokens maxResponseOutputTokens,
            Double speed,
            Setting<Tracing> tracing,
            ClientSecretConfig clientSecret) {
        List<InvalidRequestException.Violation> violations = new ArrayList<>();
        if (modalities != null) {
            if (modalities.isEmpty()) {
                violations.add(violation("modalities", "must not be empty; use [text] to disable audio", null));
            } else if (new HashSet<>(modalities).size() != modalities.size()) {
                violations.add(violation("modalities", "must not repeat a modality", modalities.toString()));
            }
        }
        if (inputAudioTranscription != null && inputAudioTranscription.valueOrNull() != null) {
            String language = inputAudioTranscription.valueOrNull().language();
            if (language != null && language.isBlank()) {
                violations.add(violation(
                        "input_audio_transcription.language", "must be an ISO-639-1 code when set", "a blank string"));
            }
        }
        if (turnDetection != null && turnDetection.valueOrNull() != null) {
            checkTurnDetection(turnDetection.valueOrNull(), violations);
        }
        checkTools(tools, toolChoice, violations);
        range(violations, "temperature", temperature, 0.6, 1.2);
        if (maxResponseOutputTokens instanceof MaxOutputTokens.Limit limit
                && (limit.tokens() < 1 || limit.tokens() > 4096)) {
            violations.add(violation(
                    "max_response_output_tokens",
                    "must be between 1 and 4096, or \"inf\"",
                    Integer.toString(limit.tokens())));
        }
        // Keywords and tracing modes stay open so that responses from a newer server decode, but a request may only
        // send what the API accepts today.
        if (maxResponseOutputTokens instanceof MaxOutputTokens.Keyword keyword
                && !keyword.equals(MaxOutputTokens.INF)) {
            violations.add(violation(
                    "max_response_output_tokens", "must be between 1 and 4096, or \"inf\"", quote(keyword.value())));
        }
        if (tracing != null && tracing.valueOrNull() instanceof Tracing.Mode mode && !mode.equals(Tracing.AUTO)) {
            violations.add(violation("tracing", "must be \"auto\", a configuration object, or disabled", quote(mode.value())));
        }
        range(violations, "speed", speed, 0.25, 1.5);
        if (clientSecret != null && clientSecret.expiresAfter() != null) {
            Integer seconds = clientSecret.expiresAfter().seconds();
            if (seconds != null && (seconds < 10 || seconds > 7200)) {
                violations.add(violation(
                        "client_secret.expires_after.seconds", "must be between 10 and 7200", seconds.toString()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static void checkTurnDetection(TurnDetection td, List<InvalidRequestException.Violation> violations) {
        range(violations, "turn_detection.threshold", td.threshold(), 0.0, 1.0);
        notNegative(violations, "turn_detection.prefix_padding_ms", td.prefixPaddingMs());
        notNegative(violations, "turn_detection.silence_duration_ms", td.silenceDurationMs());
        // The API's default type is server_vad, so an unset type counts as server_vad.
        TurnDetectionType type = td.type() == null ? TurnDetectionType.SERVER_VAD : td.type();
        if (type.equals(TurnDetectionType.SERVER_VAD) && td.eagerness() != null) {
            violations.add(violation(
                    "turn_detection.eagerness", "applies to semantic_vad only, not server_vad", td.eagerness().value()));
        }
        if (type.equals(TurnDetectionType.SEMANTIC_VAD)) {
            String rule = "applies to server_vad only, not semantic_vad";
            if (td.threshold() != null) {
                violations.add(violation("turn_detection.threshold", rule, td.threshold().toString()));
            }
            if (td.prefixPaddingMs() != null) {
                violations.add(violation("turn_detection.prefix_padding_ms", rule, td.prefixPaddingMs().toString()));
            }
            if (td.silenceDurationMs() != null) {
                violations.add(
                        violation("turn_detection.silence_duration_ms", rule, td.silenceDurationMs().toString()));
            }
        }
    }

    private static void checkTools(
            List<Tool> tools, ToolChoice toolChoice, List<InvalidRequestException.Violation> violations) {
        Set<String> names = new LinkedHashSet<>();
        if (tools != null) {
            for (int i = 0; i < tools.size(); i++) {
                String name = tools.get(i).name();
                String field = "tools[" + i + "].name";
                if (name == null) {
                    violations.add(violation(field, "is required", null));
                } else if (!FUNCTION_NAME.matcher(name).matches()) {
                    violations.add(violation(field, "must be 1 to 64 characters of a-z, A-Z, 0-9, _ or -", quote(name)));
                } else if (!names.add(name)) {
                    violations.add(violation(field, "must be unique among the tools", quote(name)));
                }
            }
        }
        if (toolChoice instanceof ToolChoice.Function function && !names.contains(function.name())) {
            violations.add(violation(
                    "tool_choice", "must name one of the request's tools " + names, quote(function.name())));
        }
    }

    private static void range(
            List<InvalidRequestException.Violation> violations, String field, Double value, double min, double max) {
        if (value != null && !(value >= min && value <= max)) {
            violations.add(violation(field, "must be between " + min + " and " + max, value.toString()));
        }
    }

    private static void notNegative(List<InvalidRequestException.Violation> violations, String field, Integer value) {
        if (value != null && value < 0) {
            violations.add(violation(field, "must not be negative", value.toString()));
        }
    }

    private static InvalidRequestException.Violation violation(String field, String rule, String actual) {
        return new InvalidRequestException.Violation(field, rule, actual);
    }

    private static String quote(String s) {
        return '"' + s + '"';
    }
}
