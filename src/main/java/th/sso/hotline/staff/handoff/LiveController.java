package th.sso.hotline.staff.handoff;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import th.sso.hotline.staff.Role;

/**
 * The desk's server-sent events for every console page (queue counts in the navigation, the queue, the open
 * transcript). A stream ends after {@code stream-max}; the browser's EventSource reconnects by itself.
 */
@Controller("/console/live")
@Secured(Role.VIEWER_ROLE)
class LiveController {

    private static final java.time.Duration RETRY = java.time.Duration.ofSeconds(2);

    private final LiveFeed feed;
    private final LiveProperties properties;

    LiveController(LiveFeed feed, LiveProperties properties) {
        this.feed = feed;
        this.properties = properties;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<LiveEvent>> events() {
        Flux<LiveEvent> pings = Flux.interval(properties.getHeartbeat()).map(i -> LiveEvent.ping());
        return Flux.merge(feed.changes(), pings)
                .take(properties.getStreamMax())
                .map(e -> Event.of(e).name(e.type()).retry(RETRY));
    }
}
