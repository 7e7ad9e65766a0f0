package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A stuck or vanished page never holds up the others, and streams are capped. */
class LiveReloadTest {

    private static final long TIMEOUT = ServedSite.TIMEOUT_SECONDS;

    private static String next(FakeExchange exchange) throws InterruptedException {
        String text = exchange.written.poll(TIMEOUT, TimeUnit.SECONDS);
        return text == null ? "(nothing within the timeout)" : text;
    }

    @Test
    void aStuckClientNeitherBlocksTheBroadcastNorTheOtherClientsAndIsDropped() throws Exception {
        try (LiveReload live = new LiveReload()) {
            FakeExchange stuck = new FakeExchange();
            FakeExchange reading = new FakeExchange();
            live.open(stuck, "1");
            live.open(reading, "1");
            assertEquals("retry: 1000\n\nevent: hello\ndata: 1\n\n", next(reading));
            assertEquals(200, reading.status());
            next(stuck);

            stuck.stall();
            CountDownLatch returned = new CountDownLatch(1);
            Thread broadcaster = new Thread(() -> {
                live.broadcast(LiveReload.Event.RELOAD, "2");
                returned.countDown();
            });
            broadcaster.start();
            assertTrue(returned.await(TIMEOUT, TimeUnit.SECONDS), "the broadcast waited for a stuck client");
            assertTrue(stuck.stalled.await(TIMEOUT, TimeUnit.SECONDS));
            assertEquals("event: reload\ndata: 2\n\n", next(reading));

            // the stuck client's events queue up until it is clearly not reading, then it is dropped
            for (int i = 0; i <= LiveReload.MAX_QUEUED; i++) {
                assertEquals(2, live.clientCount(), "dropped after " + i + " queued events");
                live.broadcast(LiveReload.Event.CSS, Integer.toString(3 + i));
                assertEquals("event: css\ndata: " + (3 + i) + "\n\n", next(reading));
            }
            assertEquals(1, live.clientCount());

            stuck.release();
            assertTrue(stuck.closed.await(TIMEOUT, TimeUnit.SECONDS), "the dropped client's stream was not closed");
        }
    }

    @Test
    void aWriterStuckOnAClientThatStoppedReadingIsFreedAfterTwoHeartbeats() throws Exception {
        try (LiveReload live = new LiveReload()) {
            FakeExchange stuck = new FakeExchange();
            live.open(stuck, "1");
            next(stuck);
            stuck.stall();
            live.broadcast(LiveReload.Event.RELOAD, "2");
            assertTrue(stuck.stalled.await(TIMEOUT, TimeUnit.SECONDS));
            live.heartbeat();
            assertEquals(1, stuck.closed.getCount(), "a write one heartbeat old may still be under way");
            live.heartbeat();
            assertTrue(stuck.closed.await(TIMEOUT, TimeUnit.SECONDS), "the stuck writer was not freed");
            assertEquals(0, live.clientCount());
        }
    }

    @Test
    void eventsInQuickSuccessionAllArriveInOrder() throws Exception {
        try (LiveReload live = new LiveReload()) {
            FakeExchange reading = new FakeExchange();
            live.open(reading, "1");
            next(reading);
            live.broadcast(LiveReload.Event.RELOAD, "2");
            live.heartbeat();
            live.broadcast(LiveReload.Event.CSS, "3");
            StringBuilder all = new StringBuilder();
            while (!all.toString().endsWith("data: 3\n\n")) {
                all.append(next(reading));
            }
            assertEquals("event: reload\ndata: 2\n\n: ping\n\nevent: css\ndata: 3\n\n", all.toString());
            assertEquals(1, live.clientCount());
        }
    }

    @Test
    void aVanishedClientIsDroppedOnTheNextEvent() throws Exception {
        try (LiveReload live = new LiveReload()) {
            FakeExchange gone = new FakeExchange();
            live.open(gone, "1");
            gone.vanish();
            live.heartbeat();
            assertTrue(gone.closed.await(TIMEOUT, TimeUnit.SECONDS));
            assertEquals(0, live.clientCount());
        }
    }

    @Test
    void streamsAreCappedSoTheyCannotExhaustThreads() throws Exception {
        try (LiveReload live = new LiveReload()) {
            List<FakeExchange> open = new ArrayList<>();
            for (int i = 0; i < LiveReload.MAX_CLIENTS; i++) {
                FakeExchange exchange = new FakeExchange();
                live.open(exchange, "1");
                open.add(exchange);
            }
            FakeExchange oneTooMany = new FakeExchange();
            live.open(oneTooMany, "1");
            assertEquals(503, oneTooMany.status());
            assertEquals(LiveReload.MAX_CLIENTS, live.clientCount());
        }
    }
}
