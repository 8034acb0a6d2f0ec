package th.sso.hotline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A stand-in for the LINE Messaging API on loopback: records every call and can answer the next calls
 * with injected faults (5xx, 429 with Retry-After, 400).
 */
public final class LineApiStub implements AutoCloseable {

    public record Call(String path, JsonNode body, String authorization, String retryKey, int status) {

        public String replyToken() {
            return body.path("replyToken").asText(null);
        }

        public String firstText() {
            return body.path("messages").path(0).path("text").asText("");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<Integer> faults = new ArrayDeque<>();

    public LineApiStub() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** The next reply or push calls (in order) are answered with these statuses instead of 200. */
    public synchronized void failNext(int... statuses) {
        for (int s : statuses) {
            faults.addLast(s);
        }
    }

    public synchronized void reset() {
        calls.clear();
        faults.clear();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> replies() {
        return calls.stream().filter(c -> c.path().equals("/v2/bot/message/reply") && c.status() == 200).toList();
    }

    public List<Call> callsTo(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    public List<Call> await(Predicate<List<Call>> done, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (done.test(calls())) {
                return calls();
            }
            sleep(50);
        }
        return calls();
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.getBody() == null ? "{}" : request.getBody().utf8());
        } catch (IOException e) {
            body = JSON.createObjectNode();
        }
        String path = request.getUrl().encodedPath();
        boolean message = path.endsWith("/message/reply") || path.endsWith("/message/push");
        Integer fault = message ? faults.pollFirst() : null;
        int status = fault == null ? 200 : fault;
        calls.add(new Call(path, body, request.getHeaders().get("Authorization"),
                request.getHeaders().get("X-Line-Retry-Key"), status));
        MockResponse.Builder response = new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json");
        if (status == 429) {
            return response.addHeader("Retry-After", "1").body("{\"message\":\"rate limited\"}").build();
        }
        if (status >= 400) {
            return response.body("{\"message\":\"injected fault " + status + "\"}").build();
        }
        if (path.endsWith("/message/reply") || path.endsWith("/message/push")) {
            int n = body.path("messages").size();
            StringBuilder sent = new StringBuilder("{\"sentMessages\":[");
            for (int i = 0; i < n; i++) {
                sent.append(i == 0 ? "" : ",").append("{\"id\":\"").append(1000 + i).append("\",\"quoteToken\":\"q\"}");
            }
            return response.body(sent.append("]}").toString()).build();
        }
        return response.code(status == 200 && path.endsWith("/loading/start") ? 202 : status).body("{}").build();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
