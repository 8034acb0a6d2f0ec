package th.sso.hotline.staff.web;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Thai readers get Buddhist-era dates and Thai titles, English readers Gregorian dates, both in Bangkok time. */
class FormatsTest {

    private static final Instant AT = Instant.parse("2026-12-03T07:05:09Z");
    private static final Map<String, String> TITLES = Map.of("maternity", "คลอดบุตร", "unemployment", "เงินว่างงาน");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource(ConsoleMessagesFactory.BUNDLE);
    private final Formats thai = new Formats(Locale.forLanguageTag("th"), ZoneId.of("Asia/Bangkok"), TITLES, messages);
    private final Formats english = new Formats(Locale.ENGLISH, ZoneId.of("Asia/Bangkok"), Map.of(), messages);

    @Test
    void thaiDatesAreBuddhistEraWithThaiMonthsInBangkokTime() {
        assertThat(thai.time(AT)).isEqualTo("3 ธ.ค. 2569 14:05");
        assertThat(thai.seconds(AT)).isEqualTo("3 ธ.ค. 2569 14:05:09");
        assertThat(thai.day(LocalDate.of(2026, 5, 1))).isEqualTo("1 พ.ค.");
        assertThat(thai.time(null)).isEmpty();
    }

    @Test
    void englishDatesAreGregorian() {
        assertThat(english.time(AT)).isEqualTo("3 Dec 2026 14:05");
        assertThat(english.seconds(Instant.parse("2026-12-31T17:30:00Z"))).isEqualTo("1 Jan 2027 00:30:00");
    }

    @Test
    void intentsShowTheirTitleAndSortByIt() {
        assertThat(thai.intent("maternity")).isEqualTo("คลอดบุตร");
        assertThat(thai.intent("gone_intent")).isEqualTo("gone_intent");
        assertThat(thai.byTitle(List.of("unemployment", "maternity"))).containsExactly("maternity", "unemployment");
    }

    @Test
    void codedValuesAreTranslatedAndUnknownOnesShownAsTheyAre() {
        assertThat(thai.value("delivery", "sent")).isEqualTo("ส่งแล้ว");
        assertThat(english.value("delivery", "sent")).isEqualTo("sent");
        assertThat(thai.value("channel", "simulator")).isEqualTo("ตัวจำลองแชต");
        assertThat(thai.value("audit.action", "handoff.take")).isEqualTo("รับเรื่องแชต");
        assertThat(english.value("audit.action", "handoff.take")).isEqualTo("Took over a chat");
        assertThat(thai.value("audit.action", "something.new")).isEqualTo("something.new");
        assertThat(thai.value("kind", null)).isEmpty();
    }
}
