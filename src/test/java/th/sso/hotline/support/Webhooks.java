package th.sso.hotline.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Builds LINE webhook bodies and signs them the way LINE does (HMAC-SHA256, Base64). */
public final class Webhooks {

    public static final String SECRET = "test-channel-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Webhooks() {
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode event(String type, String userId, long timestampMillis) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", type);
        e.put("mode", "active");
        e.put("timestamp", timestampMillis);
        e.putObject("source").put("type", "user").put("userId", userId);
        e.put("webhookEventId", "01" + UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase());
        e.putObject("deliveryContext").put("isRedelivery", false);
        e.put("replyToken", UUID.randomUUID().toString().replace("-", ""));
        return e;
    }

    public static ObjectNode text(String userId, String text) {
        ObjectNode e = event("message", userId, System.currentTimeMillis());
        e.putObject("message").put("id", "4680" + System.nanoTime()).put("type", "text").put("quoteToken", "q")
                .put("text", text);
        return e;
    }

    public static ObjectNode sticker(String userId) {
        ObjectNode e = event("message", userId, System.currentTimeMillis());
        e.putObject("message").put("id", "4681" + System.nanoTime()).put("type", "sticker").put("packageId", "446")
                .put("stickerId", "1988").put("stickerResourceType", "STATIC").put("quoteToken", "q");
        return e;
    }

    public static ObjectNode postback(String userId, String data) {
        ObjectNode e = event("postback", userId, System.currentTimeMillis());
        e.putObject("postback").put("data", data);
        return e;
    }

    public static ObjectNode redeliveryOf(ObjectNode event) {
        ObjectNode copy = event.deepCopy();
        copy.putObject("deliveryContext").put("isRedelivery", true);
        return copy;
    }

    public static byte[] body(ObjectNode... events) {
        ObjectNode root = JSON.createObjectNode();
        root.put("destination", "Ubot0000000000000000000000000000");
        ArrayNode array = root.putArray("events");
        for (ObjectNode e : events) {
            array.add(e);
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
