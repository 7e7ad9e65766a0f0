package org.dateline.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An exchange whose response body the test controls: every write lands in {@link #written}, and
 * once {@link #stall} is called the next write blocks until {@link #release}, as a tab that stopped
 * reading would.
 */
final class FakeExchange extends HttpExchange {

    final BlockingQueue<String> written = new LinkedBlockingQueue<>();
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean stall;
    private volatile boolean broken;
    private final Headers requestHeaders = new Headers();
    private final Headers responseHeaders = new Headers();
    private volatile int status = -1;

    private final OutputStream body = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (broken) {
                throw new IOException("Broken pipe");
            }
            if (stall) {
                stalled.countDown();
                try {
                    released.await();
                } catch (InterruptedException e) {
                    throw new IOException("interrupted", e);
                }
            }
            written.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
        }
    };

    void stall() {
        stall = true;
    }

    /** The page went away: every later write fails, as on a closed socket. */
    void vanish() {
        broken = true;
    }

    void release() {
        stall = false;
        released.countDown();
    }

    int status() {
        return status;
    }

    @Override
    public Headers getRequestHeaders() {
        return requestHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return URI.create(SiteHandler.EVENTS_PATH);
    }

    @Override
    public String getRequestMethod() {
        return "GET";
    }

    @Override
    public HttpContext getHttpContext() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        closed.countDown();
    }

    @Override
    public InputStream getRequestBody() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public OutputStream getResponseBody() {
        return body;
    }

    @Override
    public void sendResponseHeaders(int code, long length) {
        status = code;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return new InetSocketAddress("127.0.0.1", 50_000);
    }

    @Override
    public int getResponseCode() {
        return status;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return new InetSocketAddress("127.0.0.1", 8080);
    }

    @Override
    public String getProtocol() {
        return "HTTP/1.1";
    }

    @Override
    public Object getAttribute(String name) {
        return null;
    }

    @Override
    public void setAttribute(String name, Object value) {
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return null;
    }
}
