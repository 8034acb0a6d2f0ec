package th.sso.hotline.api;

import th.sso.hotline.web.Problem;
import th.sso.hotline.web.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatOutcome;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.dialogue.MessageJson;
import th.sso.hotline.dialogue.Reply;
import th.sso.hotline.nlu.Language;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The assistant without LINE, for the simulator, staff tools and evaluation: same engine, same log. */
@Controller("/api/v1/ask")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AskController {

    static final int MAX_TEXT = 2000;
    static final int MAX_USER_ID = 128;
    static final String PROBLEM_JSON = Problems.MEDIA_TYPE;
    static final String ASK_EXAMPLE = """
            {"intent":"unemployment","confidence":0.912,"fallback":false,"handoff":false,"lang":"th",
             "messages":[{"type":"text","text":"ผู้ประกันตนมาตรา 33 ที่ถูกเลิกจ้าง ได้รับเงินทดแทนร้อยละ 70 ของค่าจ้าง ไม่เกิน 200 วัน ...",
               "quickReply":{"items":[{"type":"action","action":{"type":"postback","label":"คุยกับเจ้าหน้าที่",
                 "data":"intent=talk_to_staff","displayText":"คุยกับเจ้าหน้าที่"}}]}}],
             "citations":[{"title":"ผู้ประกันตน ม.33 ปรับเพิ่มเงินทดแทนกรณีว่างงาน","url":"https://www.thaigov.go.th/news/contents/details/...",
               "date":"2024-05-14","passage":"...","score":12.41}]}
            """;
    private static final Logger LOG = LoggerFactory.getLogger(AskController.class);
    /** Jackson with its default limits (nesting depth, string length); only a tree is read. */
    private static final ObjectMapper READER = new ObjectMapper();

    private final ChatService chat;
    private final MessageJson json;

    AskController(ChatService chat, MessageJson json) {
        this.chat = chat;
        this.json = json;
    }

    /**
     * The body is read as bytes and parsed here, so that every malformed request (another content type, a body
     * that is not JSON, fields of the wrong type, odd values) gets a 4xx in one shape, RFC 9457
     * {@code application/problem+json}, and never reaches the server's generic error path.
     */
    @Post(consumes = MediaType.ALL, produces = {MediaType.APPLICATION_JSON, PROBLEM_JSON})
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "ask", tags = "assistant", summary = "Ask the assistant a question",
            security = @SecurityRequirement(name = "basicAuth"),
            description = "The same pipeline as a LINE message: masking, intent, answer, citations; the turn is logged. "
                    + "A userId keeps a conversation (follow-ups such as \"how much?\" read the previous topic).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AskRequest.class),
            examples = {
                @ExampleObject(name = "thai", value = "{\"text\":\"ตกงานได้เงินเท่าไหร่คะ\",\"userId\":\"demo\"}"),
                @ExampleObject(name = "english", value = "{\"text\":\"How much is the maternity benefit?\",\"userId\":\"demo\",\"lang\":\"en\"}")}))
    @ApiResponse(responseCode = "200", description = "The reply, with the LINE messages exactly as the webhook sends them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AskResponse.class),
                    examples = @ExampleObject(name = "answer", value = ASK_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Not a JSON object, a field of the wrong type, text empty or over 2000 characters, lang not th/en",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"text is required (1-2000 characters)\"}")))
    @ApiResponse(responseCode = "401", description = "No or wrong staff credentials",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Content-Type is not JSON",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "The database is unavailable; try again after Retry-After seconds",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    HttpResponse<?> ask(@Parameter(hidden = true) @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                        @Parameter(hidden = true) @Nullable @Body byte[] body) {
        if (contentType == null || !isJson(contentType)) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
        }
        AskRequest request;
        try {
            request = parse(body);
        } catch (BadRequest e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        String text = request.text();
        if (text == null || text.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "text is required (1-2000 characters)");
        }
        if (text.length() > MAX_TEXT) {
            return problem(HttpStatus.BAD_REQUEST, "text is longer than 2000 characters");
        }
        Optional<Language> lang = Optional.empty();
        if (request.lang() != null && !request.lang().isBlank()) {
            Language parsed = Language.fromCode(request.lang());
            if (parsed == null) {
                return problem(HttpStatus.BAD_REQUEST, "lang must be th or en");
            }
            lang = Optional.of(parsed);
        }
        if (request.userId() != null && (request.userId().length() > MAX_USER_ID || !printable(request.userId()))) {
            return problem(HttpStatus.BAD_REQUEST, "userId must be at most 128 printable characters");
        }
        String user = request.userId() == null || request.userId().isBlank()
                ? "anonymous:" + UUID.randomUUID() : request.userId();
        ChatOutcome outcome;
        try {
            outcome = chat.ask(new Exchange(Channel.API, user, null), text, lang);
        } catch (RuntimeException e) {
            if (!isDatabaseError(e)) {
                throw e;
            }
            LOG.error("ask failed: database unavailable ({})", e.getClass().getSimpleName());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "temporarily unavailable, try again").header(HttpHeaders.RETRY_AFTER, "5");
        }
        Reply r = outcome.reply();
        if (r == null) {
            return HttpResponse.ok(Map.of("intent", "", "fallback", false, "handoff", true, "messages", new Object[0],
                    "citations", new Object[0], "heldByAgent", true));
        }
        return HttpResponse.ok(new AskResponse(r.intent(), round(r.confidence()), r.fallback(), r.handoff(),
                r.lang().code(), json.toTree(r.messages()), r.citations()));
    }

    private static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    private AskRequest parse(byte[] body) throws BadRequest {
        if (body == null || body.length == 0) {
            throw new BadRequest("body must be a JSON object");
        }
        JsonNode root;
        try {
            root = READER.readTree(body);
        } catch (IOException | RuntimeException e) {
            throw new BadRequest("body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("body must be a JSON object");
        }
        return new AskRequest(string(root, "text"), string(root, "userId"), string(root, "lang"));
    }

    private static String string(JsonNode root, String field) throws BadRequest {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new BadRequest(field + " must be a string");
        }
        return n.textValue();
    }

    private static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static boolean isDatabaseError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.jdbi.v3.core.JdbiException || c instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    /** One error shape for every refusal (RFC 9457). */
    static MutableHttpResponse<Map<String, Object>> problem(HttpStatus status, String detail) {
        return Problems.response(status, detail);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
