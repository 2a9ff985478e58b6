package io.github.realtimesessions.model.beta;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.WireContract;
import io.github.realtimesessions.model.WireContract.TypeCase;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builder, accessor, {@code toBuilder()}, {@code equals}/{@code hashCode} and {@code toString} of the beta types with a
 * builder, field by field through their descriptions in {@link BetaSchemas} (the old tests checked "every record
 * component"; the types are builder classes now, so their descriptions list the fields).
 */
@SuppressWarnings("deprecation")
class BetaContractTest {

    static Stream<Arguments> types() {
        return Stream.of(
                        TypeCase.of(BetaSchemas.TURN_DETECTION, BetaSamples::fullTurnDetection, TurnDetection::toBuilder),
                        TypeCase.of(BetaSchemas.TOOL, () -> BetaSamples.WEATHER, Tool::toBuilder),
                        // tool choice "required" rather than a function, so that any one field can be dropped
                        TypeCase.of(BetaSchemas.SESSION_REQUEST,
                                () -> BetaSamples.fullRequest().toBuilder().toolChoice(ToolChoice.REQUIRED).build(),
                                RealtimeSessionCreateRequest::toBuilder),
                        TypeCase.of(BetaSchemas.SESSION_RESPONSE, BetaSamples::fullResponse,
                                RealtimeSessionCreateResponse::toBuilder))
                .map(c -> argumentSet(c.type().javaName(), c));
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void theFullSampleSetsEveryField(TypeCase<T, B> c) {
        WireContract.sampleSetsEveryField(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void toBuilderRoundTripsEveryField(TypeCase<T, B> c) {
        WireContract.toBuilderRoundTrips(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void changingTheBuilderOfToBuilderLeavesTheOriginalAlone(TypeCase<T, B> c) {
        WireContract.toBuilderLeavesTheOriginalAlone(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void eachBuilderSetterSetsItsOwnAccessorOnly(TypeCase<T, B> c) {
        WireContract.eachSetterSetsItsOwnAccessorOnly(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void equalsAndHashCodeAreValueBased(TypeCase<T, B> c) {
        WireContract.equalsAndHashCodeAreValueBased(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void everyFieldTakesPartInEquals(TypeCase<T, B> c) {
        WireContract.everyFieldTakesPartInEquals(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void toStringNamesTheTypeAndEverySetField(TypeCase<T, B> c) {
        WireContract.toStringNamesTheTypeAndEverySetField(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void toStringOfTheSmallestValueListsOnlyWhatIsSet(TypeCase<T, B> c) {
        WireContract.theSmallestValueDescribesOnlyWhatIsSet(c);
    }

    @Test
    void theResponseKeepsExtraFieldsAndToStringNamesThemByKeyOnly() {
        WireContract.extraFieldsTakePartInEqualsButToStringNamesThemOnly(TypeCase.of(BetaSchemas.SESSION_RESPONSE,
                BetaSamples::fullResponse, RealtimeSessionCreateResponse::toBuilder));
    }
}
