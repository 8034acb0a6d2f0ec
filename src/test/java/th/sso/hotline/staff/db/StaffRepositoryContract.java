package th.sso.hotline.staff.db;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.Conversation;
import th.sso.hotline.conversation.Delivery;
import th.sso.hotline.conversation.ConversationRepository;
import th.sso.hotline.conversation.Turn;
import th.sso.hotline.conversation.TurnRepository;
import th.sso.hotline.privacy.Erasure;
import th.sso.hotline.privacy.PrivacyProperties;
import th.sso.hotline.privacy.RetentionJob;
import th.sso.hotline.audit.AuditEntry;
import th.sso.hotline.audit.AuditLog;
import th.sso.hotline.staff.console.ConsoleProperties;
import th.sso.hotline.staff.console.ConsoleQueries;
import th.sso.hotline.staff.console.ConversationRow;
import th.sso.hotline.staff.console.TurnFilter;
import th.sso.hotline.staff.console.TurnView;
import th.sso.hotline.conversation.HandoffRepository;
import th.sso.hotline.staff.review.ReviewRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff console's repositories against one database; run on H2 and on PostgreSQL by the subclasses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaffRepositoryContract {

    static final Instant NOW = Instant.parse("2026-03-10T05:00:00Z");

    TestDatabase db;
    Jdbi jdbi;
    ConversationRepository conversations;
    TurnRepository turns;
    ReviewRepository reviews;
    AuditLog audit;
    ConsoleQueries queries;
    HandoffRepository handoffs;

    abstract TestDatabase open();

    @BeforeAll
    void migrate() {
        db = open();
        jdbi = db.jdbi();
        conversations = new ConversationRepository(jdbi);
        turns = new TurnRepository(jdbi);
        reviews = new ReviewRepository(jdbi);
        audit = new AuditLog(jdbi, java.time.Clock.systemUTC());
        handoffs = new HandoffRepository(jdbi);
        queries = new ConsoleQueries(jdbi, new ConsoleProperties() {
            public double getLowConfidence() {
                return 0.5;
            }

            public int getExportLimit() {
                return 1000;
            }
        });
    }

    @AfterAll
    void drop() throws Exception {
        db.close();
    }

    @BeforeEach
    void empty() {
        jdbi.useHandle(h -> {
            h.execute("delete from turn_review");
            h.execute("delete from turn");
            h.execute("delete from conversation");
            h.execute("delete from audit_log");
            h.execute("delete from webhook_event");
        });
    }

    Conversation conv(String user, Channel channel) {
        return conversations.findOrCreate(user, channel, NOW);
    }

    long turn(Conversation c, Instant at, String question, String intent, Double confidence, boolean fallback,
              boolean handoff, String lang) {
        return turns.insert(new Turn(null, c.id(), at, c.channel(), null, "text", question, "answer to " + question,
                "[]", intent, confidence, fallback, handoff, lang, "{\"label\":\"x\"}", "[]", 120, Delivery.SENT, null, null));
    }

    @Test
    void aLaterReviewReplacesTheEarlierOne() {
        Conversation c = conv("u1", Channel.LINE);
        long t = turn(c, NOW, "ตกงานได้เงินไหม", "maternity", 0.6, false, false, "th");
        reviews.save(t, "anna", "right", null, null, NOW);
        reviews.save(t, "ben", "wrong", "unemployment", "asked about job loss", NOW.plusSeconds(5));
        List<TurnView> transcript = queries.transcript(c.id());
        assertThat(transcript).singleElement().satisfies(v -> {
            assertThat(v.verdict()).isEqualTo("wrong");
            assertThat(v.correctIntent()).isEqualTo("unemployment");
            assertThat(v.reviewer()).isEqualTo("ben");
            assertThat(v.reviewNote()).isEqualTo("asked about job loss");
        });
        assertThat(count("select count(*) from turn_review"))
                .isEqualTo(1);
    }

    @Test
    void reviewedExamplesTakeTheReviewersIntentWhenTheBotWasWrong() {
        Conversation c = conv("u1", Channel.LINE);
        long right = turn(c, NOW, "คลอดลูกได้เท่าไหร่", "maternity", 0.9, false, false, "th");
        long wrong = turn(c, NOW.plusSeconds(1), "โดนเลย์ออฟ", "maternity", 0.4, false, false, "th");
        long unclear = turn(c, NOW.plusSeconds(2), "อะไรนะ", null, 0.1, true, false, "th");
        reviews.save(right, "anna", "right", null, null, NOW);
        reviews.save(wrong, "anna", "wrong", "unemployment", null, NOW.plusSeconds(1));
        reviews.save(unclear, "anna", "wrong", null, null, NOW.plusSeconds(2));
        assertThat(reviews.examples()).extracting(ReviewRepository.ReviewedExample::question,
                        ReviewRepository.ReviewedExample::intent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("คลอดลูกได้เท่าไหร่", "maternity"),
                        org.assertj.core.groups.Tuple.tuple("โดนเลย์ออฟ", "unemployment"));
    }

    @Test
    void unansweredAreTypedFallbacksSinceTheStart() {
        Conversation c = conv("u1", Channel.LINE);
        turn(c, NOW.minus(Duration.ofDays(40)), "เก่ามาก", null, 0.0, true, false, "th");
        turn(c, NOW, "ถามอะไรแปลกๆ", null, 0.1, true, false, "th");
        turn(c, NOW, "ตกงาน", "unemployment", 0.9, false, false, "th");
        assertThat(reviews.unanswered(NOW.minus(Duration.ofDays(30)), 10))
                .extracting(ReviewRepository.Unanswered::question).containsExactly("ถามอะไรแปลกๆ");
    }

    @Test
    void theTrainingInboxAddsLowConfidenceAnswersWithoutAnIntentAndSaysWhichAreReviewed() {
        Conversation c = conv("inbox", Channel.LINE);
        turn(c, NOW, "สามีเบิกแทนได้ไหม", null, 0.38, false, false, "th");
        turn(c, NOW, "หวยออกอะไร", "out_of_scope", 0.9, true, false, "th");
        turn(c, NOW, "ตอบจากประกาศแต่มั่นใจ", null, 0.7, false, false, "th");
        turn(c, NOW, "ตกงาน", "unemployment", 0.3, false, false, "th");
        List<ReviewRepository.Unanswered> inbox = reviews.inbox(NOW.minus(Duration.ofDays(1)), 0.5, 10).stream()
                .filter(q -> q.conversationId() == c.id()).toList();
        assertThat(inbox).extracting(ReviewRepository.Unanswered::question)
                .containsExactlyInAnyOrder("สามีเบิกแทนได้ไหม", "หวยออกอะไร");
        long refusal = inbox.stream().filter(q -> q.question().equals("หวยออกอะไร")).findFirst().orElseThrow().turnId();
        reviews.save(refusal, "anna", "right", null, "ถูกแล้ว", NOW);
        assertThat(reviews.inbox(NOW.minus(Duration.ofDays(1)), 0.5, 10)).filteredOn(q -> q.turnId() == refusal)
                .singleElement().satisfies(q -> {
                    assertThat(q.reviewed()).isTrue();
                    assertThat(q.reviewer()).isEqualTo("anna");
                    assertThat(q.intent()).isEqualTo("out_of_scope");
                });
        assertThat(reviews.questionTurns(List.of(refusal, -5L))).containsExactly(refusal);
    }

    @Test
    void conversationFiltersCombine() {
        Conversation a = conv("a", Channel.LINE);
        Conversation b = conv("b", Channel.API);
        Conversation s = conv("s", Channel.SIMULATOR);
        turn(a, NOW, "ถามเรื่อง 100% แปลกๆ", null, 0.1, true, false, "th");
        turn(a, NOW.plusSeconds(1), "ตกงานได้เงินไหม", "unemployment", 0.95, false, false, "th");
        turn(b, NOW.minus(Duration.ofDays(3)), "How much is UNEMPLOYMENT benefit", "unemployment", 0.8, false, false, "en");
        turn(s, NOW, "ขอคุยกับเจ้าหน้าที่", "talk_to_staff", 0.9, false, true, "th");

        assertThat(ids(filter(null, null, null, true, null, null, null, null))).containsExactly(a.id());
        assertThat(ids(filter(null, null, "unemployment", null, null, null, null, null))).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(ids(filter(null, null, null, null, null, "en", null, null))).containsExactly(b.id());
        assertThat(ids(filter(null, null, null, null, null, null, "line", null))).containsExactly(a.id());
        assertThat(ids(filter(null, null, null, null, true, null, null, null))).containsExactly(s.id());
        assertThat(ids(filter(null, null, null, null, null, null, null, "unemployment benefit"))).containsExactly(b.id());
        assertThat(ids(filter(null, null, null, null, null, null, null, "100%"))).containsExactly(a.id());
        assertThat(ids(filter(null, null, null, null, null, null, null, "10_%"))).isEmpty();
        LocalDate day = NOW.atZone(TurnFilter.ZONE).toLocalDate();
        assertThat(ids(filter(day, day, null, null, null, null, null, null))).containsExactlyInAnyOrder(a.id(), s.id());
        assertThat(ids(filter(day.minusDays(3), day.minusDays(3), null, null, null, null, null, null))).containsExactly(b.id());
        assertThat(queries.countConversations(TurnFilter.none())).isEqualTo(3);
        ConversationRow row = queries.conversations(filter(null, null, null, null, null, null, "line", null)).get(0);
        assertThat(row.turns()).isEqualTo(2);
        assertThat(row.fallbacks()).isEqualTo(1);
        assertThat(row.lastQuestion()).isEqualTo("ตกงานได้เงินไหม");
    }

    @Test
    void pagesHoldTwentyFiveConversationsNewestFirst() {
        for (int i = 0; i < 30; i++) {
            turn(conv("p" + i, Channel.API), NOW.plusSeconds(i), "q" + i, null, 0.0, true, false, "en");
        }
        List<ConversationRow> first = queries.conversations(TurnFilter.none());
        List<ConversationRow> second = queries.conversations(new TurnFilter(null, null, null, null, null, null, null, null, 2));
        assertThat(first).hasSize(25);
        assertThat(first.get(0).lastQuestion()).isEqualTo("q29");
        assertThat(second).hasSize(5);
        List<TurnView> exported = new ArrayList<>();
        queries.turns(TurnFilter.none(), 10, exported::add);
        assertThat(exported).hasSize(10);
    }

    @Test
    void handoffQueueTakeAndRelease() {
        Conversation c = conv("h", Channel.LINE);
        handoffs.queue(c.id(), "• ขอคุยกับเจ้าหน้าที่", "v1:secret", NOW);
        assertThat(handoffs.lineUserRef(c.id())).contains("v1:secret");
        assertThat(handoffs.take(c.id(), "agent1", NOW)).isTrue();
        assertThat(handoffs.take(c.id(), "agent2", NOW)).isFalse();
        assertThat(handoffs.open()).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo("AGENT");
            assertThat(o.agent()).isEqualTo("agent1");
            assertThat(o.canPush()).isTrue();
        });
        assertThat(handoffs.release(c.id())).isTrue();
        assertThat(handoffs.release(c.id())).isFalse();
        assertThat(handoffs.lineUserRef(c.id())).isEmpty();
        assertThat(conversations.find(c.id()).orElseThrow().handoffAgent()).isNull();
        assertThat(handoffs.open()).isEmpty();
    }

    @Test
    void erasureDeletesOnlyThatCitizensConversationsAndAuditsCounts() {
        Erasure erasure = new Erasure(jdbi, audit);
        Conversation mine = conv("me", Channel.LINE);
        Conversation other = conv("other", Channel.LINE);
        Conversation sameKeyOtherChannel = conv("me", Channel.API);
        long t = turn(mine, NOW, "เลขบัตร [national-id]", null, 0.0, true, false, "th");
        reviews.save(t, "anna", "wrong", null, null, NOW);
        turn(mine, NOW, "q2", null, 0.0, true, false, "th");
        turn(other, NOW, "q3", null, 0.0, true, false, "th");
        turn(sameKeyOtherChannel, NOW, "q4", null, 0.0, true, false, "th");
        conversations.remember(mine.id(), "wage=15000;months=180", NOW);

        Erasure.Result result = erasure.byCitizen("me", "line");
        assertThat(result).isEqualTo(new Erasure.Result(1, 2));
        assertThat(conversations.find(mine.id())).isEmpty();
        assertThat(count("select count(*) from conversation where memory like '%15000%'")).isZero();
        assertThat(conversations.find(other.id())).isPresent();
        assertThat(conversations.find(sameKeyOtherChannel.id())).isPresent();
        assertThat(erasure.byAdmin(other.id(), "root")).isEqualTo(new Erasure.Result(1, 1));
        List<AuditEntry> log = audit.page(null, 0, 10);
        assertThat(log).extracting(AuditEntry::action).containsExactly("erasure.admin", "erasure.citizen");
        assertThat(log).allSatisfy(e -> assertThat(e.target() + e.detail()).doesNotContain("me:", "q2", "national"));
        assertThat(log.get(1).actor()).isEqualTo(AuditLog.CITIZEN);
        assertThat(audit.actions()).containsExactly("erasure.admin", "erasure.citizen");
    }

    @Test
    void retentionDeletesOldTurnsIdleConversationsAndFinishedEvents() {
        PrivacyProperties days180 = new PrivacyProperties() {
            public String getUserKeySecret() {
                return "";
            }

            public String getUserKeySecretFile() {
                return "";
            }

            public String getLineRefKey() {
                return "";
            }

            public String getLineRefKeyFile() {
                return "";
            }

            public String getLineRefKeyPrevious() {
                return "";
            }

            public String getPayloadKey() {
                return "";
            }

            public String getPayloadKeyFile() {
                return "";
            }

            public String getPayloadKeyPrevious() {
                return "";
            }

            public Duration getRetention() {
                return Duration.ofDays(180);
            }

            @Override
            public Duration getMemoryTtl() {
                return Duration.ofMinutes(30);
            }
        };
        Instant old = NOW.minus(Duration.ofDays(181));
        Conversation gone = conversations.findOrCreate("gone", Channel.LINE, old);
        long oldTurn = turn(gone, old, "old question", null, 0.0, true, false, "th");
        reviews.save(oldTurn, "anna", "wrong", null, null, old);
        Conversation kept = conversations.findOrCreate("kept", Channel.LINE, old);
        turn(kept, old, "old part", null, 0.0, true, false, "th");
        long recent = turn(kept, NOW.minus(Duration.ofDays(2)), "recent part", null, 0.0, true, false, "th");
        conversations.recordTurn(kept.id(), "th", null, NOW.minus(Duration.ofDays(2)));
        // Facts remembered for a calculation outlive neither the memory TTL nor the conversation.
        conversations.remember(kept.id(), "wage=15000;asked=months", NOW.minus(Duration.ofMinutes(31)));
        Conversation fresh = conversations.findOrCreate("fresh", Channel.LINE, NOW);
        conversations.remember(fresh.id(), "wage=20000", NOW.minus(Duration.ofMinutes(5)));
        jdbi.useHandle(h -> {
            h.execute("insert into webhook_event(event_id, event_type, received_at, redelivery, deliveries, status, attempts, finished_at) "
                    + "values('old-done', 'message', ?, false, 1, 'DONE', 1, ?)", old, old);
            h.execute("insert into webhook_event(event_id, event_type, received_at, redelivery, deliveries, status, attempts) "
                    + "values('old-pending', 'message', ?, false, 1, 'PENDING', 0)", old);
        });

        RetentionJob.Purged purged = new RetentionJob(jdbi, days180, audit, java.time.Clock.systemUTC()).purge(NOW);

        assertThat(purged).isEqualTo(new RetentionJob.Purged(2, 1, 1));
        assertThat(conversations.find(gone.id())).isEmpty();
        assertThat(conversations.find(kept.id()).orElseThrow().memory()).isNull();
        assertThat(conversations.find(kept.id()).orElseThrow().memoryAt()).isNull();
        assertThat(conversations.find(fresh.id()).orElseThrow().memory()).isEqualTo("wage=20000");
        assertThat(queries.transcript(kept.id())).extracting(TurnView::id).containsExactly(recent);
        assertThat(strings("select event_id from webhook_event"))
                .containsExactly("old-pending");
        assertThat(count("select count(*) from turn_review")).isZero();
        assertThat(audit.page("retention", 0, 5)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("turns=2 conversations=1 webhook_events=1"));
        assertThat(new RetentionJob(jdbi, days180, audit, java.time.Clock.systemUTC()).purge(NOW)).isEqualTo(new RetentionJob.Purged(0, 0, 0));
    }

    int count(String sql) {
        Integer n = jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
        return n;
    }

    List<String> strings(String sql) {
        List<String> list = jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
        return list;
    }

    private TurnFilter filter(LocalDate from, LocalDate to, String intent, Boolean problems, Boolean handedOff,
                              String lang, String channel, String q) {
        return new TurnFilter(from, to, intent, problems, handedOff, lang, channel, q, null);
    }

    private List<Long> ids(TurnFilter f) {
        return queries.conversations(f).stream().map(ConversationRow::id).toList();
    }
}
