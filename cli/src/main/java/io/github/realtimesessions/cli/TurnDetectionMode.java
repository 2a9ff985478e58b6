package io.github.realtimesessions.cli;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.TurnDetection;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The values of {@code --turn-detection}, spelled as the API spells the types. */
enum TurnDetectionMode {

    /** Voice activity detection on audio volume (the API's default). */
    SERVER_VAD("server_vad"),

    /** Detection of the end of a turn from what the user says. */
    SEMANTIC_VAD("semantic_vad"),

    /** No turn detection: the client triggers responses itself (JSON {@code "turn_detection": null}). */
    NONE("none");

    private final String optionValue;

    TurnDetectionMode(String optionValue) {
        this.optionValue = optionValue;
    }

    /** Sets the request's turn detection to this mode, replacing whatever it had. */
    void applyTo(RealtimeSessionCreateRequest.Builder request) {
        switch (this) {
            case SERVER_VAD -> request.turnDetection(TurnDetection.serverVad().build());
            case SEMANTIC_VAD -> request.turnDetection(TurnDetection.semanticVad().build());
            case NONE -> request.disableTurnDetection();
        }
    }

    /** Returns the value as typed on the command line. */
    @Override
    public String toString() {
        return optionValue;
    }

    /** Lists the accepted values, comma-separated, for messages and help. */
    static String choices() {
        return Arrays.stream(values()).map(TurnDetectionMode::toString).collect(Collectors.joining(", "));
    }

    /** Reads {@code --turn-detection}; the message names the accepted values. */
    static final class Converter implements ITypeConverter<TurnDetectionMode> {
        @Override
        public TurnDetectionMode convert(String value) {
            for (TurnDetectionMode mode : values()) {
                if (mode.optionValue.equals(value)) {
                    return mode;
                }
            }
            throw new TypeConversionException("must be one of " + choices() + " (was '" + value + "')");
        }
    }
}
