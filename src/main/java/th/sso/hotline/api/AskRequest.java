package th.sso.hotline.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

@Introspected
public record AskRequest(@Nullable String text, @Nullable String userId, @Nullable String lang) {
}
