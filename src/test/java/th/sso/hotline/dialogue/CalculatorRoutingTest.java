package th.sso.hotline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.IntentFiles;
import th.sso.hotline.nlu.slots.SlotReader;
import th.sso.hotline.text.TextNormalizer;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which calculator a wage question asks for, with the real intents of {@code intents/}. */
class CalculatorRoutingTest {

    private static final IntentCatalog CATALOG = new IntentCatalog(IntentFiles.readIntents(Path.of("intents")));
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private final CalculatorRouting routing = new CalculatorRouting(CATALOG, new SlotReader(NORMALIZER), NORMALIZER);

    @ParameterizedTest(name = "{0} read as {1} after {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a wage and why the job ended: what the person receives, not what is deducted
            "ลาออกเองเงินเดือน 15000 ได้รวมทั้งหมดเท่าไหร่ | contribution_rates | - | unemployment",
            "I quit my job. My salary was 10,000 baht. How much per month and for how long? | contribution_rates | - | unemployment",
            // the fund as the payer is what the person receives, not a contribution question
            "โดนเลิกจ้างเมื่อวาน ค่าจ้าง 18,000 สปส.จะจ่ายให้เดือนละกี่บาท | contribution_rates | - | unemployment",
            "Laid off last week, salary 22,000. How much will SSO pay me each month? | contribution_rates | - | unemployment",
            // harm at work, with a wage
            "Hurt on the job, earning 25,000 a month. How much compensation per month while I recover? | contribution_rates | - | work_injury",
            "ค่าจ้าง 30000 ทุพพลภาพจากการทำงาน ได้เดือนละเท่าไร | invalidity | - | work_injury",
            // without a wage there is nothing to calculate: the classifier's reading stands
            "If a worker dies on the job, what do the heirs get? | death_benefit | - | -",
            // right after a benefit question, a wage and 'how much will I get' continue it
            "เงินเดือน 14000 จะได้เดือนละเท่าไหร่ | contribution_rates | unemployment | unemployment",
            // paying in stays a contribution question, whatever came before
            "เงินเดือน 14000 ต้องจ่ายประกันสังคมเดือนละเท่าไหร่ | contribution_rates | unemployment | -",
            "Salary 20,000, how much is deducted? | contribution_rates | - | -",
            "ลาออกแล้ว เงินเดือน 15000 ถูกหักเท่าไหร่ | contribution_rates | - | -",
            // a wage alone, no benefit asked, no topic before: the reading stands
            "เงินเดือน 14000 ได้เท่าไหร่ | contribution_rates | - | -",
            // a clear benefit reading with a calculator of its own is kept
            "ลาออกเอง เงินเดือน 12,000 ได้เงินว่างงานเดือนละเท่าไร | unemployment | - | -",
            // an illness at home is no work injury
            "ตายเพราะป่วยที่บ้าน ได้ค่าทำศพเท่าไหร่ | death_benefit | - | -",
    })
    void routes(String message, String read, String previous, String expected) {
        assertThat(routing.route(message, read, previous).map(IntentDefinition::id).orElse(null)).isEqualTo(expected);
    }
}
