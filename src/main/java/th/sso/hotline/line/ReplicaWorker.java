package th.sso.hotline.line;

import jakarta.inject.Singleton;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/** This process's name on the inbox claims it holds: unique per start, so a restarted replica is a new holder. */
@Singleton
public class ReplicaWorker {

    /** pid@host, cut so that with the UUID it fits the inbox's 64-character claimed_by column. */
    private final String id = shorten(ManagementFactory.getRuntimeMXBean().getName()) + "/" + UUID.randomUUID();

    private static String shorten(String name) {
        return name.length() <= 24 ? name : name.substring(0, 24);
    }

    public String id() {
        return id;
    }
}
