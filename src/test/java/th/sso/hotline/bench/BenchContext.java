package th.sso.hotline.bench;

import io.micronaut.context.ApplicationContext;

import java.util.HashMap;
import java.util.Map;

/**
 * The application as the in-process benchmarks start it: the index built from {@code content.dirs} (by default the
 * shipped content and the announcement corpus) in {@code index.dir}, an in-memory database, no web server, no sweep
 * and no admin account.
 */
final class BenchContext {

    private BenchContext() {
    }

    /** Starts the application with these properties added, for what one benchmark needs beyond the common ones. */
    static ApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "hotline.content-dirs", System.getProperty("content.dirs", "content,../shared/corpus/thaigov-sso"),
                "hotline.index-dir", System.getProperty("index.dir", "target/bench-index"),
                "datasources.default.url", "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "micronaut.server.enabled", false, "line.sweep-initial-delay", "1h",
                "hotline.staff.bootstrap-admin", false));
        properties.putAll(extra);
        return ApplicationContext.run(properties);
    }
}
