package org.dateline.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing whole responses: the headers every response carries, and HEAD without a body. */
final class Responses {

    private Responses() {
    }

    /** Sends {@code body} with {@code status}; for HEAD only the headers, with the body's length. */
    static void bytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        common(exchange);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
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
