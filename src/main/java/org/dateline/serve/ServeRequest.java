package org.dateline.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What to serve and where.
 *
 * @param source the site folder
 * @param drafts include articles marked {@code draft: true}
 * @param future include articles dated after now
 * @param baseUrl overrides {@code base_url} from site.yaml
 * @param bind the address to listen on: {@code 127.0.0.1} unless the user says otherwise
 * @param port the port; 0 picks a free one
 * @param clock "now" for every build
 * @param watch whether to watch the site folder (tests hand changes in directly)
 * @param cacheDir the persistent build cache, as for {@code build}, or empty for none ({@code --no-cache})
 */
public record ServeRequest(Path source, boolean drafts, boolean future, Optional<String> baseUrl, String bind,
                           int port, Clock clock, boolean watch, Optional<Path> cacheDir) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServeRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(cacheDir, "cacheDir");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Whether the server listens on every network interface, so anyone who can reach the machine can read the site. */
    public boolean allInterfaces() {
        String address = bind.startsWith("[") && bind.endsWith("]") ? bind.substring(1, bind.length() - 1) : bind;
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("0:0:0:0:0:0:0:0");
    }
}
