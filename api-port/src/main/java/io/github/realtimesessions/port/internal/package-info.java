/**
 * Helpers that other modules of the library share but that are not API: no compatibility promise, do not use.
 */
package io.github.realtimesessions.port.internal;
