package th.sso.hotline.staff.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.Conversation;
import th.sso.hotline.conversation.ConversationRepository;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.privacy.Erasure;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.handoff.CannedReplies;
import th.sso.hotline.conversation.HandoffRepository;
import th.sso.hotline.staff.web.Pages;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The conversation list with its filters, a conversation's transcript, and an admin's erasure of one. */
@Controller("/console/conversations")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ConversationsController {

    private static final Set<String> NOTICES = Set.of("held_by_other", "not_held", "empty", "delivery_failed", "confirm_release",
            "review_conflict");

    private final ConsoleQueries queries;
    private final ConversationRepository conversations;
    private final HandoffRepository handoffs;
    private final IntentCatalog catalog;
    private final Erasure erasure;
    private final CannedReplies canned;
    private final ObjectMapper mapper = new ObjectMapper();

    ConversationsController(ConsoleQueries queries, ConversationRepository conversations, HandoffRepository handoffs,
                            IntentCatalog catalog, Erasure erasure, CannedReplies canned) {
        this.canned = canned;
        this.queries = queries;
        this.conversations = conversations;
        this.handoffs = handoffs;
        this.catalog = catalog;
        this.erasure = erasure;
    }

    @Get
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, Authentication who) {
        TurnFilter filter = TurnFilter.of(request.getParameters());
        int total = queries.countConversations(filter);
        Map<String, Object> model = Pages.model(who, "conversations");
        model.put("filter", filter);
        model.put("rows", queries.conversations(filter));
        model.put("total", total);
        model.put("pageNo", filter.pageOrFirst());
        model.put("pages", Math.max(1, (total + ConsoleQueries.PAGE_SIZE - 1) / ConsoleQueries.PAGE_SIZE));
        model.put("query", filter.queryString());
        model.put("intents", intentIds());
        model.put("channels", Arrays.stream(Channel.values()).map(Channel::code).toList());
        model.put("erased", request.getParameters().getFirst("erased", Long.class).orElse(null));
        return new ModelAndView<>("conversations", model);
    }

    @Get("/{id}")
    HttpResponse<?> transcript(@PathVariable long id, @Nullable @QueryValue String notice, Authentication who) {
        Conversation conv = conversations.find(id).orElse(null);
        if (conv == null) {
            return HttpResponse.notFound();
        }
        List<TurnDetail> turns = details(queries.transcript(id));
        Map<String, Object> model = Pages.model(who, "conversations");
        model.put("conv", conv);
        model.put("turns", turns);
        model.put("lastTurn", turns.isEmpty() ? 0 : turns.get(turns.size() - 1).turn().id());
        model.put("canned", canned.all(conv.lang()));
        model.put("intents", intentIds());
        model.put("canPush", handoffs.lineUserRef(id).isPresent());
        model.put("holdsIt", who.getName().equals(conv.handoffAgent()));
        model.put("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        return HttpResponse.ok(new ModelAndView<>("transcript", model));
    }

    /** Turns after {@code after}, as transcript cards: the open transcript appends them when the live feed says so. */
    @Get("/{id}/turns")
    HttpResponse<?> newTurns(@PathVariable long id, @Nullable @QueryValue Long after, Authentication who) {
        Conversation conv = conversations.find(id).orElse(null);
        if (conv == null) {
            return HttpResponse.notFound();
        }
        long from = after == null ? 0 : after;
        Map<String, Object> model = Pages.model(who, "conversations");
        model.put("conv", conv);
        model.put("turns", details(queries.transcript(id).stream().filter(t -> t.id() > from).toList()));
        model.put("intents", intentIds());
        return HttpResponse.ok(new ModelAndView<>("transcript-turns", model));
    }

    private List<TurnDetail> details(List<TurnView> views) {
        return views.stream()
                .map(t -> new TurnDetail(t, Explanation.parse(mapper, t.explanation()),
                        Explanation.citations(mapper, t.citations()), QuickReplies.of(mapper, t.replyJson())))
                .toList();
    }

    @Post(uri = "/{id}/erase", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.ADMIN_ROLE)
    HttpResponse<?> erase(@PathVariable long id, Authentication who) {
        if (conversations.find(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        erasure.byAdmin(id, who.getName());
        return HttpResponse.seeOther(URI.create("/console/conversations?erased=" + id));
    }

    private List<String> intentIds() {
        return catalog.all().stream().map(IntentDefinition::id).sorted().toList();
    }
}
