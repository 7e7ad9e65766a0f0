package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostCheckTest {

    private final HostCheck check = new HostCheck(Set.of("127.0.0.1", "Newsroom-Laptop"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1:8080|true",
        "127.0.0.1|true",
        "localhost:8080|true",
        "LOCALHOST:8080|true",
        "localhost.:8080|true",
        "preview.localhost:8080|true",
        "[::1]:8080|true",
        "[::1]|true",
        "192.168.1.20:8080|true",
        "newsroom-laptop:8080|true",
        "evil.example:8080|false",
        "evil.example|false",
        "localhost.evil.example:8080|false",
        "127.0.0.1.nip.io:8080|false",
        "localhost:8080@evil.example|false",
        "localhost:http|false",
        "localhost:8080:9|false",
        "[::1|false",
        "''|false"})
    void allowsOnlyThisServersOwnNames(String host, boolean allowed) {
        assertEquals(allowed, check.allows(Optional.of(host)), host);
    }

    @org.junit.jupiter.api.Test
    void refusesARequestWithoutHost() {
        assertEquals(false, check.allows(Optional.empty()));
    }
}
