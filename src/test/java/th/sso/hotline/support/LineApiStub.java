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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A stand-in for the LINE Messaging API on loopback: records every call and can answer the next calls
 * with injected faults (5xx, 429 with Retry-After, 400). It also plays the channel-management side the way LINE
 * does: bot info, the webhook endpoint and its test, and rich menus (created, listed, given an image, made the
 * default, deleted; an unknown id is a 404, an image of the wrong size a 400).
 */
public final class LineApiStub implements AutoCloseable {

    public record Call(String path, JsonNode body, String authorization, String retryKey, int status,
                       String method, String contentType, byte[] raw) {

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
    private final Map<String, JsonNode> richMenus = new LinkedHashMap<>();
    private final Map<String, byte[]> richMenuImages = new HashMap<>();
    private String defaultRichMenu;
    private String webhookEndpoint;
    private int richMenuIds;

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
        richMenus.clear();
        richMenuImages.clear();
        defaultRichMenu = null;
        webhookEndpoint = null;
    }

    public synchronized Map<String, JsonNode> richMenus() {
        return Map.copyOf(richMenus);
    }

    public synchronized byte[] richMenuImage(String id) {
        return richMenuImages.get(id);
    }

    public synchronized String defaultRichMenu() {
        return defaultRichMenu;
    }

    public synchronized String webhookEndpoint() {
        return webhookEndpoint;
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
        byte[] raw = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        String contentType = request.getHeaders().get("Content-Type");
        JsonNode body;
        try {
            body = contentType != null && contentType.startsWith("image/") ? JSON.createObjectNode()
                    : JSON.readTree(raw.length == 0 ? "{}" : new String(raw, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            body = JSON.createObjectNode();
        }
        String path = request.getUrl().encodedPath();
        boolean message = path.endsWith("/message/reply") || path.endsWith("/message/push");
        Integer fault = message ? faults.pollFirst() : null;
        int status = fault == null ? 200 : fault;
        MockResponse channel = fault == null ? channel(request.getMethod(), path, body, raw, contentType) : null;
        if (channel != null) {
            status = channel.getCode();
        }
        calls.add(new Call(path, body, request.getHeaders().get("Authorization"),
                request.getHeaders().get("X-Line-Retry-Key"), status, request.getMethod(), contentType, raw));
        if (channel != null) {
            return channel;
        }
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

    /** The channel-management endpoints; null for any other path. */
    private MockResponse channel(String method, String path, JsonNode body, byte[] raw, String contentType) {
        if (path.equals("/v2/bot/info") && method.equals("GET")) {
            return json(200, "{\"userId\":\"Ubot\",\"basicId\":\"@123abcde\",\"displayName\":\"SSO hotline (stand-in)\","
                    + "\"chatMode\":\"bot\",\"markAsReadMode\":\"auto\"}");
        }
        if (path.equals("/v2/bot/channel/webhook/endpoint")) {
            if (method.equals("PUT")) {
                webhookEndpoint = body.path("endpoint").asText();
                return json(200, "{}");
            }
            return webhookEndpoint == null ? json(200, "{\"endpoint\":\"\",\"active\":false}")
                    : json(200, "{\"endpoint\":\"" + webhookEndpoint + "\",\"active\":true}");
        }
        if (path.equals("/v2/bot/channel/webhook/test") && method.equals("POST")) {
            String endpoint = body.path("endpoint").asText(webhookEndpoint == null ? "" : webhookEndpoint);
            boolean ok = endpoint.startsWith("https://");
            return json(200, "{\"success\":" + ok + ",\"timestamp\":\"2026-12-03T08:00:00Z\",\"statusCode\":"
                    + (ok ? 200 : 0) + ",\"reason\":\"" + (ok ? "OK" : "COULD_NOT_CONNECT") + "\",\"detail\":\"\"}");
        }
        if (path.equals("/v2/bot/richmenu") && method.equals("POST")) {
            long areas = body.path("areas").size();
            if (areas == 0 || areas > 20 || !body.path("size").has("width") || body.path("chatBarText").asText().length() > 14) {
                return json(400, "{\"message\":\"The request body has 1 error(s)\"}");
            }
            String id = "richmenu-" + (++richMenuIds);
            richMenus.put(id, ((com.fasterxml.jackson.databind.node.ObjectNode) body.deepCopy()).put("richMenuId", id));
            return json(200, "{\"richMenuId\":\"" + id + "\"}");
        }
        if (path.equals("/v2/bot/richmenu/list") && method.equals("GET")) {
            com.fasterxml.jackson.databind.node.ObjectNode list = JSON.createObjectNode();
            richMenus.values().forEach(list.putArray("richmenus")::add);
            if (richMenus.isEmpty()) {
                list.putArray("richmenus");
            }
            return json(200, list.toString());
        }
        if (path.equals("/v2/bot/user/all/richmenu") && method.equals("GET")) {
            return defaultRichMenu == null ? json(404, "{\"message\":\"no default richmenu\"}")
                    : json(200, "{\"richMenuId\":\"" + defaultRichMenu + "\"}");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^/v2/bot/(?:user/all/)?richmenu/([^/]+)(/content)?$").matcher(path);
        if (!m.matches()) {
            return null;
        }
        String id = m.group(1);
        JsonNode menu = richMenus.get(id);
        if (menu == null) {
            return json(404, "{\"message\":\"Not found\"}");
        }
        if (path.startsWith("/v2/bot/user/all/") && method.equals("POST")) {
            if (!richMenuImages.containsKey(id)) {
                return json(400, "{\"message\":\"must upload richmenu image before applying it to user\"}");
            }
            defaultRichMenu = id;
            return json(200, "{}");
        }
        if (m.group(2) != null && method.equals("POST")) {
            if (richMenuImages.containsKey(id)) {
                return json(400, "{\"message\":\"An image has already been uploaded to the richmenu\"}");
            }
            if (contentType == null || !(contentType.startsWith("image/png") || contentType.startsWith("image/jpeg"))
                    || raw.length > 1_000_000 || !sizeMatches(raw, menu.path("size"))) {
                return json(400, "{\"message\":\"invalid image\"}");
            }
            richMenuImages.put(id, raw);
            return json(200, "{}");
        }
        if (method.equals("GET")) {
            return json(200, menu.toString());
        }
        if (method.equals("DELETE")) {
            richMenus.remove(id);
            richMenuImages.remove(id);
            if (id.equals(defaultRichMenu)) {
                defaultRichMenu = null;
            }
            return json(200, "{}");
        }
        return null;
    }

    /** LINE refuses an image whose pixel size differs from the menu's; a PNG header says its size. */
    private static boolean sizeMatches(byte[] png, JsonNode size) {
        if (png.length < 24 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            return false;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png);
        return b.getInt(16) == size.path("width").asInt() && b.getInt(20) == size.path("height").asInt();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
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
