/**
 * The starter's implementation: the endpoints' handlers, the settings factory, the failure analyzer, the Micrometer
 * listener, the Actuator sanitizer. Not API: no compatibility promise, do not use.
 */
package io.github.realtimesessions.spring.internal;
