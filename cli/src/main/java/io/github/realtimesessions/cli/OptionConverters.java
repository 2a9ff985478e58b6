package io.github.realtimesessions.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns option text into values. Picocli prefixes each message with the option name, so the user sees
 * {@code Invalid value for option '--voice': must not be blank}.
 */
final class OptionConverters {

    /** The prefix of {@code --voice} that names a custom voice by its id. */
    static final String CUSTOM_VOICE_PREFIX = "custom:";

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    private OptionConverters() {}

    /** Reads an option that takes free text, which must not be blank. */
    static final class NonBlank implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value == null || value.isBlank()) {
                throw new TypeConversionException("must not be blank");
            }
            return value.trim();
        }
    }

    /**
     * Reads {@code --voice}: a built-in voice name ({@code marin}), any other name the API may know, or
     * {@code custom:ID} for a custom voice, sent as {@code {"id": ID}}.
     */
    static final class VoiceConverter implements ITypeConverter<VoiceChoice> {
        @Override
        public VoiceChoice convert(String value) {
            String text = new NonBlank().convert(value);
            if (text.regionMatches(true, 0, CUSTOM_VOICE_PREFIX, 0, CUSTOM_VOICE_PREFIX.length())) {
                String id = text.substring(CUSTOM_VOICE_PREFIX.length()).trim();
                if (id.isEmpty()) {
                    throw new TypeConversionException("a custom voice needs its id after 'custom:', e.g."
                            + " custom:voice_1234");
                }
                return new VoiceChoice(id, true);
            }
            return new VoiceChoice(text, false);
        }
    }

    /**
     * Reads {@code --modalities}: {@code audio} or {@code text}, exactly one, as the API documents
     * ({@code output_modalities} cannot hold both).
     */
    static final class ModalityConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            if (text.equals("audio") || text.equals("text")) {
                return text;
            }
            if (text.contains(",")) {
                throw new TypeConversionException("must be audio or text, not both: the API answers with one"
                        + " (audio includes a transcript) (was '" + value + "')");
            }
            throw new TypeConversionException("must be audio or text (was '" + value + "')");
        }
    }

    /** Reads {@code --turn-detection}: {@code server_vad}, {@code semantic_vad} or {@code none}. */
    static final class TurnDetectionConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return oneOf(value, "server_vad", "semantic_vad", "none");
        }
    }

    /** Reads {@code --noise-reduction}: {@code near_field}, {@code far_field} or {@code none}. */
    static final class NoiseReductionConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return oneOf(value, "near_field", "far_field", "none");
        }
    }

    /** Reads {@code --timeout}: {@code 30s}, {@code 500ms}, {@code 2m}, or a plain number of seconds. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            Matcher matcher = DURATION.matcher(text);
            if (!matcher.matches()) {
                throw new TypeConversionException("must be a duration such as 30s, 500ms or 2m (was '" + value + "')");
            }
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            Duration duration = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (duration.isZero()) {
                throw new TypeConversionException("must be more than zero (was '" + value + "')");
            }
            return duration;
        }
    }

    /** Reads a count that must not be negative ({@code --max-retries}). */
    static final class NonNegative implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int number;
            try {
                number = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a whole number, 0 or more (was '" + value + "')");
            }
            if (number < 0) {
                throw new TypeConversionException("must be 0 or more (was " + number + ")");
            }
            return number;
        }
    }

    private static String oneOf(String value, String... choices) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (String choice : choices) {
            if (choice.equals(text)) {
                return choice;
            }
        }
        throw new TypeConversionException("must be one of " + String.join(", ", choices) + " (was '" + value + "')");
    }

    /**
     * A voice as given on the command line.
     *
     * @param name the voice's name, or the custom voice's id
     * @param custom whether it is a custom voice ({@code custom:ID})
     */
    record VoiceChoice(String name, boolean custom) {}
}
