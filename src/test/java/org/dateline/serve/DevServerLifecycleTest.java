package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Reporter;
import org.dateline.testing.TestSites;
import org.dateline.write.TempFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, watching for real, many open streams, and stopping without leaving anything behind. */
class DevServerLifecycleTest {

    @TempDir
    Path tmp;

    /** The one test that watches real files: an edit, and a file in a folder created after the start. */
    @Test
    void watchesTheSiteIncludingNewFolders() throws Exception {
        Path site = TestSites.copy("serve", tmp);
        BlockingQueue<Rebuild> rebuilds = new LinkedBlockingQueue<>();
        try (DevServer server = DevServer.start(new ServeRequest(site, false, false, Optional.empty(),
                ServeRequest.LOOPBACK, 0, TestSites.CLOCK, true, Optional.empty()), Reporter.silent(), rebuilds::add)) {
            assertTrue(next(rebuilds).initial());

            // as many editors save: write a scratch file (ignored), then rename it over the article
            Path scratch = TestSites.write(site, "content/news/.first.md.tmp",
                    "---\ntitle: Watched\ndate: 2024-06-01T10:00:00Z\n---\nx\n");
            Files.move(scratch, site.resolve("content/news/first.md"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            Rebuild edit = next(rebuilds);
            assertEquals(List.of("content/news/first.md"), edit.changed());
            assertTrue(edit.succeeded());

            Files.createDirectories(site.resolve("content/sport/local"));
            Path first = TestSites.write(site, "content/sport/local/.match.md.tmp",
                    "---\ntitle: Match\ndate: 2024-06-05T10:00:00Z\n---\nx\n");
            Files.move(first, site.resolve("content/sport/local/match.md"), StandardCopyOption.ATOMIC_MOVE);
            List<String> seen = new ArrayList<>();
            while (!seen.contains("content/sport/local/match.md")) {
                seen.addAll(next(rebuilds).changed());
            }
            Path later = TestSites.write(site, "content/sport/local/.match.md.tmp",
                    "---\ntitle: Match, later\ndate: 2024-06-05T10:00:00Z\n---\nx\n");
            Files.move(later, site.resolve("content/sport/local/match.md"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            Rebuild inNewFolder = next(rebuilds);
            assertEquals(List.of("content/sport/local/match.md"), inNewFolder.changed());
            assertTrue(Files.readString(server.output().resolve("sport/2024/06/05/match/index.html"),
                    StandardCharsets.UTF_8).contains("Match, later"));
        }
    }

    @Test
    void slowRequestHeadsHoldNoThreadsOtherRequestsNeed() throws Exception {
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty())) {
            served.awaitRebuild();
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) {
                    stalled.add(served.stalled(i % 2 == 0 ? "GET /news/ HT" : "GET / HTTP/1.1\r\nHost: 127."));
                }
                HttpResponse<String> response = served.sendAsync("/news/").get(ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode());
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    /** More stalled connections than threads: the watchdog cuts them at the limit and the waiting request is answered. */
    @Test
    void moreSlowHeadsThanThreadsAreCutAtTheLimit() throws Exception {
        FakeScheduler clock = new FakeScheduler();
        Semaphore started = new Semaphore(0);
        HttpWorkers workers = new HttpWorkers(2, clock, () -> { }, started::release);
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty(), workers)) {
            served.awaitRebuild();
            Socket first = served.stalled("GET /news/ HT");
            Socket second = served.stalled("G");
            assertTrue(started.tryAcquire(2, ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS), "both threads reading");
            Socket third = served.stalled("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: te");
            CompletableFuture<HttpResponse<String>> waiting = served.sendAsync("/news/");

            clock.advance(HttpWorkers.HEAD_LIMIT.plus(HttpWorkers.CHECK_EVERY).toMillis());
            assertEquals(200, waiting.get(ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS).statusCode());
            assertClosed(first);
            assertClosed(second);
            assertTrue(started.tryAcquire(2, ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS), "the third and the request ran");
            clock.advance(HttpWorkers.HEAD_LIMIT.plus(HttpWorkers.CHECK_EVERY).toMillis());
            assertClosed(third);
        }
    }

    /** A body sent slowly with a request the server refuses: it is answered at once, and cut at the head's limit. */
    @Test
    void aSlowBodyIsCutAtTheLimitForHeads() throws Exception {
        FakeScheduler clock = new FakeScheduler();
        Semaphore started = new Semaphore(0);
        HttpWorkers workers = new HttpWorkers(1, clock, () -> { }, started::release);
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty(), workers)) {
            served.awaitRebuild();
            Socket slow = served.stalled("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\nfirst bytes");
            assertTrue(started.tryAcquire(1, ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS));
            assertTrue(readUntil(slow.getInputStream(), "\r\n\r\n").startsWith("HTTP/1.1 405 "));
            CompletableFuture<HttpResponse<String>> waiting = served.sendAsync("/news/");

            clock.advance(HttpWorkers.HEAD_LIMIT.plus(HttpWorkers.CHECK_EVERY).toMillis());
            assertEquals(200, waiting.get(ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS).statusCode());
            readToTheEnd(slow); // the 405's body, then the end of the stream
        }
    }

    /** Reads until the server closes the connection; a connection it keeps open fails on the read timeout. */
    private static void readToTheEnd(Socket socket) throws IOException {
        try (socket) {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // what the server still sends
            }
        } catch (java.net.SocketException e) {
            // reset: closed as well
        }
    }

    private static void assertClosed(Socket socket) throws IOException {
        try (socket) {
            assertEquals(-1, socket.getInputStream().read(), "the server answered a request it never got whole");
        } catch (java.net.SocketException e) {
            // reset: closed as well
        }
    }

    @Test
    void openEventStreamsHoldNoServerThreadAndRequestsGoOn() throws IOException {
        HttpWorkers workers = new HttpWorkers(2, new FakeScheduler(), () -> { }, () -> { });
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty(), workers)) {
            served.awaitRebuild();
            List<Socket> streams = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) { // ten times the server's request threads
                    Socket socket = new Socket("127.0.0.1", served.port);
                    socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(ServedSite.TIMEOUT_SECONDS));
                    socket.getOutputStream().write(("GET " + SiteHandler.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    assertTrue(readUntil(socket.getInputStream(), "event: hello").startsWith("HTTP/1.1 200"));
                    streams.add(socket);
                }
                assertEquals(200, served.get("/").statusCode());
                assertEquals(200, served.get("/news/").statusCode());
            } finally {
                for (Socket socket : streams) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void closingStopsEveryThreadAndRemovesTheTemporaryFolder() throws InterruptedException {
        ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty());
        served.awaitRebuild();
        EventStream events = served.events();
        assertEquals("hello", events.next());
        Path temp = served.server.output().getParent();
        assertTrue(Files.isDirectory(temp));
        served.close();
        events.close();
        assertFalse(Files.exists(temp), "the temporary folder is left behind");
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("dateline-serve")) {
                thread.join(TimeUnit.SECONDS.toMillis(ServedSite.TIMEOUT_SECONDS));
                assertFalse(thread.isAlive(), thread.getName() + " still runs");
            }
        }
        served.close(); // twice is harmless
    }

    @Test
    void keepsTheBuildCacheWhereToldOrNowhere() {
        Path site = TestSites.copy("serve", tmp);
        Path cache = tmp.resolve("elsewhere");
        try (DevServer server = DevServer.start(new ServeRequest(site, false, false, Optional.empty(), ServeRequest.LOOPBACK,
                0, TestSites.CLOCK, false, Optional.of(cache)), Reporter.silent(), rebuild -> { })) {
            assertTrue(Files.isDirectory(cache.resolve("articles")), "the server's articles are not in the cache");
            assertTrue(Files.isRegularFile(cache.resolve(".gitignore")));
            assertFalse(Files.exists(cache.resolve("site.state")), "the server's own build state is kept in memory");
            assertFalse(Files.exists(site.resolve(".dateline-cache")));
        }
        TempFolders.delete(cache);
        try (DevServer server = DevServer.start(new ServeRequest(site, false, false, Optional.empty(), ServeRequest.LOOPBACK,
                0, TestSites.CLOCK, false, Optional.empty()), Reporter.silent(), rebuild -> { })) {
            assertTrue(Files.isDirectory(server.output()));
            assertFalse(Files.exists(site.resolve(".dateline-cache")));
            assertFalse(Files.exists(cache));
        }
    }

    @Test
    void aPortInUseIsAnErrorNamingTheAddress() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            DatelineException e = org.junit.jupiter.api.Assertions.assertThrows(DatelineException.class,
                    () -> DevServer.start(new ServeRequest(TestSites.copy("serve", tmp), false, false, Optional.empty(),
                            ServeRequest.LOOPBACK, port, TestSites.CLOCK, false, Optional.empty()), Reporter.silent(),
                            rebuild -> { }));
            assertEquals("error: 127.0.0.1:" + port + ": cannot listen: Address already in use (hint: stop whatever uses"
                    + " the port, or pass --port with another one (--port 0 picks a free one))", e.problems().get(0).format());
        }
    }

    private static Rebuild next(BlockingQueue<Rebuild> rebuilds) throws InterruptedException {
        Rebuild rebuild = rebuilds.poll(ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertTrue(rebuild != null, "no rebuild within the timeout");
        return rebuild;
    }

    private static String readUntil(InputStream in, String marker) throws IOException {
        StringBuilder seen = new StringBuilder();
        while (!seen.toString().contains(marker)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            seen.append((char) b);
        }
        return seen.toString();
    }
}
