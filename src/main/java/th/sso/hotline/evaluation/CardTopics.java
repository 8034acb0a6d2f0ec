package th.sso.hotline.evaluation;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.Bits;
import th.sso.hotline.dialogue.Citation;
import th.sso.hotline.knowledge.KnowledgeBase;
import th.sso.hotline.knowledge.index.PassageFields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a source card is about, to judge whether it belongs with a question.
 * <p>
 * A card whose announcement carries indexed topics (the project's own articles in {@code content/}, which name
 * their source announcement's URL) takes those topics. Imported news carries none, so its topics are read from
 * the card's title and passage with the keyword table {@link #KEYWORDS}: every topic whose keywords occur.
 * A card is <b>off topic</b> when none of its topics is the question's intent, a topic related to it
 * ({@link #RELATED}, read both ways) or one of the question's extra intents (the second part of a two-part
 * question); a card with no recognisable topic at all is off topic too, since it cannot be shown to help.
 */
public final class CardTopics {

    /**
     * The related-topic allowance: a card on one of these topics is fair for a question on the key topic,
     * because a good answer to the one routinely points to the other (childbirth and child allowance; leaving a
     * job, unemployment and Section 39; what Section 40 pays covers sickness, invalidity, death, old age and
     * children; contributions, their payment and their cuts; employers registering staff; medical care, dental
     * care and the registered hospital; work injuries and the invalidity and death they cause).
     */
    static final Map<String, List<String>> RELATED = Map.ofEntries(
            Map.entry("maternity", List.of("child_allowance")),
            Map.entry("unemployment", List.of("leaving_job", "section39", "payment_status")),
            Map.entry("leaving_job", List.of("section39")),
            Map.entry("section39", List.of("contribution_rates", "contribution_payment", "contribution_reduction")),
            Map.entry("section40", List.of("contribution_rates", "contribution_payment", "sickness_benefit",
                    "invalidity", "death_benefit", "old_age", "child_allowance")),
            Map.entry("contribution_rates", List.of("contribution_payment", "contribution_reduction", "section40")),
            Map.entry("contribution_payment", List.of("contribution_reduction", "employer_registration")),
            Map.entry("employer_registration", List.of("section33_registration", "complaint")),
            Map.entry("section33_registration", List.of("migrant_workers")),
            Map.entry("old_age", List.of("old_age_three_requests", "death_benefit")),
            Map.entry("work_injury", List.of("invalidity", "death_benefit", "sickness_benefit")),
            Map.entry("sickness_benefit", List.of("dental", "hospital_change", "invalidity")),
            Map.entry("check_rights", List.of("online_services", "payment_status")),
            Map.entry("covid_relief", List.of("contribution_reduction")),
            Map.entry("contact_sso", List.of("complaint", "talk_to_staff", "online_services")));

    /** Keywords that mark an imported announcement's passage as being about a topic (lower case). */
    static final Map<String, List<String>> KEYWORDS = keywords();

    private final Map<String, Set<String>> indexed;

    public CardTopics(Map<String, Set<String>> indexedTopicsByUrl) {
        Map<String, Set<String>> copy = new HashMap<>();
        indexedTopicsByUrl.forEach((u, t) -> copy.put(normaliseUrl(u), Set.copyOf(t)));
        this.indexed = copy;
    }

    /** Reads the indexed topics of every announcement that has a URL, once. */
    public static CardTopics fromIndex(KnowledgeBase knowledge) {
        return new CardTopics(knowledge.withSearcher(searcher -> {
            Map<String, Set<String>> byUrl = new HashMap<>();
            IndexReader reader = searcher.getIndexReader();
            try {
                for (LeafReaderContext leaf : reader.leaves()) {
                    StoredFields fields = leaf.reader().storedFields();
                    Bits live = leaf.reader().getLiveDocs();
                    for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                        if (live != null && !live.get(i)) {
                            continue;
                        }
                        Document d = fields.document(i, Set.of(PassageFields.URL, PassageFields.TOPICS));
                        String url = d.get(PassageFields.URL);
                        String[] topics = d.getValues(PassageFields.TOPICS);
                        if (url != null && topics.length > 0) {
                            byUrl.computeIfAbsent(url, k -> new HashSet<>()).addAll(List.of(topics));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return byUrl;
        }));
    }

    /** The card's topics: its announcement's indexed topics, or else those its title and passage name. */
    public Set<String> topics(Citation card) {
        Set<String> own = indexed.get(normaliseUrl(card.url()));
        if (own != null && !own.isEmpty()) {
            return own;
        }
        return inferred((card.title() == null ? "" : card.title()) + "\n" + (card.passage() == null ? "" : card.passage()));
    }

    static Set<String> inferred(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        Set<String> out = new TreeSet<>();
        KEYWORDS.forEach((topic, words) -> {
            if (words.stream().anyMatch(t::contains)) {
                out.add(topic);
            }
        });
        return out;
    }

    /** The topics a card may have and still be on topic for a question on {@code intent}. */
    static Set<String> allowed(String intent, List<String> extra) {
        Set<String> out = new HashSet<>();
        List<String> intents = new java.util.ArrayList<>(extra);
        intents.add(intent);
        for (String i : intents) {
            out.add(i);
            out.addAll(RELATED.getOrDefault(i, List.of()));
            RELATED.forEach((k, v) -> {
                if (v.contains(i)) {
                    out.add(k);
                }
            });
        }
        return out;
    }

    /** Whether a card on {@code cardTopics} is off topic for a question on {@code intent} (plus {@code extra}). */
    static boolean offTopic(Set<String> cardTopics, String intent, List<String> extra) {
        Set<String> allowed = allowed(intent, extra);
        return cardTopics.stream().noneMatch(allowed::contains);
    }

    public boolean offTopic(Citation card, String intent, List<String> extra) {
        return offTopic(topics(card), intent, extra);
    }

    static String normaliseUrl(String url) {
        String u = url == null ? "" : url.trim().replace("http://", "https://");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static Map<String, List<String>> keywords() {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("unemployment", List.of("ว่างงาน", "เลิกจ้าง", "unemploy", "laid off", "lay off"));
        k.put("maternity", List.of("คลอดบุตร", "ฝากครรภ์", "ค่าคลอด", "childbirth", "maternity"));
        k.put("child_allowance", List.of("สงเคราะห์บุตร", "child allowance"));
        k.put("old_age", List.of("ชราภาพ", "บำนาญ", "บำเหน็จ", "old-age", "old age", "pension"));
        k.put("dental", List.of("ทันตกรรม", "ทำฟัน", "ขูดหินปูน", "อุดฟัน", "ถอนฟัน", "dental"));
        k.put("sickness_benefit", List.of("ตรวจสุขภาพ", "รักษาพยาบาล", "สถานพยาบาล", "โรคไต", "ฟอกเลือด", "ล้างไต",
                "เจ็บป่วย", "medical", "dialysis", "health check", "hospital"));
        k.put("work_injury", List.of("กองทุนเงินทดแทน", "เนื่องจากการทำงาน", "ประสบอันตราย", "work injur",
                "workmen", "compensation fund"));
        k.put("death_benefit", List.of("ค่าทำศพ", "ค่าจัดการศพ", "funeral"));
        k.put("invalidity", List.of("ทุพพลภาพ", "invalidity", "disabilit"));
        k.put("housing_loan", List.of("สินเชื่อที่อยู่อาศัย", "ธอส", "housing loan", "home loan"));
        k.put("contribution_reduction", List.of("ลดเงินสมทบ", "ลดอัตราเงินสมทบ", "ลดหย่อนการออกเงินสมทบ",
                "contribution cut", "contribution reduction"));
        k.put("contribution_rates", List.of("อัตราเงินสมทบ", "เงินสมทบ", "contribution"));
        k.put("contribution_payment", List.of("นำส่งเงินสมทบ", "ยื่นแบบรายการ", "ชำระเงินสมทบ"));
        k.put("section39", List.of("มาตรา 39", "ม.39", "ม. 39", "section 39"));
        k.put("section40", List.of("มาตรา 40", "ม.40", "ม. 40", "section 40"));
        k.put("employer_registration", List.of("ขึ้นทะเบียนนายจ้าง", "ขึ้นทะเบียนลูกจ้าง", "แจ้งขึ้นทะเบียน",
                "นายจ้าง", "employer"));
        k.put("section33_registration", List.of("แจ้งเข้า", "ขึ้นทะเบียนผู้ประกันตน", "มาตรา 33", "ม.33", "section 33"));
        k.put("hospital_change", List.of("เปลี่ยนสถานพยาบาล", "เปลี่ยนโรงพยาบาล", "change hospital"));
        k.put("covid_relief", List.of("โควิด", "เรารักกัน", "เยียวยา", "covid"));
        k.put("migrant_workers", List.of("แรงงานต่างด้าว", "คนต่างด้าว", "migrant", "foreign worker"));
        k.put("contact_sso", List.of("1506"));
        k.put("online_services", List.of("e-service", "e-self service", "sso connect", "sso plus", "แอปพลิเคชัน"));
        k.put("leaving_job", List.of("ลาออก", "สิ้นสุดความเป็นผู้ประกันตน", "resign"));
        return Map.copyOf(k);
    }
}
