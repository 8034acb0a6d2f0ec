package th.sso.hotline.nlu;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every intent the assistant knows, by id. */
public final class IntentCatalog {

    public static final String OUT_OF_SCOPE = "out_of_scope";
    public static final String TALK_TO_STAFF = "talk_to_staff";
    public static final String GREETING = "greeting";
    public static final String HELP = "help";

    private final Map<String, IntentDefinition> byId;

    public IntentCatalog(List<IntentDefinition> intents) {
        Map<String, IntentDefinition> map = new LinkedHashMap<>();
        for (IntentDefinition intent : intents) {
            map.put(intent.id(), intent);
        }
        this.byId = Map.copyOf(map);
    }

    public Optional<IntentDefinition> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public IntentDefinition get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown intent " + id));
    }

    public Collection<IntentDefinition> all() {
        return byId.values();
    }

    /** The intents of the topic menu, in their menu order ({@code menu:} in the YAML). */
    public List<String> menu() {
        return byId.values().stream().filter(i -> i.menu() != null)
                .sorted(java.util.Comparator.comparingInt(IntentDefinition::menu)).map(IntentDefinition::id).toList();
    }

    /** Whether a turn answered as this intent becomes the conversation's topic; unknown ids count as topics. */
    public boolean isTopic(String id) {
        return find(id).map(IntentDefinition::isTopic).orElse(true);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }
}
