package io.github.realtimesessions.model;

/**
 * Noise reduction of input audio before VAD and the model see it (JSON {@code input_audio_noise_reduction}).
 *
 * @param type the kind of noise reduction, or {@code null} (absent)
 */
public record NoiseReduction(NoiseReductionType type) {

    /**
     * Returns a configuration of the given type.
     *
     * @param type the kind of noise reduction
     * @return the configuration
     */
    public static NoiseReduction of(NoiseReductionType type) {
        return new NoiseReduction(type);
    }
}
