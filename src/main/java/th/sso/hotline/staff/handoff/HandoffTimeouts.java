package th.sso.hotline.staff.handoff;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import th.sso.hotline.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import th.sso.hotline.conversation.HandoffRepository;
import th.sso.hotline.conversation.HandoffProperties;
import th.sso.hotline.conversation.OfficeHours;

/**
 * Returns chats to the bot when an agent holds one idle too long (wall-clock time), or nobody took a queued one
 * within {@code queue-timeout} of office time: a citizen told on Friday evening that staff answer on Monday morning
 * is still waiting in the queue on Monday.
 */
@Singleton
public class HandoffTimeouts {

    private final HandoffRepository handoffs;
    private final AgentDesk desk;
    private final HandoffProperties properties;
    private final OfficeHours hours;
    private final Clock clock;

    public HandoffTimeouts(HandoffRepository handoffs, AgentDesk desk, HandoffProperties properties, OfficeHours hours,
                           Clock clock) {
        this.handoffs = handoffs;
        this.desk = desk;
        this.properties = properties;
        this.hours = hours;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${hotline.handoff.sweep-interval}", initialDelay = "30s")
    void sweep() {
        releaseIdle(clock.instant());
    }

    public int releaseIdle(Instant now) {
        int released = 0;
        for (HandoffRepository.Open open : handoffs.open()) {
            if (due(open, now)) {
                boolean held = "AGENT".equals(open.state());
                desk.release(open.conversationId(), AuditLog.SYSTEM, held ? "idle" : "queue timeout");
                released++;
            }
        }
        return released;
    }

    /** Whether the chat goes back to the bot at {@code now}. */
    boolean due(HandoffRepository.Open open, Instant now) {
        Instant last = latest(open.since(), open.lastActivity());
        if (last == null) {
            return false;
        }
        if ("AGENT".equals(open.state())) {
            return last.plus(properties.getIdleTimeout()).isBefore(now);
        }
        return hours.openBetween(last, now).compareTo(properties.getQueueTimeout()) > 0;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
