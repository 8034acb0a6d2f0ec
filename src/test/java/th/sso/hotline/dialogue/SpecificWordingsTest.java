package th.sso.hotline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.sso.hotline.nlu.ExampleAnalyses;
import th.sso.hotline.nlu.FeatureExtractor;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentFiles;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.TextNormalizer;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wordings that are not among any specific's examples still reach the specific answer that applies the rule to the
 * person's case (the shipped intents, the real feature extractor), and a general question keeps the overview.
 */
class SpecificWordingsTest {

    private static final Path INTENTS = Path.of("intents");
    private static final FeatureExtractor FEATURES =
            new FeatureExtractor(new TextAnalysis(IntentFiles.readGlossary(INTENTS)), new TextNormalizer());
    private static final SpecificAnswers SPECIFICS = new SpecificAnswers(new IntentCatalog(IntentFiles.readIntents(INTENTS)),
            FEATURES, new ExampleAnalyses(FEATURES));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            maternity        | ตั้งครรภ์ห้าเดือน ส่งเงินสมทบได้แค่สองเดือน คลอดแล้วจะมีสิทธิ์ค่าคลอดไหม     | maternity_few_months_paid
            section39        | ออกจากงานมาสามเดือน อยากส่งประกันสังคมเองต่อ ยังทันอยู่ไหม                | s39_keep_paying_soon_after_leaving
            section39        | เป็นฟรีแลนซ์ไม่เคยมีนายจ้าง สมัคร ม.39 ได้ไหม                               | s39_never_employed_freelancer
            unemployment     | ลาออกเองเมื่อสองอาทิตย์ก่อน ยังมีสิทธิ์ได้เงินว่างงานไหมคะ                   | unemployment_resigned_still_eligible
            migrant_workers  | expat engineer moving home for good, can SSO give back the money I paid in | migrant_going_home_refund
            work_injury      | ขับมอเตอร์ไซค์ไปทำงานแล้วถูกรถชน เบิกกองทุนเงินทดแทนได้หรือไม่            | work_injury_commuting_accident
            """)
    void theCaseSpecificAnswerIsChosen(String intent, String message, String expected) {
        assertThat(SPECIFICS.find(intent, message)).as(message).hasValueSatisfying(m ->
                assertThat(m.specific().id()).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            unemployment | ว่างงานได้เงินเท่าไหร่
            maternity    | ค่าคลอดประกันสังคมได้กี่บาท
            section39    | มาตรา 39 คืออะไร
            """)
    void aGeneralQuestionKeepsTheOverview(String intent, String message) {
        assertThat(SPECIFICS.find(intent, message)).as(message).isEmpty();
    }
}
