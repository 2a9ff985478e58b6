/**
 * The field descriptions of the retired beta types, on the mechanism of {@code model.internal}. Kept apart from the
 * GA descriptions so that the GA model never depends on the beta package. Not API: no compatibility promise, do not
 * use.
 */
package io.github.realtimesessions.model.beta.internal;
