package th.sso.hotline.staff.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.sso.hotline.staff.StaffTestProperties;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSmokeTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return StaffTestProperties.h2();
    }

    @Test
    void everyPageRenders() {
        for (String path : new String[]{"/console", "/console/conversations", "/console/unanswered", "/console/handoffs",
            "/console/simulator", "/console/accounts", "/console/audit", "/console/deliveries"}) {
            String body = client.toBlocking().retrieve(HttpRequest.GET(path).basicAuth("admin", StaffTestProperties.ADMIN_PASSWORD));
            assertThat(body).as(path).contains("</html>");
        }
        String deliveries = client.toBlocking().retrieve(HttpRequest.GET("/console/deliveries?page=99999999")
                .basicAuth("admin", StaffTestProperties.ADMIN_PASSWORD));
        assertThat(deliveries).contains("ข้อความที่ระบบตอบไม่สำเร็จ", "href=\"/console/deliveries\"");
        String login = client.toBlocking().retrieve(HttpRequest.GET("/login"));
        assertThat(login).contains("csrfToken");
    }
}
