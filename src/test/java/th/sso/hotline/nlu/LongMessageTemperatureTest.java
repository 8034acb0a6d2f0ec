package th.sso.hotline.nlu;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.TextNormalizer;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The classifier's temperature follows the length of the message: the short-message temperature up to 20 words, the
 * long-message one from 40, in proportion between; and a long message read with the lower temperature is more
 * confident of the same intent, while a short one is read as before.
 */
class LongMessageTemperatureTest {

    private static TextAnalysis analysis;
    private static IntentClassifier classifier;
    private static IntentClassifier oneTemperature;

    @BeforeAll
    static void train() {
        analysis = new TextAnalysis(IntentFiles.readGlossary(Path.of("intents")));
        IntentCatalog catalog = new IntentCatalog(IntentFiles.readIntents(Path.of("intents")));
        FeatureExtractor extractor = new FeatureExtractor(analysis, new TextNormalizer());
        classifier = new IntentClassifier(catalog, extractor, 0.7, IntentClassifier.DEFAULT_OTHER_SCHEME_WEIGHT, 0.5);
        oneTemperature = new IntentClassifier(catalog, extractor, 0.7, IntentClassifier.DEFAULT_OTHER_SCHEME_WEIGHT, 0.7);
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    private static String words(int n) {
        return "word ".repeat(n).strip();
    }

    @Test
    void theTemperatureMovesFromShortToLongBetweenTwentyAndFortyWords() {
        assertThat(classifier.temperatureFor("ตกงานได้เงินไหม")).isEqualTo(0.7);
        assertThat(classifier.temperatureFor(words(20))).isEqualTo(0.7);
        assertThat(classifier.temperatureFor(words(30))).isCloseTo(0.6, within(1e-9));
        assertThat(classifier.temperatureFor(words(40))).isCloseTo(0.5, within(1e-9));
        assertThat(classifier.temperatureFor(words(90))).isCloseTo(0.5, within(1e-9));
        // Thai counts one word per three letters: 120 Thai letters are 40 words.
        assertThat(classifier.temperatureFor("ก".repeat(120))).isCloseTo(0.5, within(1e-9));
        assertThat(oneTemperature.temperatureFor(words(90))).isEqualTo(0.7);
    }

    @Test
    void aLongMessageIsReadAsTheSameIntentMoreSurelyAndAShortOneAsBefore() {
        String story = "I have worked at a factory in Rayong for six years and my contract ends at the end of this month "
                + "because the company is moving its production line to Vietnam and HR gave us a letter about it "
                + "yesterday. How much unemployment money can I get from social security and for how many months?";
        Classification sharp = classifier.classify(story);
        Classification flat = oneTemperature.classify(story);
        assertThat(sharp.intent()).isEqualTo(flat.intent()).isEqualTo("unemployment");
        assertThat(sharp.confidence()).isGreaterThan(flat.confidence());
        String shortOne = "ตกงานได้เงินไหม";
        assertThat(classifier.classify(shortOne).confidence()).isEqualTo(oneTemperature.classify(shortOne).confidence());
    }
}
