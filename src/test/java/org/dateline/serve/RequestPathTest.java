package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "/../etc/passwd", "/news/../../etc/passwd", "/..", "/.", "/news/./x",
        "/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd", "/%2e%2e%2fetc%2fpasswd", "/.%2e/x", "/%2e/x",
        "/..%2fetc/passwd", "/..%2Fetc", "/..%5cetc", "/..%5C..%5Cwindows", "/a%2fb",
        "/..\\etc\\passwd", "/a\\b",
        "//etc/passwd", "/a//b", "/C:/Windows/win.ini", "/c%3a/windows", "/x%3ay",
        "/etc/passwd%00.html", "/a%00", "/a%0d%0aSet-Cookie:x", "/a%7f",
        "/%c0%ae%c0%ae/etc/passwd", "/%c0%af", "/%e0%80%ae", "/%ed%a0%80", "/%ff", "/%c3", "/%g1", "/%2",
        "news", "", "/\u00e9"})
    void refusesEveryEscapeFromTheFolder(String raw) {
        assertEquals(Optional.empty(), RequestPath.parse(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/|''|true",
        "/news|news|false",
        "/news/|news|true",
        "/news/2024/x/index.html|news,2024,x,index.html|false",
        "/caf%C3%A9/|café|true",
        "/a%20b.txt|a b.txt|false",
        "/..a/b..|..a,b..|false",
        "/%7e.txt|~.txt|false"})
    void decodesSafePaths(String raw, String segments, boolean folder) {
        List<String> expected = segments.isEmpty() ? List.of() : List.of(segments.split(","));
        assertEquals(Optional.of(new RequestPath(expected, folder)), RequestPath.parse(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/x", "//evil.example/x"})
    void refusesAbsoluteAndAuthorityForms(String target) {
        assertEquals(Optional.empty(), RequestPath.of(URI.create(target)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/paper/|paper|''|true",
        "/paper/news/x/|paper|news,x|true",
        "/paper|paper|-|false",
        "/news/|paper|-|true",
        "/paperboy/|paper|-|true",
        "/news/|''|news|true"})
    void findsThePathUnderTheBasePath(String raw, String base, String rest, boolean folder) {
        List<String> prefix = base.isEmpty() ? List.of() : List.of(base.split(","));
        Optional<RequestPath> expected = rest.equals("-") ? Optional.empty()
                : Optional.of(new RequestPath(rest.isEmpty() ? List.of() : List.of(rest.split(",")), folder));
        assertEquals(expected, RequestPath.parse(raw).orElseThrow().within(prefix));
    }
}
