/**
 * The mechanism under the model: one description per type of its JSON fields ({@code Schemas}), from which equality,
 * hashing, {@code toString()} (with secrets masked), validation and the wire codec in transport-core are all derived;
 * the open enums' registry; the strict JSON text parser. Shared by the library's own modules, which are released
 * together; not API: no compatibility promise, do not use.
 */
package io.github.realtimesessions.model.internal;
