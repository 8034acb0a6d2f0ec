package th.sso.hotline.knowledge.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How many recent searches are kept with their results ({@code hotline.search.cache.size}). When a measure is
 * announced, thousands send the same words (quick replies and the rich menu send fixed texts), and a search is a
 * pure function of the question, the index and the day. 0 turns the cache off.
 */
@ConfigurationProperties("hotline.search.cache")
public record SearchCacheProperties(@Bindable(defaultValue = "4096") int size) {
}
