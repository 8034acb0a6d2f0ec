package th.sso.hotline.staff;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A local stand-in for LINE's Messaging API: answers 200 to everything and keeps what was sent. */
public final class LineStandIn implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<RecordedRequest> received = new LinkedBlockingQueue<>();

    public LineStandIn() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request);
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body("{}").build();
            }
        });
        try {
            server.start(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        String url = server.url("/").toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The next request to {@code path} (others are skipped), or null after the timeout. */
    public RecordedRequest next(String path, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            RecordedRequest r = received.poll(200, TimeUnit.MILLISECONDS);
            if (r != null && r.getUrl().encodedPath().equals(path)) {
                return r;
            }
        }
        return null;
    }

    public void clear() {
        received.clear();
    }

    @Override
    public void close() {
        server.close();
    }
}
