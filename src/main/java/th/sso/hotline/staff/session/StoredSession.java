package th.sso.hotline.staff.session;

import io.micronaut.core.convert.value.MutableConvertibleValues;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.session.InMemorySession;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A console session read from (or about to be written to) the database. It remembers whether its attributes
 * changed, so a request that only used the session writes back its access time and never overwrites what a
 * concurrent request on another replica wrote. Values must survive JSON: the signed-in user under
 * {@link #USER} (an {@link Authentication}), anything else strings, numbers, booleans, lists and maps.
 */
public final class StoredSession extends InMemorySession {

    /** Where micronaut-security keeps the signed-in user. */
    public static final String USER = SecurityFilter.AUTHENTICATION.toString();

    private boolean changed;
    private boolean touched;

    StoredSession(String id, Instant now, Duration maxInactiveInterval) {
        super(id, now, maxInactiveInterval);
        this.lastAccessTime = now;
    }

    StoredSession(String id, Instant created, Instant lastAccess, Duration maxInactiveInterval,
                  Map<String, Object> attributes) {
        super(id, created, maxInactiveInterval);
        this.lastAccessTime = lastAccess;
        attributeMap.putAll(attributes);
        setNew(false);
    }

    @Override
    public MutableConvertibleValues<Object> put(CharSequence key, Object value) {
        if (value == null) {
            return remove(key);
        }
        boolean storable = USER.contentEquals(key)
                ? value instanceof Authentication user && json(user.getAttributes())
                : json(value);
        if (!storable) {
            throw new IllegalArgumentException("a console session cannot keep " + value.getClass().getName()
                    + " under " + key + " (it is stored as JSON)");
        }
        changed = true;
        return super.put(key, value);
    }

    @Override
    public MutableConvertibleValues<Object> remove(CharSequence key) {
        changed = true;
        return super.remove(key);
    }

    @Override
    public MutableConvertibleValues<Object> clear() {
        changed = true;
        return super.clear();
    }

    @Override
    public StoredSession setMaxInactiveInterval(Duration duration) {
        changed = true;
        super.setMaxInactiveInterval(duration);
        return this;
    }

    @Override
    public StoredSession setLastAccessedTime(Instant instant) {
        touched = true;
        super.setLastAccessedTime(instant);
        return this;
    }

    /** New, or changed or used since it was read: the session filter saves it after the response. */
    @Override
    public boolean isModified() {
        return isNew() || changed || touched;
    }

    /** Logout (or an expiry) set the interval to zero: the store deletes the session instead of saving it. */
    boolean ended() {
        return getMaxInactiveInterval().isZero();
    }

    boolean changed() {
        return changed;
    }

    Map<String, Object> attributes() {
        Map<String, Object> copy = new LinkedHashMap<>();
        attributeMap.forEach((k, v) -> copy.put(k.toString(), v));
        return copy;
    }

    void saved() {
        setNew(false);
        changed = false;
        touched = false;
    }

    private static boolean json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().allMatch(k -> k instanceof String) && map.values().stream().allMatch(v -> v == null || json(v));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().allMatch(v -> v == null || json(v));
        }
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
