package io.github.realtimesessions.transport.core.internal;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads the members of one JSON object type, as {@link WireCodec}'s interpreting reader does by walking the type's
 * description: the shape of the methods {@link GeneratedReaders} holds.
 *
 * @param <T> the type
 * @param <B> its builder
 */
@FunctionalInterface
interface StructReader<T, B> {

    /**
     * Reads the object whose {@code START_OBJECT} is current or, with {@code firstField}, whose first member name has
     * been read and whose value is current, and builds the value.
     *
     * @param in the document's reader
     * @param firstField the name of the member already read, or {@code null}
     * @param finish completes the builder before the value is built, or {@code null}
     * @return the value
     * @throws IOException if the parser fails
     */
    T read(WireCodec.Reader in, String firstField, Consumer<? super B> finish) throws IOException;
}
