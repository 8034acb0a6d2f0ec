package th.sso.hotline.knowledge.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DateFactorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final SearchTuning TUNING = configured();

    private static double factor(String announced, String question) {
        return TUNING.dateFactor(LocalDate.parse(announced), QueryDates.of(question), TODAY);
    }

    /** The weights as application.yml gives them: every one of them must be there, under its kebab-case name. */
    private static SearchTuning configured() {
        try {
            JsonNode search = new ObjectMapper(new YAMLFactory())
                    .readTree(SearchTuning.class.getResource("/application.yml")).path("hotline").path("search");
            RecordComponent[] parts = SearchTuning.class.getRecordComponents();
            Class<?>[] types = new Class<?>[parts.length];
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String key = parts[i].getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
                JsonNode value = search.get(key);
                assertThat(value).as("hotline.search." + key + " in application.yml").isNotNull();
                types[i] = parts[i].getType();
                values[i] = types[i] == int.class ? value.asInt()
                        : types[i] == float.class ? (Object) (float) value.asDouble() : (Object) value.asDouble();
            }
            return SearchTuning.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNamedMonthPrefersAnnouncementsFromShortlyBeforeIt() {
        assertThat(factor("2021-05-20", "ลดเงินสมทบเดือนมิถุนา 64")).isEqualTo(1.6);
        assertThat(factor("2021-07-30", "ลดเงินสมทบเดือนมิถุนา 64")).isEqualTo(1.6);
        assertThat(factor("2021-01-10", "ลดเงินสมทบเดือนมิถุนา 64")).as("half a year ahead").isEqualTo(1.4);
        assertThat(factor("2021-08-05", "ลดเงินสมทบเดือนมิถุนา 64")).isEqualTo(1.4);
        assertThat(factor("2021-09-01", "ลดเงินสมทบเดือนมิถุนา 64")).isEqualTo(1.35);
        assertThat(factor("2022-06-01", "ลดเงินสมทบเดือนมิถุนา 64")).isEqualTo(0.75);
    }

    @Test
    void aNamedYearAlsoTakesTheAnnouncementsOfTheQuarterBefore() {
        assertThat(factor("2020-12-22", "ค่าคลอดบุตรปี 64 ได้เท่าไหร่")).isEqualTo(1.35);
        assertThat(factor("2021-06-01", "ค่าคลอดบุตรปี 64 ได้เท่าไหร่")).isEqualTo(1.35);
        assertThat(factor("2020-08-01", "ค่าคลอดบุตรปี 64 ได้เท่าไหร่")).isEqualTo(0.75);
    }

    @Test
    void withoutATimeNewerRulesWinSlightly() {
        double recent = factor("2025-07-16", "ว่างงานได้กี่เปอร์เซ็นต์");
        double old = factor("2020-09-10", "ว่างงานได้กี่เปอร์เซ็นต์");
        assertThat(recent).isGreaterThan(old).isLessThan(1.16);
        assertThat(old).isGreaterThan(1.0);
    }
}
