package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RealtimeCall}: the answer of {@code POST /v1/realtime/calls}. */
class RealtimeCallTest {

    static final ResponseMetadata METADATA = ResponseMetadata.of(201, Map.of("x-request-id", List.of("req_1")));

    @Test
    void everyPartIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new RealtimeCall(null, "v=0", "/l", METADATA)).withMessage("callId");
        assertThatNullPointerException().isThrownBy(() -> new RealtimeCall("rtc_1", null, "/l", METADATA)).withMessage("sdpAnswer");
        assertThatNullPointerException().isThrownBy(() -> new RealtimeCall("rtc_1", "v=0", null, METADATA)).withMessage("location");
        assertThatNullPointerException().isThrownBy(() -> new RealtimeCall("rtc_1", "v=0", "/l", null)).withMessage("metadata");
    }

    @Test
    void theMetadataIsNotPartOfEquals() {
        RealtimeCall call = new RealtimeCall("rtc_1", "v=0\r\n", "/v1/realtime/calls/rtc_1", METADATA);

        assertThat(call).isEqualTo(new RealtimeCall("rtc_1", "v=0\r\n", "/v1/realtime/calls/rtc_1", ResponseMetadata.NONE))
                .hasSameHashCodeAs(new RealtimeCall("rtc_1", "v=0\r\n", "/v1/realtime/calls/rtc_1", ResponseMetadata.NONE));
        assertThat(call).isNotEqualTo(new RealtimeCall("rtc_2", "v=0\r\n", "/v1/realtime/calls/rtc_1", METADATA))
                .isNotEqualTo(new RealtimeCall("rtc_1", "v=0\n", "/v1/realtime/calls/rtc_1", METADATA))
                .isNotEqualTo(new RealtimeCall("rtc_1", "v=0\r\n", "/v1/realtime/calls/rtc_2", METADATA));
        assertThat(call.metadata()).isSameAs(METADATA);
    }

    @Test
    void toStringGivesTheAnswersSizeOnly() {
        RealtimeCall call = new RealtimeCall("rtc_1", "v=0\r\ns=secret-ice\r\n", "/v1/realtime/calls/rtc_1", METADATA);

        assertThat(call).hasToString("RealtimeCall[callId=rtc_1, sdpAnswer=19 chars, location=/v1/realtime/calls/rtc_1]");
        assertThat(call.toString()).doesNotContain("secret-ice");
    }
}
