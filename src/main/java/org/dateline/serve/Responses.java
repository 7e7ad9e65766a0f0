package org.dateline.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing whole responses: the headers every response carries, and HEAD without a body. */
final class Responses {

    private Responses() {
    }

    private static final byte[] NOTHING = new byte[0];

    /** Sends {@code body} with {@code status}; for HEAD only the headers, with the body's length. */
    static void bytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        spliced(exchange, status, contentType, body, body.length, NOTHING);
    }

    /**
     * Sends {@code page} with {@code extra} inserted at offset {@code at}, without copying the page
     * (every HTML page gets the live-reload script this way); for HEAD only the headers.
     */
    static void spliced(HttpExchange exchange, int status, String contentType, byte[] page, int at, byte[] extra)
            throws IOException {
        common(exchange);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        long length = (long) page.length + extra.length;
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page, 0, at);
            out.write(extra);
            out.write(page, at, page.length - at);
        }
    }

    static void text(HttpExchange exchange, int status, String body) throws IOException {
        bytes(exchange, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    /** A body-less answer: 304, or a redirect to {@code location}. */
    static void empty(HttpExchange exchange, int status) throws IOException {
        common(exchange);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    static void common(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    }
}
