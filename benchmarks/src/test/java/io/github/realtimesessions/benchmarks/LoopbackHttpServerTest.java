package io.github.realtimesessions.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackHttpServerTest {

    private static final byte[] BODY = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
    private static final String ANSWER_HEAD_START = "HTTP/1.1 200 OK\r\n";

    private final LoopbackHttpServer server = LoopbackHttpServer.start(BODY);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersEveryRequestOnAKeptAliveConnectionIncludingPipelinedOnes() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(post("abc", ""));
            out.flush();
            assertThat(readAnswer(socket.getInputStream())).startsWith(ANSWER_HEAD_START).endsWith("{\"ok\":true}");

            // Two requests in one write: both are answered, in order, on the same connection.
            out.write(concat(post("first", ""), post("second", "")));
            out.flush();
            assertThat(readAnswer(socket.getInputStream())).endsWith("{\"ok\":true}");
            assertThat(readAnswer(socket.getInputStream())).endsWith("{\"ok\":true}");
        }
        assertThat(server.acceptedConnections()).isEqualTo(1);
    }

    @Test
    void skipsABodyLargerThanItsBufferAndAnswersTheNextRequest() throws IOException {
        String large = "x".repeat(100_000);
        try (Socket socket = connect()) {
            socket.getOutputStream().write(concat(post(large, ""), post("small", "")));
            socket.getOutputStream().flush();
            assertThat(readAnswer(socket.getInputStream())).endsWith("{\"ok\":true}");
            assertThat(readAnswer(socket.getInputStream())).endsWith("{\"ok\":true}");
        }
    }

    @Test
    void closesTheConnectionWhenTheClientAsksTo() throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(post("abc", "Connection: close\r\n"));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            assertThat(readAnswer(in)).endsWith("{\"ok\":true}");
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void refusesAChunkedRequestSoThatAStreamingClientFailsLoudly() throws IOException {
        try (Socket socket = connect()) {
            byte[] chunked = ("POST /v1/realtime/sessions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + "3\r\nabc\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            socket.getOutputStream().write(chunked);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 411 Length Required\r\n");
        }
    }

    @Test
    void recordsTheHeadOfTheNextRequestOnlyWhenAsked() throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(post("abc", "X-Marker: one\r\n"));
            readAnswer(socket.getInputStream());
            assertThat(server.recordedHead()).isNull();

            server.recordNextHead();
            socket.getOutputStream().write(post("abc", "X-Marker: two\r\n"));
            readAnswer(socket.getInputStream());
            assertThat(server.recordedHead())
                    .startsWith("POST /v1/realtime/sessions HTTP/1.1\r\n")
                    .contains("X-Marker: two\r\n");
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(server.baseUri().getHost(), server.baseUri().getPort());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static byte[] post(String body, String extraHeaders) {
        return ("POST /v1/realtime/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-length: " + body.length() + "\r\n"
                        + extraHeaders + "\r\n" + body)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(first);
        both.writeBytes(second);
        return both.toByteArray();
    }

    /** Reads one answer: the head up to the empty line, then exactly Content-Length bytes. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            assertThat(b).as("the answer's head ended early").isNotEqualTo(-1);
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int start = text.indexOf("Content-Length: ") + "Content-Length: ".length();
        int length = Integer.parseInt(text.substring(start, text.indexOf("\r\n", start)));
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
