package th.sso.hotline.staff.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Conversation;
import th.sso.hotline.conversation.ConversationRepository;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.dialogue.Postback;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.privacy.UserKeys;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.console.ConsoleQueries;
import th.sso.hotline.staff.console.QuickReplies;
import th.sso.hotline.staff.console.TurnView;
import th.sso.hotline.staff.web.Pages;

import java.time.Clock;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff try the bot as a citizen would: the same ChatService (masking, erasure, handoff, logging) with channel
 * "simulator", one conversation per staff member, quick replies as buttons.
 */
@Controller("/console/simulator")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class SimulatorController {

    static final int MAX_TEXT = 2000;

    private final ChatService chat;
    private final ConversationRepository conversations;
    private final ConsoleQueries queries;
    private final UserKeys userKeys;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Clock clock;


    SimulatorController(ChatService chat, ConversationRepository conversations, ConsoleQueries queries,
                        UserKeys userKeys, Clock clock) {
        this.clock = clock;
        this.chat = chat;
        this.conversations = conversations;
        this.queries = queries;
        this.userKeys = userKeys;
    }

    @Get
    ModelAndView<Map<String, Object>> page(Authentication who) {
        Map<String, Object> model = Pages.model(who, "simulator");
        Optional<Conversation> conv = current(who);
        List<TurnView> turns = conv.map(c -> queries.transcript(c.id())).orElse(List.of());
        model.put("conv", conv.orElse(null));
        model.put("turns", turns);
        TurnView last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
        model.put("choices", last == null ? List.of() : QuickReplies.of(mapper, last.replyJson()));
        return new ModelAndView<>("simulator", model);
    }

    @Post(uri = "/ask", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> ask(@Nullable String text, @Nullable String lang, Authentication who) {
        if (text != null && !text.isBlank()) {
            String question = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
            chat.ask(exchange(who), question, Optional.ofNullable(Language.fromCode(lang)));
        }
        return back();
    }

    /** A quick-reply button: an intent, or the erasure confirmation. */
    @Post(uri = "/choose", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> choose(@Nullable String data, @Nullable String label, Authentication who) {
        Postback postback = Postback.parse(data);
        if (postback instanceof Postback.AskIntent ask) {
            chat.choose(exchange(who), ask.intent(), label == null ? "[choice] " + ask.intent() : label);
        } else if (postback instanceof Postback.Erase erase) {
            chat.erase(exchange(who), erase.confirmed());
        }
        return back();
    }

    private Optional<Conversation> current(Authentication who) {
        String key = userKeys.keyFor(Channel.SIMULATOR.code(), userId(who));
        Conversation c = conversations.findOrCreate(key, Channel.SIMULATOR, clock.instant());
        return Optional.of(c);
    }

    private static Exchange exchange(Authentication who) {
        return new Exchange(Channel.SIMULATOR, userId(who), null);
    }

    private static String userId(Authentication who) {
        return "staff:" + who.getName();
    }

    private static HttpResponse<?> back() {
        return HttpResponse.seeOther(URI.create("/console/simulator#end"));
    }
}
