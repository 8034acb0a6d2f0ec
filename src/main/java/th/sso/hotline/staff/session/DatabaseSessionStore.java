package th.sso.hotline.staff.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.InMemorySessionStore;
import io.micronaut.session.SessionConfiguration;
import io.micronaut.session.SessionIdGenerator;
import io.micronaut.session.SessionStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Console sessions in the shared database ({@code console_session}), so any replica serves any staff request.
 * Ids come from micronaut's generator and are stored only as SHA-256. An expired session is deleted when it is
 * looked up and by a periodic sweep (one idempotent delete, harmless when several replicas run it), and so is one
 * older than its absolute lifetime ({@code hotline.staff.session-absolute-lifetime}, 12 h) however busy it was
 * (a session configured never to expire, with a negative interval, is exempt). The
 * database work runs on the blocking pool, never on the event loop that calls the store.
 */
@Singleton
@Replaces(InMemorySessionStore.class)
class DatabaseSessionStore implements SessionStore<StoredSession> {

    /** A request writes back the session's access time only when it is older than this (idle expiry is that coarse). */
    static final Duration TOUCH_AFTER = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSessionStore.class);
    /** A plain mapper: the application's drops empty values, and a session must come back exactly as it was. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() { };

    /** The signed-in user as stored; an {@link Authentication} again when read. */
    record User(String name, List<String> roles, Map<String, Object> attributes) {
    }

    private final Jdbi jdbi;
    private final SessionIdGenerator ids;
    private final SessionConfiguration configuration;
    private final Clock clock;
    private final ExecutorService blocking;
    private final Duration absoluteLifetime;

    DatabaseSessionStore(Jdbi jdbi, SessionIdGenerator ids, SessionConfiguration configuration, Clock clock,
                         ExecutorService blocking) {
        this(jdbi, ids, configuration, clock, blocking, Duration.ofHours(12));
    }

    @Inject
    DatabaseSessionStore(Jdbi jdbi, SessionIdGenerator ids, SessionConfiguration configuration, Clock clock,
                         @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                         @Value("${hotline.staff.session-absolute-lifetime:12h}") Duration absoluteLifetime) {
        this.absoluteLifetime = absoluteLifetime;
        this.jdbi = jdbi;
        this.ids = ids;
        this.configuration = configuration;
        this.clock = clock;
        this.blocking = blocking;
    }

    @Override
    public StoredSession newSession() {
        return new StoredSession(ids.generateId(), clock.instant(), configuration.getMaxInactiveInterval());
    }

    @Override
    public CompletableFuture<Optional<StoredSession>> findSession(String id) {
        return CompletableFuture.supplyAsync(() -> find(id), blocking);
    }

    @Override
    public CompletableFuture<Boolean> deleteSession(String id) {
        return CompletableFuture.supplyAsync(() -> jdbi.withHandle(h -> delete(h, hash(id))) > 0, blocking);
    }

    @Override
    public CompletableFuture<StoredSession> save(StoredSession session) {
        return CompletableFuture.supplyAsync(() -> {
            write(session);
            return session;
        }, blocking);
    }

    @Scheduled(fixedDelay = "${hotline.staff.session-sweep:5m}", initialDelay = "${hotline.staff.session-sweep:5m}")
    void sweep() {
        int deleted = purge(clock.instant());
        if (deleted > 0) {
            LOG.debug("deleted {} expired console sessions", deleted);
        }
    }

    int purge(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "delete from console_session where expires_at <= :now or (created_at <= :born and max_inactive_s >= 0)")
                .bind("now", now).bind("born", now.minus(absoluteLifetime)).execute());
    }

    Optional<StoredSession> find(String id) {
        Instant now = clock.instant();
        String key = hash(id);
        Optional<StoredSession> found = jdbi.withHandle(h -> {
            Optional<StoredSession> s = h.createQuery("select * from console_session where id_hash = :k")
                    .bind("k", key).map((rs, ctx) -> read(id, rs)).findOne();
            if (s.isPresent() && expired(s.get(), now)) {
                h.createUpdate("delete from console_session where id_hash = :k and expires_at <= :now")
                        .bind("k", key).bind("now", now).execute();
                return Optional.empty();
            }
            if (s.isPresent() && !s.get().getMaxInactiveInterval().isNegative()
                    && !s.get().getCreationTime().plus(absoluteLifetime).isAfter(now)) {
                // However busy, a session ends this long after it began (a stolen cookie stops working).
                delete(h, key);
                return Optional.empty();
            }
            return s;
        });
        found.filter(s -> s.getLastAccessedTime().plus(TOUCH_AFTER).isBefore(now))
                .ifPresent(s -> s.setLastAccessedTime(now));
        return found;
    }

    void write(StoredSession s) {
        String key = hash(s.getId());
        jdbi.useHandle(h -> {
            if (s.ended()) {
                delete(h, key);
            } else if (s.isNew()) {
                h.createUpdate("""
                        insert into console_session(id_hash, username, created_at, last_access_at, max_inactive_s,
                          expires_at, attributes)
                        values(:k, :user, :created, :access, :max, :expires, :attrs)""")
                        .bind("k", key).bind("user", username(s)).bind("created", s.getCreationTime())
                        .bind("access", s.getLastAccessedTime()).bind("max", s.getMaxInactiveInterval().toSeconds())
                        .bind("expires", expiresAt(s)).bind("attrs", json(s)).execute();
            } else if (s.changed()) {
                // No upsert: a session deleted meanwhile (logout on another replica) stays deleted.
                h.createUpdate("""
                        update console_session set username = :user, last_access_at = :access,
                          max_inactive_s = :max, expires_at = :expires, attributes = :attrs
                        where id_hash = :k""")
                        .bind("k", key).bind("user", username(s)).bind("access", s.getLastAccessedTime())
                        .bind("max", s.getMaxInactiveInterval().toSeconds()).bind("expires", expiresAt(s))
                        .bind("attrs", json(s)).execute();
            } else {
                h.createUpdate("update console_session set last_access_at = :access, expires_at = :expires where id_hash = :k")
                        .bind("k", key).bind("access", s.getLastAccessedTime()).bind("expires", expiresAt(s)).execute();
            }
        });
        s.saved();
    }

    private static int delete(Handle h, String key) {
        return h.createUpdate("delete from console_session where id_hash = :k").bind("k", key).execute();
    }

    private static boolean expired(StoredSession s, Instant now) {
        Instant expires = expiresAt(s);
        return expires != null && !expires.isAfter(now);
    }

    private static Instant expiresAt(StoredSession s) {
        Duration max = s.getMaxInactiveInterval();
        return max.isNegative() ? null : s.getLastAccessedTime().plus(max);
    }

    private static String username(StoredSession s) {
        return s.get(StoredSession.USER, Authentication.class).map(Authentication::getName).orElse(null);
    }

    private static StoredSession read(String id, ResultSet rs) throws SQLException {
        Map<String, Object> attributes;
        try {
            attributes = JSON.readValue(rs.getString("attributes"), ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        attributes.computeIfPresent(StoredSession.USER, (k, v) -> {
            User user = JSON.convertValue(v, User.class);
            return Authentication.build(user.name(), user.roles(), user.attributes());
        });
        return new StoredSession(id, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_access_at").toInstant(), Duration.ofSeconds(rs.getLong("max_inactive_s")),
                attributes);
    }

    private static String json(StoredSession s) {
        Map<String, Object> attributes = s.attributes();
        attributes.computeIfPresent(StoredSession.USER, (k, v) -> {
            Authentication a = (Authentication) v;
            return new User(a.getName(), List.copyOf(a.getRoles()), a.getAttributes());
        });
        try {
            return JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
