package org.dateline.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpHandler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP server's threads, with a time limit on every exchange so that slow clients cannot keep
 * them. The JDK's server reads a request's head on the thread it hands the connection to, blocking,
 * so a client that sends its head byte by byte, or never finishes it (slowloris), holds that thread,
 * and one that reads its answer slowly holds it while the answer is written. Here:
 * <ul>
 *   <li>each connection that sends a request gets its own thread, up to {@link #THREADS} (idle ones
 *       end after a while), so a few slow clients take only their own threads;</li>
 *   <li>a request's head must be in within {@link #HEAD_LIMIT} and the answer out within
 *       {@link #RESPONSE_LIMIT}; a watchdog interrupts an exchange that takes longer, which closes
 *       its connection (the JDK's socket channels are interruptible) and frees its thread, so even
 *       more slow connections than threads hold up other requests for {@code HEAD_LIMIT} at most.</li>
 * </ul>
 * The live-reload streams are not exchanges that run on: their handler returns at once (see
 * {@link LiveReload}). The JDK's own {@code sun.net.httpserver.maxReqTime} and {@code maxRspTime}
 * would do something similar, but they are JVM-wide properties read once when its classes load, and
 * {@code maxRspTime} would also cut every live-reload stream.
 */
final class HttpWorkers implements Executor, AutoCloseable {

    /** Threads at most: more connections than that wait in line for a thread. */
    static final int THREADS = 64;
    static final Duration HEAD_LIMIT = Duration.ofSeconds(10);
    static final Duration RESPONSE_LIMIT = Duration.ofSeconds(60);
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final ThreadPoolExecutor pool;
    private final Scheduler scheduler;
    private final Runnable stopTimer;
    private final Runnable started;
    private final Map<Thread, Exchange> running = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param threads at most this many exchanges run at once
     * @param scheduler runs the watchdog and tells the time
     * @param stopTimer stops whatever runs {@code scheduler}'s tasks, on {@link #close()}
     * @param started told on an exchange's thread when it starts (tests wait on it)
     */
    HttpWorkers(int threads, Scheduler scheduler, Runnable stopTimer, Runnable started) {
        this.scheduler = scheduler;
        this.stopTimer = stopTimer;
        this.started = started;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "dateline-serve-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        scheduler.schedule(this::watch, CHECK_EVERY);
    }

    /** The server's workers: {@link #THREADS} threads and a watchdog thread of their own. */
    static HttpWorkers standard() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dateline-serve-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        return new HttpWorkers(THREADS, new ExecutorScheduler(timer), timer::shutdownNow, () -> { });
    }

    @Override
    public void execute(Runnable exchange) {
        pool.execute(new Exchange(exchange));
    }

    /**
     * {@code handler}, noting that the exchange on the calling thread has its head in and is
     * answering now: from here it has {@link #RESPONSE_LIMIT}. A request with a body stays on the
     * head's limit: the server answers it without reading the body, but the JDK's server reads what
     * is left of it (up to 64 KiB) before it lets the connection go, and a body sent slowly must not
     * hold the thread any longer than a head sent slowly.
     */
    HttpHandler timed(HttpHandler handler) {
        return exchange -> {
            Exchange current = running.get(Thread.currentThread());
            Headers headers = exchange.getRequestHeaders();
            String length = headers.getFirst("Content-Length");
            boolean body = headers.containsKey("Transfer-Encoding") || (length != null && !length.trim().equals("0"));
            if (current != null && !body) {
                current.answering(scheduler.nanoTime());
            }
            handler.handle(exchange);
        };
    }

    /** Interrupts every exchange over its limit, then looks again a little later. */
    private void watch() {
        if (closed) {
            return;
        }
        long now = scheduler.nanoTime();
        for (Exchange exchange : List.copyOf(running.values())) {
            exchange.stopIfOverdue(now);
        }
        scheduler.schedule(this::watch, CHECK_EVERY);
    }

    @Override
    public void close() {
        closed = true;
        stopTimer.run();
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One exchange on its thread: when its current phase began and how long that phase may take. */
    private final class Exchange implements Runnable {
        private final Runnable task;
        private Thread thread;
        private long since;
        private Duration limit = HEAD_LIMIT;

        Exchange(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            Thread self = Thread.currentThread();
            synchronized (this) {
                thread = self;
                since = scheduler.nanoTime();
            }
            running.put(self, this);
            try {
                started.run();
                task.run();
            } finally {
                running.remove(self);
                synchronized (this) {
                    thread = null;
                }
                // an interrupt that came just as the exchange ended must not hit the thread's next one
                Thread.interrupted();
            }
        }

        synchronized void answering(long now) {
            since = now;
            limit = RESPONSE_LIMIT;
        }

        /** Under the lock, so the interrupt reaches this exchange and never the thread's next one. */
        synchronized void stopIfOverdue(long now) {
            if (thread != null && now - since > limit.toNanos()) {
                thread.interrupt();
                thread = null;
            }
        }
    }
}
