package org.dateline.serve;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guards against DNS rebinding: a page on another site cannot read this server through a name of its
 * own that it points at 127.0.0.1, because the browser then sends that name in {@code Host} and it is
 * refused. Allowed are the loopback names ({@code localhost} and {@code *.localhost}), IP literals
 * (a rebinding attack needs a name, never an address) and the names the server was told it has.
 */
final class HostCheck {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[0-9a-z._~-]+)?]");
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]+");

    private final Set<String> names;

    /** @param names the bound host name and any other name of this machine, in any case */
    HostCheck(Set<String> names) {
        this.names = names.stream().map(HostCheck::normalise).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether a request with this {@code Host} header (absent: empty) may be answered. */
    boolean allows(Optional<String> hostHeader) {
        if (hostHeader.isEmpty()) {
            return false;
        }
        Optional<String> host = hostPart(hostHeader.get().trim().toLowerCase(Locale.ROOT));
        if (host.isEmpty()) {
            return false;
        }
        String name = host.get();
        return name.equals("localhost") || name.endsWith(".localhost") || IPV4.matcher(name).matches()
                || IPV6.matcher(name).matches() || names.contains(name);
    }

    /** The host of {@code host[:port]}, without a trailing dot; empty when malformed. */
    private static Optional<String> hostPart(String header) {
        String host = header;
        if (header.startsWith("[")) {
            int close = header.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = header.substring(0, close + 1);
            String rest = header.substring(close + 1);
            if (!rest.isEmpty() && !port(rest)) {
                return Optional.empty();
            }
            return Optional.of(host);
        }
        int colon = header.indexOf(':');
        if (colon >= 0) {
            if (!port(header.substring(colon))) {
                return Optional.empty();
            }
            host = header.substring(0, colon);
        }
        host = normalise(host);
        return NAME.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }

    private static boolean port(String colonAndPort) {
        return colonAndPort.matches(":\\d{1,5}");
    }

    private static String normalise(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
