package th.sso.hotline.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatOutcome;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.dialogue.MessageJson;
import th.sso.hotline.dialogue.Reply;
import th.sso.hotline.nlu.Language;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The assistant without LINE, for the simulator, staff tools and evaluation: same engine, same log. */
@Controller("/api/v1/ask")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AskController {

    static final int MAX_TEXT = 2000;

    private final ChatService chat;
    private final MessageJson json;

    AskController(ChatService chat, MessageJson json) {
        this.chat = chat;
        this.json = json;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> ask(@Body AskRequest request) {
        String text = request.text();
        if (text == null || text.isBlank()) {
            return HttpResponse.badRequest(Map.of("error", "text is required (1-2000 characters)"));
        }
        if (text.length() > MAX_TEXT) {
            return HttpResponse.badRequest(Map.of("error", "text is longer than 2000 characters"));
        }
        Optional<Language> lang = Optional.empty();
        if (request.lang() != null && !request.lang().isBlank()) {
            Language parsed = Language.fromCode(request.lang());
            if (parsed == null) {
                return HttpResponse.badRequest(Map.of("error", "lang must be th or en"));
            }
            lang = Optional.of(parsed);
        }
        String user = request.userId() == null || request.userId().isBlank()
                ? "anonymous:" + UUID.randomUUID() : request.userId();
        ChatOutcome outcome = chat.ask(new Exchange(Channel.API, user, null), text, lang);
        Reply r = outcome.reply();
        if (r == null) {
            return HttpResponse.ok(Map.of("intent", "", "fallback", false, "handoff", true, "messages", new Object[0],
                    "citations", new Object[0], "heldByAgent", true));
        }
        return HttpResponse.ok(new AskResponse(r.intent(), round(r.confidence()), r.fallback(), r.handoff(),
                r.lang().code(), json.toTree(r.messages()), r.citations()));
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
