package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.transport.core.internal.WireFormatException;

/**
 * The error answers of the OpenAI API, with the shapes it uses ({@code invalid_request_error} with the codes
 * {@code unknown_parameter}, {@code invalid_type}, {@code invalid_value}, {@code missing_required_parameter},
 * {@code invalid_api_key}), shared by {@link InMemorySessionCreator} and {@link FakeRealtimeServer} so that both
 * reject a request the same way. Each returns a builder without request id and headers, which the caller adds.
 */
final class ApiErrors {

    static final String INVALID_REQUEST = "invalid_request_error";

    private ApiErrors() {}

    /** The request could not be decoded as the endpoint's type: a field unknown, of the wrong type, or not JSON. */
    static ApiError.Builder fromWireFormat(WireFormatException e) {
        String field = e.field();
        String detail = e.detail();
        if (field == null) {
            return ApiError.builder(400).type(INVALID_REQUEST)
                    .message("We could not parse the JSON body of your request. (HINT: This likely means you aren't"
                            + " using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was"
                            + " sent was not valid JSON: " + detail + ")");
        }
        if (detail.endsWith("is not a known parameter")) {
            return unknownParameter(field);
        }
        if (detail.startsWith("is required")) {
            return ApiError.builder(400).type(INVALID_REQUEST).code("missing_required_parameter").param(field)
                    .message("Missing required parameter: '" + field + "'.");
        }
        if (detail.startsWith("must be one of")) {
            return ApiError.builder(400).type(INVALID_REQUEST).code("invalid_value").param(field)
                    .message("Invalid value: '" + field + "' " + detail + ".");
        }
        return ApiError.builder(400).type(INVALID_REQUEST).code("invalid_type").param(field)
                .message("Invalid type for '" + field + "': " + detail + ".");
    }

    static ApiError.Builder unknownParameter(String path) {
        return ApiError.builder(400).type(INVALID_REQUEST).code("unknown_parameter").param(path)
                .message("Unknown parameter: '" + path + "'.");
    }

    /** The request broke a rule of the API; the first violation names the parameter. */
    static ApiError.Builder fromInvalidRequest(InvalidRequestException e) {
        if (e.violations().isEmpty()) {
            return ApiError.builder(400).type(INVALID_REQUEST).code("invalid_value").message(e.getMessage());
        }
        InvalidRequestException.Violation first = e.violations().get(0);
        if (first.rule().startsWith("is required")) {
            return ApiError.builder(400).type(INVALID_REQUEST).code("missing_required_parameter").param(first.field())
                    .message("Missing required parameter: '" + first.field() + "'.");
        }
        return ApiError.builder(400).type(INVALID_REQUEST).code("invalid_value").param(first.field())
                .message("Invalid value for '" + first.field() + "': " + first.rule()
                        + (first.actual() == null ? "" : " (was " + first.actual() + ")") + ".");
    }

    static ApiError.Builder missingApiKey() {
        return ApiError.builder(401).type(INVALID_REQUEST)
                .message("You didn't provide an API key. You need to provide your API key in an Authorization header"
                        + " using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with"
                        + " blank username) if you're accessing the API from your browser and are prompted for a"
                        + " username and password. You can obtain an API key from"
                        + " https://platform.openai.com/account/api-keys.");
    }

    static ApiError.Builder invalidApiKey(String presented) {
        return ApiError.builder(401).type(INVALID_REQUEST).code("invalid_api_key")
                .message("Incorrect API key provided: " + mask(presented)
                        + ". You can find your API key at https://platform.openai.com/account/api-keys.");
    }

    static ApiError.Builder invalidUrl(String method, String path) {
        return ApiError.builder(404).type(INVALID_REQUEST).message("Invalid URL (" + method + " " + path + ")");
    }

    static ApiError.Builder callNotFound(String callId) {
        return ApiError.builder(404).type(INVALID_REQUEST).param("call_id")
                .message("No call with id '" + callId + "' is in progress.");
    }

    static ApiError.Builder betaShapeDisabled() {
        return ApiError.builder(400).type(INVALID_REQUEST).code("beta_api_shape_disabled")
                .message("The Realtime Beta API is no longer supported. Please use /v1/realtime for the GA API.");
    }

    /** Masks a key as the API does: its first and last four characters stay, e.g. {@code sk-t****0000}. */
    static String mask(String key) {
        if (key.length() <= 8) {
            return "*".repeat(key.length());
        }
        return key.substring(0, 4) + "*".repeat(key.length() - 8) + key.substring(key.length() - 4);
    }
}
