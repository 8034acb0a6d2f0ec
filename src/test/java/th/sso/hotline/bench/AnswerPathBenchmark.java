package th.sso.hotline.bench;

import io.micronaut.context.ApplicationContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import th.sso.hotline.dialogue.DialogueEngine;
import th.sso.hotline.dialogue.Inquiry;
import th.sso.hotline.dialogue.Reply;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole answer of one message in process: language, intent classification, retrieval over the index built
 * from {@code content.dirs} (by default the shipped content and the announcement corpus), the curated or
 * passage answer and its LINE messages. No database and no HTTP are on this path; sampled for percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnswerPathBenchmark {

    static final String[] MESSAGES = {
        "ตกงานได้เงินกี่เปอร์เซ็นต์คะ", "ม.33 เรารักกัน ได้เงินกี่บาท", "how much is the child allowance per month",
        "เพิ่งลาออกจากงานเดือนที่แล้ว อายุ 45 ส่งมา 10 ปี อยากส่งต่อเองต้องทำยังไงบ้างคะ",
        "ทำฟันได้ปีละกี่บาท ใช้ได้ถึงวันไหน", "section 40 funeral grant how much", "ค่าคลอดบุตรได้เท่าไหร่",
        "ลดเงินสมทบเดือนมิถุนา 64 จ่ายเท่าไหร่", "เงินเดือน 12000 ส่งเงินสมทบเดือนละเท่าไหร่", "ราคาทองวันนี้"};

    private ApplicationContext context;
    private DialogueEngine engine;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() {
        // Measured without the caches of recent searches and classifications: every message is new work.
        context = BenchContext.start(Map.of("hotline.model-dir", System.getProperty("model.dir", "target/bench-model"),
                "hotline.search.cache.size", 0, "hotline.nlu.cache-size", 0));
        engine = context.getBean(DialogueEngine.class);
    }

    @Benchmark
    public Reply answer() {
        String text = MESSAGES[Math.floorMod(next.getAndIncrement(), MESSAGES.length)];
        return engine.answer(new Inquiry(text, Optional.empty(), Optional.empty()));
    }

    @TearDown
    public void tearDown() {
        context.close();
    }
}
