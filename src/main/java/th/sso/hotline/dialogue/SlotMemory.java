package th.sso.hotline.dialogue;

import th.sso.hotline.nlu.slots.LeaveReason;
import th.sso.hotline.nlu.slots.Slots;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a conversation remembers between messages for calculations: the facts the person gave ({@link Slots}) and the
 * fact the bot last asked for ({@code asked}: {@code wage}, {@code months}, {@code average_wage}, or null). Stored
 * in {@code conversation.memory} as {@code key=value;...} so that any replica reads it; nothing else is kept.
 */
public record SlotMemory(Slots slots, String asked) {

    public static final SlotMemory NONE = new SlotMemory(Slots.NONE, null);

    public SlotMemory {
        slots = slots == null ? Slots.NONE : slots;
    }

    public boolean isEmpty() {
        return slots.isEmpty() && asked == null;
    }

    /** The stored form, or null when there is nothing to remember. */
    public String encode() {
        if (isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wage", slots.monthlyWage());
        m.put("months", slots.monthsContributed());
        m.put("age", slots.age());
        m.put("section", slots.section());
        m.put("reason", slots.leaveReason());
        m.put("option", slots.section40Option());
        m.put("children", slots.children());
        m.put("spent", slots.spent());
        m.put("asked", asked);
        StringBuilder out = new StringBuilder();
        m.forEach((k, v) -> {
            if (v != null) {
                out.append(out.isEmpty() ? "" : ";").append(k).append('=').append(v);
            }
        });
        return out.toString();
    }

    /** The memory a stored form stands for; an unreadable or empty one is no memory. */
    public static SlotMemory decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : stored.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        try {
            Slots slots = new Slots(integer(m.get("wage")), integer(m.get("months")), integer(m.get("age")),
                    integer(m.get("section")), Optional.ofNullable(m.get("reason")).map(LeaveReason::valueOf).orElse(null),
                    integer(m.get("option")), integer(m.get("children")), integer(m.get("spent")));
            return new SlotMemory(slots, m.get("asked"));
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
