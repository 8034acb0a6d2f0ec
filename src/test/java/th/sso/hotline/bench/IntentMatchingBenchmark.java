package th.sso.hotline.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import th.sso.hotline.nlu.Classification;
import th.sso.hotline.nlu.FeatureExtractor;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentClassifier;
import th.sso.hotline.nlu.IntentFiles;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.TextNormalizer;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Time to classify one chat message (normalise, analyse, featurise, score), sampled for percentiles. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IntentMatchingBenchmark {

    private static final String[] MESSAGES = {
        "ตกงานได้เงินชดเชยไหมคะ", "สมัครมาตรา40ยังไงครับ", "how much is the child allowance per month",
        "เพิ่งลาออกจากงานเดือนที่แล้ว อายุ 45 ส่งมา 10 ปี อยากส่งต่อเองต้องทำยังไงบ้างคะ ต้องไปที่สำนักงานไหม",
        "ทำฟันได้ปีละเท่าไหร่", "ราคาทองวันนี้", "wang ngan dai ngern tao rai", "ขอคุยกับเจ้าหน้าที่หน่อยครับ",
        "ฝากครรภ์เบิกได้ไหมมมม", "บัตรทองเปลี่ยนโรงพยาบาลยังไง"};

    private IntentClassifier classifier;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() {
        Path intents = Path.of(System.getProperty("intents.dir", "intents"));
        TextAnalysis analysis = new TextAnalysis(IntentFiles.readGlossary(intents));
        classifier = new IntentClassifier(new IntentCatalog(IntentFiles.readIntents(intents)),
                new FeatureExtractor(analysis, new TextNormalizer()), 0.7);
    }

    @Benchmark
    public Classification classify() {
        return classifier.classify(MESSAGES[Math.floorMod(next.getAndIncrement(), MESSAGES.length)]);
    }
}
