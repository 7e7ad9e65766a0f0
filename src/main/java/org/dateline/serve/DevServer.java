package org.dateline.serve;

import org.dateline.pipeline.ChangeKind;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.dateline.config.ConfigLoader;
import org.dateline.config.SiteConfig;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.Reporter;
import org.dateline.diag.SourcePosition;
import org.dateline.pipeline.BuildRequest;
import org.dateline.pipeline.BuildResult;
import org.dateline.pipeline.Engine;
import org.dateline.write.TempFolders;

/**
 * {@code dateline serve}: builds the site into a fresh temporary folder, serves that folder over
 * HTTP, watches the site and rebuilds through the engine on every change, tells open pages to
 * reload, and lays an error overlay over every page while the latest rebuild fails (the last good
 * build stays in the folder, so it is still what is served). {@link #close()} stops every thread it
 * started and deletes the temporary folder.
 */
public final class DevServer implements AutoCloseable {

    /** How long a burst of file events may stay quiet before it is rebuilt, and the longest a burst waits. */
    static final Duration QUIET = Duration.ofMillis(30);
    static final Duration MAX_WAIT = Duration.ofMillis(300);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration IDLE = Duration.ofSeconds(10);

    private final ServeRequest request;
    private final Path temp;
    private final Path output;
    private final Engine engine;
    private final Consumer<Rebuild> listener;
    private final HttpServer http;
    private final HttpWorkers httpThreads;
    private final ScheduledExecutorService rebuilds;
    private final AtomicReference<Optional<ScheduledFuture<?>>> collection = new AtomicReference<>(Optional.empty());
    private final LiveReload live = new LiveReload();
    private final HeapReturn heap;
    private final ErrorOverlay overlay;
    private final Debouncer debouncer;
    private volatile SiteState state = SiteState.starting();
    private SiteWatcher watcher;
    private boolean closed;

    private DevServer(ServeRequest request, Reporter reporter, Consumer<Rebuild> listener, HttpWorkers httpThreads,
                      HeapReturn heap) throws IOException {
        this.request = request;
        this.heap = heap;
        this.httpThreads = httpThreads;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.overlay = new ErrorOverlay(request.source());
        // its real path, so a request's file can be checked against it without resolving it again
        this.temp = TempFolders.create(TempFolders.systemRoot(), TempFolders.SERVE);
        try {
            this.http = bind(request);
        } catch (RuntimeException e) {
            TempFolders.delete(temp);
            throw e;
        }
        this.output = temp.resolve("site");
        this.engine = Engine.forServer(new BuildRequest(request.source(), output, request.drafts(), request.future(),
                request.baseUrl(), request.clock(), request.cacheDir()), heap.betweenStages(reporter));
        this.rebuilds = Executors.newSingleThreadScheduledExecutor(daemon("dateline-serve-rebuild"));
        this.debouncer = new Debouncer(QUIET, MAX_WAIT, new ExecutorScheduler(rebuilds), this::rebuild);
    }

    /**
     * Builds the site, starts serving and (unless told not to) watching. The first build's outcome
     * goes to {@code listener} before this returns; a failed first build still starts the server,
     * which shows the errors until a change fixes them.
     *
     * @throws DatelineException when the address cannot be listened on
     */
    public static DevServer start(ServeRequest request, Reporter reporter, Consumer<Rebuild> listener) {
        return start(request, reporter, listener, HttpWorkers.standard());
    }

    /** As {@link #start(ServeRequest, Reporter, Consumer)}, with the HTTP threads given: tests drive their watchdog. */
    static DevServer start(ServeRequest request, Reporter reporter, Consumer<Rebuild> listener, HttpWorkers httpThreads) {
        return start(request, reporter, listener, httpThreads, HeapReturn.standard());
    }

