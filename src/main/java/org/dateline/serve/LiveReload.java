package org.dateline.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open pages' Server-Sent Events streams. A stream holds no server thread while it waits: its
 * exchange stays open after the handler returns, and events are written by a pool. A broadcast only
 * queues the event for each client and returns; each client has at most one pool thread writing
 * its queue, and a client with {@link #MAX_QUEUED} events unwritten (a tab that stopped reading) is
 * dropped, so a slow or vanished client never holds up a broadcast or another client. Streams are
 * capped at {@link #MAX_CLIENTS}, counting dropped clients until their last write ends, so no
 * number of connections can exhaust threads; a write blocked on a client that stopped reading is
 * interrupted after two {@link #heartbeat}s, so no client holds a writer either.
 */
final class LiveReload implements AutoCloseable {

    static final int MAX_CLIENTS = 64;

    /** Events waiting for one client; a client this far behind has stopped reading and is dropped. */
    static final int MAX_QUEUED = 16;

    /** What open pages are told. */
    enum Event {
        /** Load the page again: the site changed, or its build started or stopped failing. */
        RELOAD("reload"),
        /** Only stylesheets changed: swap them in place. */
        CSS("css");

        final String wire;

        Event(String wire) {
            this.wire = wire;
        }
    }

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    /** The clients a writer is writing to now, dropped ones included; and the heartbeats so far. */
    private final Set<Client> busy = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong beats = new java.util.concurrent.atomic.AtomicLong();
    private final AtomicInteger open = new AtomicInteger();
    private final ThreadPoolExecutor writers;

    LiveReload() {
        AtomicInteger counter = new AtomicInteger();
        writers = new ThreadPoolExecutor(0, MAX_CLIENTS, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "dateline-serve-events-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Answers an {@code EventSource} request and keeps its stream open; {@code hello} tells the page
     * which build it shows, so a page that reconnects after missing an event reloads.
     */
    void open(HttpExchange exchange, String hello) throws IOException {
        if (open.incrementAndGet() > MAX_CLIENTS) {
            open.decrementAndGet();
            Responses.text(exchange, 503, "Too many open live-reload connections.\n");
            return;
        }
        Client client = new Client(exchange);
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write(("retry: 1000\n\n" + message("hello", hello)).getBytes(StandardCharsets.UTF_8));
            body.flush();
        } catch (IOException | RuntimeException e) {
            client.finish();
            throw e;
        }
        clients.add(client);
    }

    /** Tells every open page; returns at once whatever the clients do. */
    void broadcast(Event event, String data) {
        send(message(event.wire, data));
    }

    /**
     * A comment line every so often, so a vanished client is noticed and dropped; and a client whose
     * write has made no progress since the heartbeat before the last (its socket's buffer is full: a
     * tab that stopped reading) loses its writer, whose blocked write is interrupted (which closes
     * the connection), so no client holds a writer for longer than two heartbeats.
     */
    void heartbeat() {
        long beat = beats.incrementAndGet();
        for (Client client : List.copyOf(busy)) {
            client.interruptIfStuck(beat);
        }
        send(": ping\n\n");
    }

    int clientCount() {
        return clients.size();
    }

    private void send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (Client client : List.copyOf(clients)) {
            client.send(bytes);
        }
    }

    private static String message(String event, String data) {
        return "event: " + event + "\ndata: " + data + "\n\n";
    }

    @Override
    public void close() {
        for (Client client : List.copyOf(clients)) {
            client.drop();
        }
        writers.shutdownNow();
        try {
            writers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One open stream, written by at most one pool thread at a time, in order. */
    private final class Client {
        private final HttpExchange exchange;
        private final Queue<byte[]> queue = new ConcurrentLinkedQueue<>();
        private final AtomicInteger queued = new AtomicInteger();
        private final AtomicBoolean writing = new AtomicBoolean();
        private final AtomicBoolean finished = new AtomicBoolean();
        private Thread writer; // guarded by this
        private volatile long progress; // the heartbeat count at the last write that returned

        Client(HttpExchange exchange) {
            this.exchange = exchange;
        }

        void send(byte[] bytes) {
            if (queued.incrementAndGet() > MAX_QUEUED) {
                queued.decrementAndGet();
                clients.remove(this); // it stopped reading: give up on it
                return;
            }
            queue.add(bytes);
            if (writing.compareAndSet(false, true)) {
                try {
                    writers.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    writing.set(false);
                    drop();
                }
            }
        }

        private void drain() {
            synchronized (this) {
                writer = Thread.currentThread();
                progress = beats.get();
            }
            busy.add(this);
            try {
                do {
                    OutputStream body = exchange.getResponseBody();
                    for (byte[] next = queue.poll(); next != null; next = queue.poll()) {
                        queued.decrementAndGet();
                        body.write(next);
                        progress = beats.get();
                    }
                    body.flush();
                    writing.set(false);
                    // an event queued after the loop but before the flag was cleared is written now
                } while (!queue.isEmpty() && writing.compareAndSet(false, true));
                if (!clients.contains(this)) {
                    drop();
                }
            } catch (IOException | RuntimeException e) {
                writing.set(false);
                drop();
            } finally {
                synchronized (this) {
                    writer = null;
                }
                busy.remove(this);
            }
        }

        /** Interrupts this client's writer when its write has made no progress for two heartbeats. */
        synchronized void interruptIfStuck(long beat) {
            if (writer != null && progress <= beat - 2) {
                writer.interrupt(); // a blocked channel write ends, and the channel closes
            }
        }

        /** Stops sending to this client; closes its stream unless a write is still stuck in it. */
        void drop() {
            clients.remove(this);
            if (!writing.get()) {
                try {
                    exchange.close();
                } catch (RuntimeException e) {
                    // the connection is gone already
                }
                finish();
            }
        }

        void finish() {
            if (finished.compareAndSet(false, true)) {
                open.decrementAndGet();
            }
        }
    }
}
