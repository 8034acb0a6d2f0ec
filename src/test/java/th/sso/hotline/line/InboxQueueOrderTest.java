package th.sso.hotline.line;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The workers' queue under a backlog: newest event first, sweep work last, and a full queue makes room for news. */
class InboxQueueOrderTest {

    private final List<String> ran = new ArrayList<>();
    private final List<String> handedBack = new ArrayList<>();
    private long submitted;

    private InboxWorkers.Job job(long time, String name) {
        return new InboxWorkers.Job(time, ++submitted, () -> ran.add(name), () -> handedBack.add(name));
    }

    @Test
    void newestEventFirstThenInOrderSubmittedThenTheSweep() {
        InboxWorkers.NewestFirst queue = new InboxWorkers.NewestFirst(10);
        queue.offer(job(Long.MIN_VALUE, "sweep"));
        queue.offer(job(1_000, "old"));
        queue.offer(job(5_000, "new-a"));
        queue.offer(job(5_000, "new-b"));
        queue.offer(job(3_000, "middle"));
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
        assertThat(ran).containsExactly("new-a", "new-b", "middle", "old", "sweep");
    }

    @Test
    void aFullQueueRefusesMoreAndMakesRoomOnlyForNewerEvents() {
        InboxWorkers.NewestFirst queue = new InboxWorkers.NewestFirst(2);
        assertThat(queue.offer(job(2_000, "a"))).isTrue();
        assertThat(queue.offer(job(3_000, "b"))).isTrue();
        assertThat(queue.remainingCapacity()).isZero();
        assertThat(queue.offer(job(4_000, "c"))).isFalse();

        assertThat(queue.makeRoomFor(job(1_000, "older"))).isNull();
        InboxWorkers.Job evicted = queue.makeRoomFor(job(4_000, "newer"));
        assertThat(evicted).isNotNull();
        evicted.handBack();
        assertThat(handedBack).containsExactly("a");
        assertThat(queue).hasSize(1);
    }
}
