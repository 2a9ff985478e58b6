package io.github.realtimesessions.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;

/** Assertions on the endpoints' error JSON. */
final class JsonAssert {

    private JsonAssert() {}

    static void violationField(JsonObject error, String field) {
        assertThat(error.get("violations").asArray().elements())
                .extracting(JsonValue::asObject)
                .extracting(violation -> violation.get("field").asString())
                .contains(field);
    }
}
