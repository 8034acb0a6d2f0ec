package th.sso.hotline.staff.handoff;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import th.sso.hotline.audit.AuditLog;

import java.time.Duration;
import java.time.Instant;
import th.sso.hotline.conversation.HandoffRepository;
import th.sso.hotline.conversation.HandoffProperties;

/** Returns chats to the bot when an agent holds one idle too long, or nobody took a queued one in time. */
@Singleton
public class HandoffTimeouts {

    private final HandoffRepository handoffs;
    private final AgentDesk desk;
    private final HandoffProperties properties;

    public HandoffTimeouts(HandoffRepository handoffs, AgentDesk desk, HandoffProperties properties) {
        this.handoffs = handoffs;
        this.desk = desk;
        this.properties = properties;
    }

    @Scheduled(fixedDelay = "${hotline.handoff.sweep-interval:1m}", initialDelay = "30s")
    void sweep() {
        releaseIdle(Instant.now());
    }

    public int releaseIdle(Instant now) {
        int released = 0;
        for (HandoffRepository.Open open : handoffs.open()) {
            boolean held = "AGENT".equals(open.state());
            Duration limit = held ? properties.getIdleTimeout() : properties.getQueueTimeout();
            Instant last = latest(open.since(), open.lastActivity());
            if (last != null && last.plus(limit).isBefore(now)) {
                desk.release(open.conversationId(), AuditLog.SYSTEM, held ? "idle" : "queue timeout");
                released++;
            }
        }
        return released;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
