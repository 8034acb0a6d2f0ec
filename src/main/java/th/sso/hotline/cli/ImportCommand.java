package th.sso.hotline.cli;

import io.micronaut.context.ApplicationContext;
import th.sso.hotline.knowledge.KnowledgeBase;
import th.sso.hotline.knowledge.index.IndexBuild;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** {@code import [--content DIR,DIR]}: rebuilds the persisted passage index and prints what was read and skipped. */
final class ImportCommand {

    private ImportCommand() {
    }

    static int run(Map<String, String> options) {
        Map<String, Object> properties = Commands.offline();
        properties.put("hotline.index-on-start", false);
        if (options.containsKey("content")) {
            properties.put("hotline.content-dirs", options.get("content"));
        }
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            AtomicLong last = new AtomicLong();
            Clock clock = context.getBean(Clock.class);
            IndexBuild build = context.getBean(KnowledgeBase.class).reload(n -> progress(n, last, clock));
            System.err.println();
            System.out.println(build);
            return 0;
        }
    }

    private static void progress(int done, AtomicLong last, Clock clock) {
        long now = clock.millis();
        if (now - last.get() > 200) {
            last.set(now);
            int dots = Math.min(40, done / 40);
            System.err.print("\rindexing [" + "#".repeat(dots) + " ".repeat(40 - dots) + "] " + done + " announcements");
        }
    }
}
