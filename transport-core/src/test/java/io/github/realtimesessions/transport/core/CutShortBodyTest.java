package io.github.realtimesessions.transport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.port.ClientSettings;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** A body shorter than its Content-Length is a connection failure, whatever the HTTP client reports. */
class CutShortBodyTest {

    private final SessionResponseReader reader =
            new SessionResponseReader(ClientSettings.builder().apiKey("sk-test").build(), Clock.systemUTC());

    @Test
    void aBodyEndingBeforeItsContentLengthIsAnEndOfFileNotMalformedJson() {
        HeaderLookup tenBytes = name -> name.equalsIgnoreCase("content-length") ? "10" : null;

        assertThatThrownBy(() -> reader.readBody(200, tenBytes, new ByteArrayInputStream("{\"id\"".getBytes())))
                .isInstanceOf(EOFException.class)
                .hasMessage("the connection closed after 5 of 10 body bytes");
    }

    @Test
    void aBodyOfExactlyItsContentLengthIsReadWhole() throws Exception {
        HeaderLookup fiveBytes = name -> name.equalsIgnoreCase("content-length") ? "5" : null;

        assertThat(reader.readBody(200, fiveBytes, new ByteArrayInputStream("{\"a\":1}".getBytes(), 0, 5)))
                .hasSize(5);
    }
}
