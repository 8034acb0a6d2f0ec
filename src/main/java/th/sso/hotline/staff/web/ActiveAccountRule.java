package th.sso.hotline.staff.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.session.http.SessionForRequest;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import th.sso.hotline.staff.StaffAccount;
import th.sso.hotline.staff.StaffAccounts;

import java.util.HashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * A session outlives changes to its account: when an admin disables an account or changes its role, the
 * session's next request is rejected and the session forgets the account (the user logs in again and gets
 * the current role).
 */
@Singleton
class ActiveAccountRule implements SecurityRule<HttpRequest<?>> {

    static final int ORDER = -1000;

    private final StaffAccounts accounts;
    private final ExecutorService blocking;

    ActiveAccountRule(StaffAccounts accounts, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.accounts = accounts;
        this.blocking = blocking;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication who) {
        if (who == null) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
                () -> {
                    if (!stale(who)) {
                        return SecurityRuleResult.UNKNOWN;
                    }
                    if (request != null) {
                        SessionForRequest.find(request).ifPresent(s -> s.remove(SecurityFilter.AUTHENTICATION));
                    }
                    return SecurityRuleResult.REJECTED;
                }, blocking));
    }

    private boolean stale(Authentication who) {
        StaffAccount account = accounts.find(who.getName()).orElse(null);
        return account == null || account.disabled()
                || !new HashSet<>(account.role().granted()).equals(new HashSet<>(who.getRoles()));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
