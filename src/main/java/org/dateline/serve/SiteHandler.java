package org.dateline.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers every request: checks the {@code Host} header and the method, refuses unsafe paths, and
 * serves the output folder under the site's base path, with {@code index.html} for folder URLs, a
 * redirect that adds the slash to a folder URL without one, {@code ETag}/{@code 304}, the site's
 * {@code 404.html} and no listings. HTML gets the live-reload script and, while the latest rebuild
 * fails, the error overlay; the files on disk never do.
 */
final class SiteHandler implements HttpHandler {

    static final String SCRIPT_PATH = "/__dateline/livereload.js";
    static final String EVENTS_PATH = "/__dateline/events";
    static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\"></script>";

    private final Path output;
    private final HostCheck hosts;
    private final LiveReload live;
    private final Supplier<SiteState> state;
    private final byte[] script;

    SiteHandler(Path output, HostCheck hosts, LiveReload live, Supplier<SiteState> state) {
        this.output = output;
        this.hosts = hosts;
        this.live = live;
        this.state = state;
        try (InputStream in = SiteHandler.class.getResourceAsStream("livereload.js")) {
            if (in == null) {
                throw new IllegalStateException("livereload.js is missing from the jar");
            }
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read livereload.js", e);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean stream = false;
        try {
            stream = respond(exchange);
        } finally {
            if (!stream) {
                exchange.close();
            }
        }
    }

    /** Answers; true when the answer is an event stream that stays open. */
    private boolean respond(HttpExchange exchange) throws IOException {
        if (!hosts.allows(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")))) {
            Responses.text(exchange, 403, "This server answers only to its own address (the Host header names"
                    + " another), which blocks DNS rebinding. Open the address the dev server printed.\n");
            return false;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Responses.text(exchange, 405, "Only GET and HEAD are answered.\n");
            return false;
        }
        Optional<RequestPath> parsed = RequestPath.of(exchange.getRequestURI());
        if (parsed.isEmpty()) {
            Responses.text(exchange, 400, "Bad request path.\n");
            return false;
        }
        SiteState now = state.get();
        String raw = exchange.getRequestURI().getRawPath();
        if (raw.equals(EVENTS_PATH) && method.equals("GET")) {
            live.open(exchange, hello(now));
            return true;
        }
        if (raw.equals(SCRIPT_PATH)) {
            Responses.bytes(exchange, 200, "text/javascript; charset=utf-8", script);
        } else if (!now.built()) {
            String page = ErrorOverlay.page(now.overlay().orElse(""), SCRIPT_TAG);
            Responses.bytes(exchange, 500, ContentTypes.HTML, page.getBytes(StandardCharsets.UTF_8));
        } else {
            serve(exchange, parsed.get(), now);
        }
        return false;
    }

    /** What a page's live-reload stream is told first: which build it shows. */
    static String hello(SiteState state) {
        return Long.toString(state.version());
    }

    private void serve(HttpExchange exchange, RequestPath path, SiteState now) throws IOException {
        Optional<RequestPath> inSite = path.within(now.basePath());
        if (inSite.isEmpty()) {
            boolean baseWithoutSlash = !path.folder() && path.segments().equals(now.basePath());
            if (baseWithoutSlash || path.segments().isEmpty()) {
                redirect(exchange, now.home());
            } else {
                notFound(exchange, now);
            }
            return;
        }
        RequestPath relative = inSite.get();
        if (relative.hidden()) {
            notFound(exchange, now);
            return;
        }
        Optional<Path> file = resolve(relative.segments());
        if (file.isPresent() && Files.isDirectory(file.get())) {
            if (!relative.folder()) {
                String query = exchange.getRequestURI().getRawQuery();
                redirect(exchange, exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
                return;
            }
            file = resolve(append(relative.segments(), "index.html"));
        } else if (relative.folder()) {
            file = Optional.empty(); // "/x.html/" is no file
        }
        if (file.isEmpty() || !Files.isRegularFile(file.get()) || !send(exchange, file.get(), 200, now, true)) {
            notFound(exchange, now);
        }
    }

    /**
     * The file the segments name inside the output folder, only when it really is inside: its real
     * path (links resolved) must lie in the output folder's real path.
     */
    private Optional<Path> resolve(List<String> segments) {
        try {
            Path root = output; // a real path: the server made it so
            Path candidate = root;
            for (String segment : segments) {
                candidate = candidate.resolve(segment);
            }
            candidate = candidate.normalize();
            if (!candidate.startsWith(root) || !Files.exists(candidate)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static List<String> append(List<String> segments, String last) {
        List<String> out = new java.util.ArrayList<>(segments);
        out.add(last);
        return out;
    }

    /** Sends a file; false when it vanished meanwhile (a rebuild swapped the folder). */
    private boolean send(HttpExchange exchange, Path file, int status, SiteState now, boolean conditional)
            throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        boolean html = ContentTypes.isHtml(type);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String etag = etag(attributes, html ? Optional.of(now.version()) : Optional.empty());
            exchange.getResponseHeaders().set("ETag", etag);
            if (conditional && matches(exchange.getRequestHeaders().getFirst("If-None-Match"), etag)) {
                Responses.empty(exchange, 304);
                return true;
            }
            if (html) {
                sendHtml(exchange, status, Files.readAllBytes(file), now);
            } else {
                // a page is sent whole (it gains the reload script); another file as a range when asked
                Optional<String> ifRange = Optional.ofNullable(exchange.getRequestHeaders().getFirst("If-Range"));
                ByteRange.Asked asked = status != 200 || ifRange.filter(tag -> !tag.equals(etag)).isPresent()
                        ? new ByteRange.Whole()
                        : ByteRange.of(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Range")), attributes.size());
                sendStream(exchange, file, status, type, attributes.size(), asked);
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static void sendStream(HttpExchange exchange, Path file, int status, String type, long size,
                                   ByteRange.Asked asked) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Responses.common(exchange);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            if (asked instanceof ByteRange.Unsatisfiable) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                exchange.sendResponseHeaders(416, -1);
                exchange.close();
                return;
            }
            long length = asked instanceof ByteRange.Part part ? part.range().length() : size;
            if (asked instanceof ByteRange.Part part) {
                status = 206;
                exchange.getResponseHeaders().set("Content-Range", part.range().contentRange(size));
                in.skipNBytes(part.range().first());
            }
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
            try (OutputStream out = exchange.getResponseBody()) {
                copy(in, out, length);
            }
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = length; left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return; // the file shrank meanwhile: the length sent was a promise the next rebuild broke
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    /**
     * Sends an HTML page with the live-reload script, and the overlay while the latest rebuild
     * fails, before the last {@code </body} (in any case), or at the end. Works on the bytes: UTF-8
     * never has these ASCII bytes inside another character, so nothing is decoded.
     */
    private static void sendHtml(HttpExchange exchange, int status, byte[] page, SiteState now) throws IOException {
        byte[] extra = (now.overlay().orElse("") + SCRIPT_TAG).getBytes(StandardCharsets.UTF_8);
        Responses.spliced(exchange, status, ContentTypes.HTML, page, lastBodyEnd(page), extra);
    }

    private static int lastBodyEnd(byte[] page) {
        byte[] tag = "</body".getBytes(StandardCharsets.US_ASCII);
        for (int i = page.length - tag.length; i >= 0; i--) {
            int j = 0;
            while (j < tag.length && Character.toLowerCase((char) (page[i + j] & 0xff)) == tag[j]) {
                j++;
            }
            if (j == tag.length) {
                return i;
            }
        }
        return page.length;
    }

    /**
     * The file's identity: size, modification time and file key (a rebuild writes a new file), plus,
     * for HTML, the server's state, since the overlay is part of what an HTML response holds.
     */
    private static String etag(BasicFileAttributes attributes, Optional<Long> state) {
        long key = attributes.fileKey() == null ? 0 : attributes.fileKey().hashCode();
        return "\"" + Long.toHexString(attributes.size()) + "-" + Long.toHexString(attributes.lastModifiedTime()
                .to(java.util.concurrent.TimeUnit.MICROSECONDS)) + "-" + Long.toHexString(key)
                + state.map(version -> "-" + version).orElse("") + "\"";
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        Responses.empty(exchange, 301);
    }

    /** The site's own 404.html with status 404, or a plain one when the site has none. */
    private void notFound(HttpExchange exchange, SiteState now) throws IOException {
        Optional<Path> page = resolve(List.of("404.html"));
        if (page.isPresent() && Files.isRegularFile(page.get()) && send(exchange, page.get(), 404, now, false)) {
            return;
        }
        String fallback = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
                + "</head><body><h1>Not found</h1></body></html>\n";
        sendHtml(exchange, 404, fallback.getBytes(StandardCharsets.UTF_8), now);
    }
}
