package th.sso.hotline.staff.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import th.sso.hotline.staff.StaffTestProperties;
import th.sso.hotline.support.Databases;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas on one PostgreSQL schema and no sticky sessions: a staff member signed in on one replica is
 * signed in on the other (pages and CSRF-checked forms), and signing out on either ends the session on both.
 */
class ConsoleSessionReplicasTest {

    @Test
    void aSessionStartedOnOneReplicaServesTheOtherUntilLogout() {
        try (Databases.PostgresSchema schema = Databases.postgresSchema();
             EmbeddedServer a = start(schema);
             EmbeddedServer b = start(schema);
             HttpClient toA = client(a);
             HttpClient toB = client(b)) {
            Jdbi db = Jdbi.create(schema.url(), Databases.PG_USER, "");

            FormSession onA = FormSession.login(toA, "admin", StaffTestProperties.ADMIN_PASSWORD);
            assertThat(adminSessions(db)).isEqualTo(1);
            FormSession onB = onA.on(toB);
            assertThat(onB.get("/console").status().getCode()).isEqualTo(200);
            assertThat(onB.post("/console/simulator/ask", Map.of("text", "hello", "csrfToken", "forged!token"))
                    .status().getCode()).isEqualTo(403);
            assertThat(onB.post("/console/simulator/ask", Map.of("text", "hello")).status().getCode()).isEqualTo(303);
            assertThat(onA.get("/console/conversations").status().getCode()).isEqualTo(200);

            HttpResponse<String> logout = onB.post("/logout", Map.of());
            assertThat(logout.header("Location")).isEqualTo("/login?bye=true");
            assertThat(onB.cookie).isEmpty();
            assertThat(adminSessions(db)).isZero();
            assertThat(onA.get("/console").header("Location")).isEqualTo("/login");
            assertThat(onA.post("/console/simulator/ask", Map.of("text", "hello")).header("Location")).isEqualTo("/login");
        }
    }

    private static EmbeddedServer start(Databases.PostgresSchema schema) {
        Map<String, Object> p = new HashMap<>(StaffTestProperties.with(schema.url(), Databases.PG_USER));
        p.put("micronaut.http.client.follow-redirects", "false");
        return ApplicationContext.run(EmbeddedServer.class, p, "test");
    }

    private static HttpClient client(EmbeddedServer server) {
        return server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    private static int adminSessions(Jdbi db) {
        Integer n = db.withHandle(h -> h.createQuery("select count(*) from console_session where username = 'admin'")
                .mapTo(Integer.class).one());
        return n;
    }
}