    /** With how the heap is given back after large builds, too: tests count the collections. */
    static DevServer start(ServeRequest request, Reporter reporter, Consumer<Rebuild> listener, HttpWorkers httpThreads,
                           HeapReturn heap) {
        DevServer server;
        try {
            server = new DevServer(request, reporter, listener, httpThreads, heap);
        } catch (IOException e) {
            httpThreads.close();
            throw new UncheckedIOException("cannot create the dev server's temporary folder", e);
        } catch (RuntimeException e) {
            httpThreads.close();
            throw e;
        }
        try {
            server.run();
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    private void run() {
        if (build(List.of()).result().filter(result -> heap.worth(result.articles())).isPresent()) {
            collection.getAndSet(Optional.empty()).ifPresent(idle -> idle.cancel(false)); // this is it
            heap.giveBack(); // the first build's garbage, before the first edit adds to the heap it grew
        }
        http.createContext("/", httpThreads.timed(new SiteHandler(output, hostCheck(request), live, () -> state)));
        http.setExecutor(httpThreads);
        http.start();
        rebuilds.scheduleWithFixedDelay(live::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        if (request.watch()) {
            try {
                watcher = new SiteWatcher(request.source(), this::changed);
            } catch (IOException | UncheckedIOException e) {
                throw new DatelineException(Problem.error(SourcePosition.of(request.source().toString()),
                        "cannot watch the site folder: " + e.getMessage(), "check that it exists and can be read"), e);
            }
            watcher.start();
        }
    }

    /** The address of the site's front page, e.g. {@code http://127.0.0.1:8080/} or {@code http://127.0.0.1:8080/paper/}. */
    public URI url() {
        String host = request.allInterfaces() ? ServeRequest.LOOPBACK : request.bind();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + http.getAddress().getPort() + state.home());
    }

    /** The folder the site is built into and served from: removed by {@link #close()}. */
    public Path output() {
        return output;
    }

    /**
     * Notes changed files (relative to the site folder); they are rebuilt together once the burst of
     * changes is over. Files the build never reads are ignored.
     */
    void changed(Collection<Path> paths) {
        List<Path> relevant = new ArrayList<>();
        for (Path path : paths) {
            if (path.equals(SiteWatcher.everything()) || ChangeKind.of(path).isPresent()) {
                relevant.add(path);
            }
        }
        debouncer.offer(relevant);
    }

    /** Runs on the one rebuild thread, so builds never overlap; changes meanwhile make the next batch. */
    private void rebuild(Set<Path> changed) {
        List<String> names = changed.stream().map(path -> path.toString().replace('\\', '/')).sorted().toList();
        build(names.isEmpty() ? List.of("") : names);
    }

    private Rebuild build(List<String> changed) {
        long start = System.nanoTime();
        SiteState before = state;
        Optional<BuildResult> result = Optional.empty();
        List<Problem> errors = List.of();
        Optional<Throwable> bug = Optional.empty();
        try {
            boolean everything = changed.isEmpty() || changed.contains("") || !before.built();
            result = Optional.of(everything ? engine.build() : engine.rebuild(changed.stream().map(Path::of).toList()));
        } catch (DatelineException e) {
            errors = e.problems();
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            bug = Optional.of(e);
            errors = List.of(Problem.error(SourcePosition.of(""), "internal error (this is a bug in Dateline; please"
                    + " report it): " + e, null));
        }
        long version = before.version() + 1;
        SiteState after;
        if (result.isPresent()) {
            List<String> basePath = before.built() && !configChanged(changed) ? before.basePath() : basePath();
            after = new SiteState(true, basePath, Optional.empty(), version);
        } else {
            after = new SiteState(before.built(), before.basePath(), Optional.of(overlay.html(errors, before.built())),
                    version);
        }
        state = after;
        boolean stylesOnly = result.isPresent() && before.overlay().isEmpty()
                && ChangeKind.stylesheetsOnly(changed.stream().map(Path::of).toList());
        live.broadcast(stylesOnly ? LiveReload.Event.CSS : LiveReload.Event.RELOAD, SiteHandler.hello(after));
        Rebuild rebuild = new Rebuild(changed, result, errors, bug, Duration.ofNanos(System.nanoTime() - start),
                before.built());
        listener.accept(rebuild);
        collectWhenIdle(rebuild);
        return rebuild;
    }

    /**
     * A build of a large site grows the Java heap by gigabytes, and the JVM keeps it committed until
     * a full collection, though what the server keeps between builds is a fraction of it (see
     * {@link HeapReturn}): so the first build is collected before the server serves, and after each
     * later one the server collects once it has been idle for {@link #IDLE} (the reloaded pages long
     * served), on the rebuild thread, so never during a build.
     */
    private void collectWhenIdle(Rebuild rebuild) {
        if (rebuild.result().filter(result -> heap.worth(result.articles())).isEmpty()) {
            return;
        }
        ScheduledFuture<?> next = rebuilds.schedule(heap::giveBack, IDLE.toMillis(), TimeUnit.MILLISECONDS);
        collection.getAndSet(Optional.of(next)).ifPresent(previous -> previous.cancel(false));
    }

    private static boolean configChanged(List<String> changed) {
        return changed.contains(ChangeKind.CONFIG_FILE) || changed.contains("");
    }

    /** The segments of the path of the site's base URL, under which the site is served. */
    private List<String> basePath() {
        try {
            ConfigLoader loader = new ConfigLoader();
            SiteConfig config = loader.load(request.source(), new Problems());
            if (request.baseUrl().isPresent()) {
                config = loader.withBaseUrl(config, request.baseUrl().get());
            }
            String path = config.basePath();
            return path.isEmpty() ? List.of() : Arrays.stream(path.substring(1).split("/")).filter(s -> !s.isEmpty()).toList();
        } catch (DatelineException e) {
            return List.of();
        }
    }

    private static HttpServer bind(ServeRequest request) {
        InetSocketAddress address = new InetSocketAddress(request.bind(), request.port());
        String shown = request.bind() + ":" + request.port();
        if (address.isUnresolved()) {
            throw DatelineException.at(SourcePosition.of(shown), "cannot listen: no such address or host name",
                    "pass --bind with an address of this machine, such as 127.0.0.1");
        }
        try {
            return HttpServer.create(address, 128);
        } catch (BindException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(shown), "cannot listen: " + e.getMessage(),
                    "stop whatever uses the port, or pass --port with another one (--port 0 picks a free one)"), e);
        } catch (IOException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(shown), "cannot listen: " + e.getMessage(),
                    null), e);
        }
    }

    private static HostCheck hostCheck(ServeRequest request) {
        Set<String> names = new HashSet<>(List.of(request.bind()));
        if (request.allInterfaces()) {
            try {
                names.add(InetAddress.getLocalHost().getHostName());
            } catch (UnknownHostException e) {
                // the machine's name is unknown: its addresses still work
            }
        }
        return new HostCheck(names);
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix.endsWith("-") ? prefix + count.incrementAndGet() : prefix);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops watching, building and serving, and deletes the temporary folder. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        // the port first, so it is free at once; then wait for a build that is under way
        http.stop(0);
        live.close();
        httpThreads.close();
        rebuilds.shutdownNow();
        await(rebuilds);
        engine.close();
        TempFolders.delete(temp);
    }

    private static void await(ExecutorService executor) {
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
