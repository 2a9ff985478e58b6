/**
 * The wire format and everything an answer means, for every endpoint and transport: the codec over the model's field
 * descriptions, the endpoints, the pipeline (headers, credentials, deadlines, retries, errors, logging), multipart,
 * redaction. Shared by the library's own modules; not API: no compatibility promise, do not use.
 */
package io.github.realtimesessions.transport.core.internal;
