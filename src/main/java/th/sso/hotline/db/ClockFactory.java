package th.sso.hotline.db;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The service's clock, in Thailand's time zone; tests register a fixed one instead. */
@Factory
class ClockFactory {

    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Bangkok"));
    }
}
