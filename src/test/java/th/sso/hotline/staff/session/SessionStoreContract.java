package th.sso.hotline.staff.session;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.DefaultSessionIdGenerator;
import io.micronaut.session.SessionConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.StaffAccounts;
import th.sso.hotline.staff.db.TestDatabase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The console session store against one database, as two replicas see it (two stores on one database); run on
 * H2 and on PostgreSQL by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SessionStoreContract {

    static final Instant T0 = Instant.parse("2026-03-10T05:00:00Z");
    static final String CSRF = "micronaut.security.csrf";

    TestDatabase db;
    Jdbi jdbi;
    StaffAccounts accounts;
    final MovableClock clock = new MovableClock();
    DatabaseSessionStore a;
    DatabaseSessionStore b;

    abstract TestDatabase open();

    @BeforeAll
    void migrate() {
        db = open();
        jdbi = db.jdbi();
        accounts = new StaffAccounts(jdbi);
        SessionConfiguration configuration = new SessionConfiguration();
        configuration.setMaxInactiveInterval(Duration.ofMinutes(30));
        a = new DatabaseSessionStore(jdbi, new DefaultSessionIdGenerator(), configuration, clock, ForkJoinPool.commonPool());
        b = new DatabaseSessionStore(jdbi, new DefaultSessionIdGenerator(), configuration, clock, ForkJoinPool.commonPool());
    }

    @AfterAll
    void drop() throws Exception {
        db.close();
    }

    @BeforeEach
    void empty() {
        clock.now = T0;
        jdbi.useHandle(h -> {
            h.execute("delete from console_session");
            h.execute("delete from staff_account");
        });
        accounts.create("anna", "hash", Role.AGENT);
    }

    StoredSession signedIn(DatabaseSessionStore store, String user) {
        StoredSession s = store.newSession();
        s.put(StoredSession.USER, Authentication.build(user, Role.AGENT.granted(), Map.of("role", "agent")));
        s.put(CSRF, "csrf-" + user);
        store.save(s).join();
        return s;
    }

    Optional<StoredSession> find(DatabaseSessionStore store, String id) {
        return store.findSession(id).join();
    }

    int rows() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from console_session").mapTo(Integer.class).one());
    }

    String string(String sql) {
        String value = jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
        return value;
    }

    @Test
    void aSessionSavedOnOneReplicaComesBackOnAnotherAsItWas() {
        StoredSession saved = a.newSession();
        saved.put(StoredSession.USER, Authentication.build("anna", Role.AGENT.granted(), Map.of("role", "agent")));
        saved.put(CSRF, "tok3n");
        saved.put("flash", Map.of("done", "accounts.saved", "count", 2, "ok", true, "ids", List.of("a", "")));
        a.save(saved).join();

        StoredSession found = find(b, saved.getId()).orElseThrow();
        assertThat(found.isNew()).isFalse();
        assertThat(found.isModified()).isFalse();
        assertThat(found.getCreationTime()).isEqualTo(T0);
        assertThat(found.getLastAccessedTime()).isEqualTo(T0);
        assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
        Authentication user = found.get(StoredSession.USER, Authentication.class).orElseThrow();
        assertThat(user.getName()).isEqualTo("anna");
        assertThat(user.getRoles()).containsExactly("viewer", "agent");
        assertThat(user.getAttributes()).isEqualTo(Map.of("role", "agent"));
        assertThat(found.get(CSRF, String.class)).contains("tok3n");
        assertThat(found.get("flash", Map.class)).contains(Map.of("done", "accounts.saved", "count", 2, "ok", true,
                "ids", List.of("a", "")));
        assertThat(find(a, "not-" + saved.getId())).isEmpty();
    }

    @Test
    void onlyTheHashOfTheIdIsStored() {
        StoredSession s = signedIn(a, "anna");
        Map<String, Object> row = jdbi.withHandle(h -> h.createQuery("select * from console_session").mapToMap().one());
        assertThat(row.get("id_hash")).isEqualTo(DatabaseSessionStore.hash(s.getId())).asString().hasSize(64);
        assertThat(row.get("username")).isEqualTo("anna");
        assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(s.getId().substring(0, 8)));
        s.remove(CSRF);
        a.save(s).join();
        assertThat(string("select attributes from console_session"))
                .doesNotContain(s.getId().substring(0, 8));
    }

    @Test
    void anIdleSessionExpiresAndIsDeletedWhenLookedUp() {
        StoredSession s = signedIn(a, "anna");
        clock.now = T0.plus(Duration.ofMinutes(29));
        assertThat(find(b, s.getId())).isPresent();
        clock.now = T0.plus(Duration.ofMinutes(30));
        assertThat(find(b, s.getId())).isEmpty();
        assertThat(rows()).isZero();
    }

    @Test
    void useKeepsASessionAliveAndWritesItsAccessTimeAtMostEveryThirtySeconds() {
        StoredSession s = signedIn(a, "anna");
        clock.now = T0.plusSeconds(20);
        StoredSession soon = find(b, s.getId()).orElseThrow();
        assertThat(soon.isModified()).isFalse();
        assertThat(soon.getLastAccessedTime()).isEqualTo(T0);

        clock.now = T0.plus(Duration.ofMinutes(20));
        StoredSession later = find(b, s.getId()).orElseThrow();
        assertThat(later.isModified()).isTrue();
        b.save(later).join();
        clock.now = T0.plus(Duration.ofMinutes(45));
        assertThat(find(a, s.getId())).get()
                .satisfies(x -> assertThat(x.get(StoredSession.USER, Authentication.class)).isPresent());
        clock.now = T0.plus(Duration.ofMinutes(80));
        assertThat(find(a, s.getId())).isEmpty();
    }

    @Test
    void aSessionEndsTwelveHoursAfterItBeganHoweverBusy() {
        StoredSession looked = signedIn(a, "anna");
        StoredSession swept = signedIn(a, "anna");
        for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
            clock.now = T0.plus(Duration.ofMinutes(minutes));
            b.save(find(b, looked.getId()).orElseThrow()).join();
            b.save(find(b, swept.getId()).orElseThrow()).join();
        }
        clock.now = T0.plus(Duration.ofHours(12));
        assertThat(find(a, looked.getId())).isEmpty();
        assertThat(rows()).isEqualTo(1);
        StoredSession fresh = signedIn(b, "anna");
        assertThat(a.purge(clock.now)).isEqualTo(1);
        assertThat(find(a, fresh.getId())).isPresent();
    }

    @Test
    void theSweepDeletesOnlyExpiredSessionsAndEveryReplicaMayRunIt() {
        StoredSession old = signedIn(a, "anna");
        clock.now = T0.plus(Duration.ofMinutes(10));
        StoredSession recent = signedIn(b, "anna");
        Instant at = T0.plus(Duration.ofMinutes(35));
        assertThat(a.purge(at)).isEqualTo(1);
        assertThat(b.purge(at)).isZero();
        clock.now = at;
        assertThat(find(b, recent.getId())).isPresent();
        assertThat(find(b, old.getId())).isEmpty();
    }

    @Test
    void anEndedSessionIsDeletedAndAStaleCopyCannotBringItBack() {
        StoredSession s = signedIn(a, "anna");
        StoredSession onB = find(b, s.getId()).orElseThrow();
        StoredSession onA = find(a, s.getId()).orElseThrow();

        onB.remove(StoredSession.USER);
        onB.setMaxInactiveInterval(Duration.ZERO);   // logout
        b.save(onB).join();
        assertThat(rows()).isZero();

        onA.put(CSRF, "changed");   // a request on A that was under way during the logout
        a.save(onA).join();
        assertThat(find(a, s.getId())).isEmpty();
        assertThat(rows()).isZero();

        StoredSession other = signedIn(a, "anna");
        assertThat(b.deleteSession(other.getId()).join()).isTrue();
        assertThat(b.deleteSession(other.getId()).join()).isFalse();
        assertThat(find(a, other.getId())).isEmpty();
    }

    @Test
    void aRequestThatOnlyUsedTheSessionKeepsWhatAnotherRequestChanged() {
        StoredSession s = signedIn(a, "anna");
        clock.now = T0.plus(Duration.ofMinutes(1));
        StoredSession rejecting = find(a, s.getId()).orElseThrow();
        StoredSession reading = find(b, s.getId()).orElseThrow();
        rejecting.remove(StoredSession.USER);   // as ActiveAccountRule does for a changed role
        a.save(rejecting).join();
        b.save(reading).join();

        StoredSession after = find(a, s.getId()).orElseThrow();
        assertThat(after.get(StoredSession.USER, Authentication.class)).isEmpty();
        assertThat(after.get(CSRF, String.class)).contains("csrf-anna");
        assertThat(string("select username from console_session"))
                .isNull();
    }

    @Test
    void deletingAnAccountDeletesItsSessions() {
        accounts.create("ben", "hash", Role.VIEWER);
        StoredSession anna = signedIn(a, "anna");
        StoredSession ben = signedIn(a, "ben");
        StoredSession anonymous = a.newSession();
        anonymous.put(CSRF, "login-form");
        a.save(anonymous).join();

        jdbi.useHandle(h -> h.execute("delete from staff_account where username = 'anna'"));
        assertThat(find(b, anna.getId())).isEmpty();
        assertThat(find(b, ben.getId())).isPresent();
        assertThat(find(b, anonymous.getId())).isPresent();
    }

    @Test
    void aSessionKeepsOnlyWhatSurvivesJson() {
        StoredSession s = a.newSession();
        assertThatThrownBy(() -> s.put("when", Instant.now())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a console session cannot keep ");
        assertThatThrownBy(() -> s.put("list", List.of(new Object()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a console session cannot keep ");
        assertThatThrownBy(() -> s.put(StoredSession.USER, "anna")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.put(StoredSession.USER,
                Authentication.build("anna", List.of(), Map.of("since", Instant.now()))))
                .isInstanceOf(IllegalArgumentException.class);
        s.put("lang", "en");
        s.put("lang", null);
        assertThat(s.names()).isEmpty();
    }

    @Test
    void aSessionWithANegativeIntervalNeverExpires() {
        StoredSession s = a.newSession();
        s.setMaxInactiveInterval(Duration.ofSeconds(-1));
        s.put(CSRF, "forever");
        a.save(s).join();
        clock.now = T0.plus(Duration.ofDays(400));
        assertThat(a.purge(clock.now)).isZero();
        assertThat(find(b, s.getId())).get().satisfies(x -> assertThat(x.get(CSRF, String.class)).contains("forever"));
    }

    static final class MovableClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
