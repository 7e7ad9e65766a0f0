package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP done right, against a real server on a free port: one server for every read-only check. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevServerHttpTest {

    private static final String ARTICLE = "/news/2024/06/01/first/";

    private Path tmp;
    private ServedSite served;

    @BeforeAll
    void start(@TempDir Path folder) {
        tmp = folder;
        Path site = TestSites.copy("serve", tmp);
        for (String name : List.of("app.webmanifest", "font.woff2", "photo.avif", "photo.webp", "photo.png",
                "photo.jpg", "photo.JPEG", "page.xml", "script.js", "archive.unknownext", "README")) {
            TestSites.write(site, "static/files/" + name, "bytes of " + name + "\n");
        }
        served = new ServedSite(site, Optional.empty());
        assertTrue(served.awaitRebuild().succeeded());
    }

    @AfterAll
    void stop() {
        served.close();
    }

    @Test
    void printsTheAddressOfTheFrontPage() {
        assertEquals("http://127.0.0.1:" + served.port + "/", served.server.url().toString());
    }

    @Test
    void servesAnArticleAsUtf8HtmlWithTheReloadScriptThatTheBuiltFileLacks() throws IOException {
        HttpResponse<String> response = served.get(ARTICLE);
        assertEquals(200, response.statusCode());
        assertEquals(List.of("text/html; charset=utf-8"), response.headers().allValues("Content-Type"));
        assertEquals(List.of("no-cache"), response.headers().allValues("Cache-Control"));
        Document page = Jsoup.parse(response.body());
        assertEquals("First story", page.expectFirst("h1.article__headline").text());
        assertEquals(1, page.select("body > script[src=/__dateline/livereload.js]").size());
        assertEquals(0, page.select("#dateline-error-overlay").size());

        Document onDisk = Jsoup.parse(Files.readString(served.server.output().resolve("news/2024/06/01/first/index.html"),
                StandardCharsets.UTF_8));
        assertEquals("First story", onDisk.expectFirst("h1.article__headline").text());
        assertEquals(0, onDisk.select("script[src*=__dateline]").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/|text/html; charset=utf-8",
        "/theme/dateline.css|text/css; charset=utf-8",
        "/files/notes.txt|text/plain; charset=utf-8",
        "/files/data.json|application/json; charset=utf-8",
        "/feed.xml|application/xml; charset=utf-8",
        "/feed.json|application/json; charset=utf-8",
        "/robots.txt|text/plain; charset=utf-8",
        "/images/dot.svg|image/svg+xml; charset=utf-8",
        "/files/app.webmanifest|application/manifest+json; charset=utf-8",
        "/files/page.xml|application/xml; charset=utf-8",
        "/files/script.js|text/javascript; charset=utf-8",
        "/files/font.woff2|font/woff2",
        "/files/photo.avif|image/avif",
        "/files/photo.webp|image/webp",
        "/files/photo.png|image/png",
        "/files/photo.jpg|image/jpeg",
        "/files/photo.JPEG|image/jpeg",
        "/files/archive.unknownext|application/octet-stream",
        "/files/README|application/octet-stream",
        "/__dateline/livereload.js|text/javascript; charset=utf-8"})
    void everyFileHasItsContentType(String path, String type) {
        HttpResponse<String> response = served.get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(List.of(type), response.headers().allValues("Content-Type"), path);
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), path);
        assertEquals(List.of("no-cache"), response.headers().allValues("Cache-Control"), path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/news|301", "/nowhere/|404", "/%2e%2e/x|400", "/files/notes.txt|304"})
    void everyAnswerSaysNoCache(String path, int status) {
        HttpRequest.Builder request = HttpRequest.newBuilder(served.uri(path)).GET();
        if (status == 304) {
            request.header("If-None-Match", served.get(path).headers().firstValue("ETag").orElseThrow());
        }
        HttpResponse<String> response = served.send(request.build());
        assertEquals(status, response.statusCode(), path);
        assertEquals(List.of("no-cache"), response.headers().allValues("Cache-Control"), path);
    }

    @Test
    void staticFilesAreServedByteForByte() {
        assertEquals("plain notes\n", served.get("/files/notes.txt").body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/news|/news/",
        "/news/2024/06/01/first|/news/2024/06/01/first/",
        "/tags?sort=name|/tags/?sort=name"})
    void aFolderWithoutItsSlashIsRedirected(String path, String location) {
        HttpResponse<String> response = served.get(path);
        assertEquals(301, response.statusCode());
        assertEquals(List.of(location), response.headers().allValues("Location"));
    }

    @Test
    void aFolderUrlServesItsIndex() {
        assertEquals(List.of("Second story", "First story"), served.page("/").select(".story__headline a").eachText());
        assertEquals(200, served.get("/news/").statusCode());
        assertEquals(200, served.get("/news/index.html").statusCode());
    }

    @Test
    void anUnchangedFileAnswers304ToItsETag() {
        for (String path : List.of(ARTICLE, "/files/notes.txt")) {
            HttpResponse<String> first = served.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = served.send(HttpRequest.newBuilder(served.uri(path))
                    .header("If-None-Match", etag).GET().build());
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            assertEquals(List.of(etag), again.headers().allValues("ETag"));
            HttpResponse<String> other = served.send(HttpRequest.newBuilder(served.uri(path))
                    .header("If-None-Match", "\"something-else\"").GET().build());
            assertEquals(200, other.statusCode(), path);
        }
    }

    @Test
    void aStaticFileAnswersOneRangeAs206AndARangePastItsEndAs416() {
        // static/files/notes.txt is "plain notes\n": 12 bytes
        HttpResponse<String> part = served.send(HttpRequest.newBuilder(served.uri("/files/notes.txt"))
                .header("Range", "bytes=6-10").GET().build());
        assertEquals(206, part.statusCode());
        assertEquals("notes", part.body());
        assertEquals(List.of("bytes 6-10/12"), part.headers().allValues("Content-Range"));
        assertEquals(List.of("bytes"), part.headers().allValues("Accept-Ranges"));
        HttpResponse<String> tail = served.send(HttpRequest.newBuilder(served.uri("/files/notes.txt"))
                .header("Range", "bytes=-6").GET().build());
        assertEquals("notes\n", tail.body());
        HttpResponse<String> past = served.send(HttpRequest.newBuilder(served.uri("/files/notes.txt"))
                .header("Range", "bytes=12-").GET().build());
        assertEquals(416, past.statusCode());
        assertEquals(List.of("bytes */12"), past.headers().allValues("Content-Range"));
        assertEquals("", past.body());
    }

    @Test
    void severalRangesAStaleIfRangeAndAPageAreSentWhole() {
        String etag = served.get("/files/notes.txt").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> several = served.send(HttpRequest.newBuilder(served.uri("/files/notes.txt"))
                .header("Range", "bytes=0-1,4-5").GET().build());
        assertEquals(200, several.statusCode());
        assertEquals("plain notes\n", several.body());
        HttpResponse<String> stale = served.send(HttpRequest.newBuilder(served.uri("/files/notes.txt"))
                .header("Range", "bytes=0-4").header("If-Range", "\"another\"").GET().build());
        assertEquals(200, stale.statusCode());
        HttpResponse<String> current = served.send(HttpRequest.newBuilder(served.uri("/files/notes.txt"))
                .header("Range", "bytes=0-4").header("If-Range", etag).GET().build());
        assertEquals(206, current.statusCode());
        assertEquals("plain", current.body());
        HttpResponse<String> page = served.send(HttpRequest.newBuilder(served.uri(ARTICLE))
                .header("Range", "bytes=0-4").GET().build());
        assertEquals(200, page.statusCode());
    }

    @Test
    void headAnswersTheHeadersOfGetWithoutTheBody() {
        for (String path : List.of(ARTICLE, "/files/notes.txt")) {
            HttpResponse<String> get = served.get(path);
            HttpResponse<String> head = served.send(HttpRequest.newBuilder(served.uri(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
            assertEquals(get.headers().allValues("Content-Type"), head.headers().allValues("Content-Type"));
            assertEquals(get.headers().allValues("ETag"), head.headers().allValues("ETag"));
            assertEquals(List.of(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length)),
                    head.headers().allValues("Content-Length"), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nowhere", "/nowhere/", "/news/2024/06/01/gone/", "/files/", "/images/",
        "/.dateline-output", "/index.html/", "/files/notes.txt/"})
    void aMissingPageIsTheSites404PageWithStatus404AndNoListing(String path) {
        HttpResponse<String> response = served.get(path);
        assertEquals(404, response.statusCode(), path);
        assertEquals(List.of("text/html; charset=utf-8"), response.headers().allValues("Content-Type"));
        Document page = Jsoup.parse(response.body());
        assertEquals("Page not found", page.expectFirst("h1.listing__title").text());
        assertEquals(1, page.select("script[src=/__dateline/livereload.js]").size());
        assertFalse(response.body().contains("notes.txt"), "a listing of " + path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt",
        "/news/../../secret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/%c0%ae%c0%ae/secret.txt",
        "/%c0%ae%c0%ae%c0%afsecret.txt", "/secret.txt%00.html", "/C:/secret.txt", "/%2E%2E/secret.txt",
        "/.%2e/secret.txt", "/%2e./secret.txt", "/news/%2e%2e/%2e%2e/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt",
        "/%u002e%u002e/secret.txt", "/news/..%2F..%2Fsecret.txt", "/news/%5C..%5C..%5Csecret.txt", "/%00/secret.txt",
        "/news%00/", "/%2fsecret.txt", "/C%3a/secret.txt", "/news//../secret.txt", "/%",
        "http://127.0.0.1/../secret.txt", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd"})
    void refusesEveryTraversal(String target) throws IOException {
        Files.writeString(served.server.output().resolveSibling("secret.txt"), "secret", StandardCharsets.UTF_8);
        String response = served.rawResponse("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + served.port);
        assertEquals("400", response.split(" ", 3)[1], target);
        assertFalse(response.contains("secret\n") || response.endsWith("secret") || response.contains("root:"), target);
    }

    /** The JDK's server finds no handler for a target that is not an absolute path: its own 404. */
    @ParameterizedTest
    @ValueSource(strings = {"//secret.txt", "secret.txt", "*"})
    void neverReachesAFileWithATargetThatIsNoPath(String target) throws IOException {
        Files.writeString(served.server.output().resolveSibling("secret.txt"), "secret", StandardCharsets.UTF_8);
        String response = served.rawResponse("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + served.port);
        assertTrue(List.of("400", "404").contains(response.split(" ", 3)[1]), response);
        assertFalse(response.endsWith("secret"), target);
    }

    @Test
    void refusesALinkThatLeadsOutOfTheSite() throws IOException {
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "outside", StandardCharsets.UTF_8);
        Files.createSymbolicLink(served.server.output().resolve("leak.txt"), outside);
        Files.createSymbolicLink(served.server.output().resolve("leak"), tmp);
        assertEquals(404, served.get("/leak.txt").statusCode());
        assertEquals(404, served.get("/leak/outside.txt").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:80", "localhost.evil.example", "127.0.0.1.nip.io"})
    void refusesAForeignHostAgainstDnsRebinding(String host) {
        assertEquals(403, served.raw("GET / HTTP/1.1\r\nHost: " + host));
        assertEquals(403, served.raw("GET " + SiteHandler.EVENTS_PATH + " HTTP/1.1\r\nHost: " + host));
    }

    @Test
    void answersItsOwnNames() {
        assertEquals(200, served.raw("GET / HTTP/1.1\r\nHost: localhost:" + served.port));
        assertEquals(200, served.raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + served.port));
        assertEquals(200, served.raw("GET / HTTP/1.1\r\nHost: [::1]:" + served.port));
        assertEquals(200, served.raw("GET / HTTP/1.1\r\nHost: LocalHost:" + served.port));
        assertEquals(403, served.raw("GET / HTTP/1.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"})
    void answersOnlyGetAndHead(String method) {
        String response = served.rawResponse(method + " / HTTP/1.1\r\nHost: 127.0.0.1:" + served.port
                + "\r\nContent-Length: 0");
        assertEquals("405", response.split(" ", 3)[1], method);
        assertTrue(response.contains("\r\nAllow: GET, HEAD\r\n"), response);
    }
}
