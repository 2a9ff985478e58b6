package io.github.realtimesessions.cli;

import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns option text into model values. Picocli prefixes each message with the option name, so the user sees
 * {@code Invalid value for option '--voice': must not be blank}.
 */
final class OptionConverters {

    private OptionConverters() {}

    private static <T> T openEnum(String value, Function<String, T> of) {
        if (value == null || value.isBlank()) {
            throw new TypeConversionException("must not be blank");
        }
        return of.apply(value.trim());
    }

    /** Reads {@code --model}: any model name, known or not. */
    static final class ModelConverter implements ITypeConverter<RealtimeModel> {
        @Override
        public RealtimeModel convert(String value) {
            return openEnum(value, RealtimeModel::of);
        }
    }

    /** Reads {@code --voice}: any voice id, known or not. */
    static final class VoiceConverter implements ITypeConverter<Voice> {
        @Override
        public Voice convert(String value) {
            return openEnum(value, Voice::of);
        }
    }

    /** Reads one item of {@code --modalities} (picocli splits the list on commas first). */
    static final class ModalityConverter implements ITypeConverter<Modality> {
        @Override
        public Modality convert(String value) {
            return openEnum(value, Modality::of);
        }
    }

    /** Reads {@code --transcription-model}: any transcription model name. */
    static final class TranscriptionModelConverter implements ITypeConverter<TranscriptionModel> {
        @Override
        public TranscriptionModel convert(String value) {
            return openEnum(value, TranscriptionModel::of);
        }
    }

    /** Reads {@code --max-output-tokens}: an integer or {@code inf}; the range is the request's rule. */
    static final class MaxOutputTokensConverter implements ITypeConverter<MaxOutputTokens> {
        @Override
        public MaxOutputTokens convert(String value) {
            String text = value == null ? "" : value.trim();
            if (text.equalsIgnoreCase("inf")) {
                return MaxOutputTokens.inf();
            }
            try {
                return MaxOutputTokens.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be an integer from 1 to 4096, or inf (was '" + value + "')");
            }
        }
    }
}
