package th.sso.hotline.staff.handoff;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed on the desk, read from the database by one poller per replica and fanned out to every open stream
 * of that replica. Reading the database (new turn ids past a cursor, the handoff state of open chats) rather than
 * listening to this replica's own writes means a citizen's message handled by any replica, or a take on any
 * replica, reaches every agent, whichever replica their browser is connected to.
 */
@Singleton
public class LiveFeed {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    /**
     * Identity values are handed out before commit, so on PostgreSQL a turn can become visible after one with a
     * higher id: each poll looks back this many ids and skips those already sent.
     */
    static final int LOOK_BACK = 200;
    private static final int REMEMBER = 2000;

    private final Jdbi jdbi;
    private final DeskQueue queue;
    private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();
    private final Set<Long> sent = new LinkedHashSet<>();
    private long cursor = -1;
    private Map<Long, String> states = null;

    public LiveFeed(Jdbi jdbi, DeskQueue queue) {
        this.jdbi = jdbi;
        this.queue = queue;
    }

    /** Changes from now on, starting with the desk's current counts. */
    public Flux<LiveEvent> changes() {
        // The first read is JDBC: off the event loop.
        return Flux.concat(Mono.fromCallable(this::counts).subscribeOn(Schedulers.boundedElastic()), sink.asFlux());
    }

    @Scheduled(fixedDelay = "${hotline.console.live.poll-interval:1s}", initialDelay = "1s")
    void scheduled() {
        if (sink.currentSubscriberCount() == 0) {
            // Nobody listens: start afresh when somebody does (a new page loads what is there).
            cursor = -1;
            states = null;
            return;
        }
        try {
            poll().forEach(sink::tryEmitNext);
        } catch (RuntimeException e) {
            LOG.warn("live desk poll failed: {}", e.toString());
        }
    }

    /** Reads what changed since the last call; the first call only sets the cursor. */
    synchronized List<LiveEvent> poll() {
        List<LiveEvent> events = new ArrayList<>();
        Map<Long, String> now = openStates();
        if (cursor < 0) {
            cursor = jdbi.withHandle(h -> h.createQuery("select coalesce(max(id), 0) from turn")
                    .mapTo(Long.class).one());
            sent.clear();
            long last = cursor;
            jdbi.useHandle(h -> h.createQuery("select id from turn where id > :from and id <= :last")
                    .bind("from", Math.max(0, last - LOOK_BACK)).bind("last", last).mapTo(Long.class)
                    .forEach(sent::add));
            states = now;
            return events;
        }
        long from = Math.max(0, cursor - LOOK_BACK);
        List<long[]> turns = jdbi.withHandle(h -> h.createQuery(
                        "select id, conversation_id from turn where id > :from order by id limit 1000")
                .bind("from", from)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
        boolean queueTouched = false;
        for (long[] t : turns) {
            if (!sent.add(t[0])) {
                continue;
            }
            cursor = Math.max(cursor, t[0]);
            events.add(LiveEvent.turn(t[1], t[0]));
            queueTouched |= now.containsKey(t[1]) || states.containsKey(t[1]);
        }
        while (sent.size() > REMEMBER) {
            sent.remove(sent.iterator().next());
        }
        Set<Long> ids = new LinkedHashSet<>(states.keySet());
        ids.addAll(now.keySet());
        for (Long id : ids) {
            String before = states.get(id);
            String after = now.get(id);
            if (!Objects.equals(before, after)) {
                String state = after == null ? "BOT" : after.substring(0, after.indexOf(':'));
                String agent = after == null ? "" : after.substring(after.indexOf(':') + 1);
                events.add(LiveEvent.handoff(id, state, agent));
                queueTouched = true;
            }
        }
        states = now;
        if (queueTouched) {
            events.add(counts());
        }
        return events;
    }

    /** The desk's counts now. */
    LiveEvent counts() {
        List<DeskQueue.Entry> entries = queue.entries();
        return LiveEvent.queue(entries.size(), DeskQueue.needingAttention(entries));
    }

    /** "STATE:agent" of every chat off the bot, by conversation id. */
    private Map<Long, String> openStates() {
        Map<Long, String> map = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(
                        "select id, handoff_state, handoff_agent from conversation where handoff_state <> 'BOT'")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2) + ":" + Objects.toString(rs.getString(3), "")))
                .forEach(e -> map.put(e.getKey(), e.getValue())));
        return map;
    }
}
