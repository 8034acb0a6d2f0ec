package th.sso.hotline.nlu;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Map;

/** {@code /health} is DOWN while the intent classifier is still training, so a balancer waits for it. */
@Singleton
class IntentModelHealth implements HealthIndicator {

    private final IntentModel model;

    IntentModelHealth(IntentModel model) {
        this.model = model;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthStatus status = model.ready() ? HealthStatus.UP : HealthStatus.DOWN;
        String state = model.ready() ? "trained" : model.failed() ? "failed" : "training";
        return Publishers.just(HealthResult.builder("intentModel", status).details(Map.of("state", state)).build());
    }
}
