package th.sso.hotline.privacy;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/** Random secrets created once and shared by every replica through the database. */
@Singleton
public class ServerSecrets {

    private final Jdbi jdbi;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ServerSecrets(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public byte[] getOrCreate(String name, int bytes) {
        byte[] candidate = new byte[bytes];
        random.nextBytes(candidate);
        String encoded = Base64.getEncoder().encodeToString(candidate);
        jdbi.useHandle(h -> h.createUpdate(
                        "insert into server_secret(name, secret, created_at) values(:n, :s, :t) on conflict do nothing")
                .bind("n", name).bind("s", encoded).bind("t", clock.instant()).execute());
        String stored = jdbi.withHandle(h -> h.createQuery("select secret from server_secret where name = :n")
                .bind("n", name).mapTo(String.class).one());
        return Base64.getDecoder().decode(stored);
    }
}
