package th.sso.hotline.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;
import org.junit.jupiter.api.Test;
import th.sso.hotline.dialogue.Citation;
import th.sso.hotline.dialogue.Reply;
import th.sso.hotline.nlu.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MATERNITY_URL = "https://www.thaigov.go.th/news/contents/details/56507";
    private static final String FLOOD_URL = "https://www.thaigov.go.th/news/contents/details/89190";

    private static Reply reply(String text, Citation... cards) {
        List<Message> messages = List.of(new TextMessage.Builder(text).build());
        return new Reply("x", 0.9, false, false, Language.TH, messages, List.of(cards), th.sso.hotline.dialogue.Decision.NONE);
    }

    private static Citation card(String url, String title, String passage) {
        return new Citation(title, url, "2024-01-01", passage, 1.0);
    }

    // ---- key matching

    @Test
    void keysMatchAcrossThaiDigitsCommasAndPercentWording() {
        assertThat(AnswerKeys.contains("ได้สูงสุดเดือนละ ๙,๐๐๐ บาท", "9,000")).isTrue();
        assertThat(AnswerKeys.contains("up to 9000 baht a month", "9,000")).isTrue();
        assertThat(AnswerKeys.contains("ได้ร้อยละ 60 ของค่าจ้าง", "60%")).isTrue();
        assertThat(AnswerKeys.contains("you get 60 percent of your wage", "60%")).isTrue();
        assertThat(AnswerKeys.contains("ไม่เกิน 180วัน", "180 วัน")).isTrue();
        assertThat(AnswerKeys.contains("register at E-Service.doe.go.th", "e-service.doe.go.th")).isTrue();
    }

    @Test
    void aNumberKeyDoesNotMatchInsideALongerNumber() {
        assertThat(AnswerKeys.contains("ค่าจ้าง 1,800 บาท", "180")).isFalse();
        assertThat(AnswerKeys.contains("วันที่ 15", "5")).isFalse();
        assertThat(AnswerKeys.contains("อัตรา 1.59%", "59%")).isFalse();
        assertThat(AnswerKeys.contains("อัตรา 1.59% ต่อปี", "1.59%")).isTrue();
        assertThat(AnswerKeys.contains("ภายในวันที่ 15 ของเดือนถัดไป", "15")).isTrue();
    }

    @Test
    void aFactCountsWhenAnyAlternativeIsThere() {
        assertThat(AnswerKeys.found("ได้เงินก้อนเป็นบำเหน็จ", List.of("lump sum", "บำเหน็จ"))).isTrue();
        assertThat(AnswerKeys.found("a monthly pension", List.of("lump sum", "บำเหน็จ"))).isFalse();
    }

    // ---- follow-up sequencing and scoring

    @Test
    void followUpsSendTheContextFirstInOneConversationAndScoreTheLastReply() throws Exception {
        List<String> said = new ArrayList<>();
        AnswerEvaluation.Asker asker = (user, text) -> {
            said.add(user + "|" + text);
            return text.startsWith("แล้ว") ? reply("ม.40 ไม่มีสิทธิคลอดบุตร มีเฉพาะ ม.33 และ ม.39")
                    : reply("ค่าคลอด 15,000 บาท", card(MATERNITY_URL, "คลอดบุตร", "ค่าคลอด"));
        };
        JsonNode item = JSON.readTree("{\"id\":\"f1\",\"text\":\"แล้วม.40ได้มั้ย\",\"context\":[\"คลอดลูกได้เงินเท่าไหร่\"],"
                + "\"lang\":\"th\",\"kind\":\"follow_up\",\"intent\":\"maternity\","
                + "\"answer_keys\":[[\"ไม่มี\",\"not covered\"],[\"15,000\"]],\"sources\":[\"" + MATERNITY_URL + "\"]}");
        Map<String, Object> report = new AnswerEvaluation(asker, new CardTopics(Map.of())).run(List.of(item));
        assertThat(said).containsExactly("eval-answers:f1|คลอดลูกได้เงินเท่าไหร่", "eval-answers:f1|แล้วม.40ได้มั้ย");
        // Only the reply to the question counts: one fact of two, and no card on that reply.
        assertThat(report.get("key_coverage")).isEqualTo(0.5);
        assertThat(report.get("all_keys")).isEqualTo(0.0);
        assertThat(report.get("expected_source")).isEqualTo(0.0);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> byKind = (Map<String, Map<String, Object>>) report.get("by_kind");
        assertThat(byKind.get("follow_up").get("n")).isEqualTo(1);
    }

    @Test
    void eachQuestionIsAskedAsItsOwnUser() throws Exception {
        List<String> users = new ArrayList<>();
        AnswerEvaluation.Asker asker = (user, text) -> {
            users.add(user);
            return reply("1506");
        };
        List<JsonNode> items = List.of(
                JSON.readTree("{\"id\":\"a\",\"text\":\"x\",\"kind\":\"specific\",\"intent\":\"contact_sso\",\"answer_keys\":[[\"1506\"]],\"sources\":[]}"),
                JSON.readTree("{\"id\":\"b\",\"text\":\"y\",\"kind\":\"specific\",\"intent\":\"contact_sso\",\"answer_keys\":[\"1506\"],\"sources\":[]}"));
        Map<String, Object> report = new AnswerEvaluation(asker, new CardTopics(Map.of())).run(items);
        assertThat(users).containsExactly("eval-answers:a", "eval-answers:b");
        assertThat(report.get("key_coverage")).isEqualTo(1.0);
    }

    @Test
    void figuresCountOnlyWhenEveryNumberIsStatedAndSourcesAndCardsAreScored() throws Exception {
        AnswerEvaluation.Asker asker = (user, text) -> reply("ได้เดือนละ 9,000 บาท",
                card(MATERNITY_URL, "สิทธิคลอดบุตร", "ค่าคลอด 15,000"),
                card("https://www.thaigov.go.th/news/contents/details/98446", "ว่างงาน", "เลิกจ้าง ร้อยละ 60"));
        JsonNode item = JSON.readTree("{\"id\":\"g\",\"text\":\"เงินเดือน 20000 โดนเลิกจ้างได้เท่าไหร่\",\"lang\":\"th\","
                + "\"kind\":\"figure\",\"intent\":\"unemployment\",\"answer_keys\":[[\"9,000\"]],"
                + "\"sources\":[\"https://www.thaigov.go.th/news/contents/details/98446/\"]}");
        Map<String, Object> report = new AnswerEvaluation(asker, new CardTopics(Map.of())).run(List.of(item));
        assertThat(report.get("figure_right_number")).isEqualTo(1.0);
        assertThat(report.get("expected_source")).isEqualTo(1.0);
        assertThat(report.get("off_topic_cards")).isEqualTo(0.5);
        assertThat(report.get("cards_per_question")).isEqualTo(2.0);
    }

    @Test
    void anIntentsListedSourceCountsAsCitedButNotAsACard() throws Exception {
        AnswerEvaluation.Asker asker = (user, text) -> reply("ค่าคลอด 15,000 บาท",
                card("https://www.thaigov.go.th/news/contents/details/1", "ว่างงาน", "เลิกจ้าง"),
                new Citation("สิทธิคลอดบุตร", MATERNITY_URL, "2022-07-04", "", 0.0));
        JsonNode item = JSON.readTree("{\"id\":\"m\",\"text\":\"คลอดลูกได้เท่าไหร่\",\"kind\":\"specific\","
                + "\"intent\":\"maternity\",\"answer_keys\":[[\"15,000\"]],\"sources\":[\"" + MATERNITY_URL + "\"]}");
        Map<String, Object> report = new AnswerEvaluation(asker, new CardTopics(Map.of())).run(List.of(item));
        assertThat(report.get("expected_source")).isEqualTo(1.0);
        assertThat(report.get("expected_source_in_cards")).isEqualTo(0.0);
        assertThat(report.get("cards_per_question")).isEqualTo(1.0);
        assertThat(report.get("off_topic_cards")).isEqualTo(1.0);
    }

    // ---- off-topic judgement

    @Test
    void indexedTopicsWinOverTheWordsOfThePassage() {
        CardTopics topics = new CardTopics(Map.of(MATERNITY_URL, Set.of("maternity")));
        Citation curated = card(MATERNITY_URL + "/", "title", "ว่างงาน เลิกจ้าง");
        assertThat(topics.topics(curated)).containsExactly("maternity");
        assertThat(topics.offTopic(curated, "unemployment", List.of())).isTrue();
        assertThat(topics.offTopic(curated, "maternity", List.of())).isFalse();
    }

    @Test
    void importedNewsIsJudgedByItsWordsWithTheRelatedTopicAllowance() {
        CardTopics topics = new CardTopics(Map.of());
        Citation flood = card(FLOOD_URL, "ลดเงินสมทบประกันสังคม น้ำท่วม", "ม.39 จาก 432 บาท เหลือ 283 บาท");
        assertThat(topics.topics(flood)).contains("contribution_reduction", "section39");
        assertThat(topics.offTopic(flood, "section39", List.of())).isFalse();
        // contribution_reduction is related to contribution_rates, read both ways
        assertThat(topics.offTopic(card(FLOOD_URL, "ลดเงินสมทบ", "ลดเงินสมทบ"), "contribution_rates", List.of())).isFalse();
        assertThat(topics.offTopic(flood, "dental", List.of())).isTrue();
        Citation childAllowance = card("u", "สงเคราะห์บุตร 1,000 บาท", "");
        assertThat(topics.offTopic(childAllowance, "maternity", List.of())).isFalse();
        assertThat(topics.offTopic(childAllowance, "hospital_change", List.of())).isTrue();
        assertThat(topics.offTopic(childAllowance, "hospital_change", List.of("child_allowance"))).isFalse();
    }

    @Test
    void aCardWithNoRecognisableTopicIsOffTopic() {
        CardTopics topics = new CardTopics(Map.of());
        assertThat(topics.offTopic(card("u", "ครม. อนุมัติงบประมาณถนน", "ก่อสร้างสะพาน"), "old_age", List.of())).isTrue();
    }
}
