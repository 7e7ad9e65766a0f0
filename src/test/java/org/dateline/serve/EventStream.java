package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test's open live-reload stream: each Server-Sent Event's name lands in a queue. */
final class EventStream implements AutoCloseable {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    EventStream(HttpClient client, URI uri) {
        try {
            response = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofLines());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        reader = new Thread(() -> {
            try {
                Iterator<String> lines = response.body().iterator();
                while (lines.hasNext()) {
                    String line = lines.next();
                    if (line.startsWith("event: ")) {
                        events.add(line.substring("event: ".length()));
                    }
                }
            } catch (RuntimeException e) {
                // the stream was closed
            }
        }, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next event's name. */
    String next() {
        try {
            String event = events.poll(ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(event, "no event within the timeout");
            return event;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
