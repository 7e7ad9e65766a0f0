package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dateline.diag.Reporter;
import org.dateline.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A {@link DevServer} on a free port for tests, without file watching: tests hand changes in with
 * {@link #changed} and wait for the rebuild's outcome. Waits have generous timeouts for a shared
 * machine; they bound a failure, they never measure speed.
 */
final class ServedSite implements AutoCloseable {

    static final long TIMEOUT_SECONDS = 120;

    final Path site;
    final DevServer server;
    final int port;
    private final BlockingQueue<Rebuild> rebuilds = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ServedSite(Path site, Optional<String> baseUrl) {
        this(site, baseUrl, HttpWorkers.standard());
    }

    /** With the HTTP threads given, e.g. few of them on a hand-driven clock. */
    ServedSite(Path site, Optional<String> baseUrl, HttpWorkers workers) {
        this.site = site;
        this.server = DevServer.start(new ServeRequest(site, false, false, baseUrl, ServeRequest.LOOPBACK, 0,
                TestSites.CLOCK, false, Optional.of(site.resolve(".dateline-cache"))), Reporter.silent(), rebuilds::add,
                workers);
        this.port = server.url().getPort();
    }

    /** The first build's outcome, then each rebuild's, in order. */
    Rebuild awaitRebuild() {
        try {
            Rebuild rebuild = rebuilds.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(rebuild, "no rebuild within the timeout");
            return rebuild;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a site file and tells the server, as the watcher would. */
    Rebuild write(String relative, String text) {
        TestSites.write(site, relative, text);
        return change(relative);
    }

    Rebuild change(String... relative) {
        server.changed(Stream.of(relative).map(Path::of).toList());
        return awaitRebuild();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose answer is awaited later (the client's own connection pool would not queue it behind a test's sockets). */
    java.util.concurrent.CompletableFuture<HttpResponse<String>> sendAsync(String path) {
        return client.sendAsync(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    Document page(String path) {
        HttpResponse<String> response = get(path);
        return Jsoup.parse(response.body(), uri(path).toString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Opens the live-reload stream; its events arrive in the returned queue. */
    EventStream events() {
        return new EventStream(client, uri(SiteHandler.EVENTS_PATH));
    }

    /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line) as raw bytes; the status code. */
    int raw(String head) {
        return Integer.parseInt(rawResponse(head).split(" ", 3)[1]);
    }

    String rawResponse(String head) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection that sends {@code start} (a request line cut short, say) and then nothing. */
    Socket stalled(String start) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            socket.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> headerValues(HttpResponse<?> response, String name) {
        return response.headers().allValues(name);
    }

    @Override
    public void close() {
        server.close();
    }
}
