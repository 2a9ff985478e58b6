package io.github.realtimesessions.transport.core.internal;

/**
 * The OpenAI error body {@code {"error":{"message","type","param","code"}}}. Every component may be {@code null}.
 *
 * @param message the human-readable message
 * @param type the error type, e.g. {@code invalid_request_error}
 * @param param the offending request parameter
 * @param code the machine-readable code, e.g. {@code invalid_api_key}
 */
public record OpenAiErrorBody(String message, String type, String param, String code) {}
