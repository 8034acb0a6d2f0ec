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
import th.sso.hotline.knowledge.search.PassageHit;
import th.sso.hotline.knowledge.search.PassageSearch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Time to retrieve the top three passages for a question from the index built from {@code content.dirs}
 * (by default the shipped content and the development corpus), sampled for percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PassageSearchBenchmark {

    static final String[] QUESTIONS = {
        "ลดเงินสมทบเดือนมิถุนา 64 จ่ายเท่าไหร่", "ว่างงานได้เงินกี่เปอร์เซ็นต์", "what is the housing loan rate for insured persons",
        "ม.33 เรารักกัน ได้เงินกี่บาท", "ทำฟันได้ปีละกี่บาท ใช้ได้ถึงวันไหน", "section 40 funeral grant how much",
        "ค่าคลอดบุตรได้เท่าไหร่", "ตรวจโควิดฟรีของประกันสังคมที่ไหน"};

    private ApplicationContext context;
    private PassageSearch search;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() {
        // Measured without the cache of recent searches: every question is new work.
        context = BenchContext.start(Map.of("hotline.search.cache.size", 0));
        search = context.getBean(PassageSearch.class);
    }

    @Benchmark
    public List<PassageHit> search() {
        return search.search(QUESTIONS[Math.floorMod(next.getAndIncrement(), QUESTIONS.length)], null, 3);
    }

    @TearDown
    public void tearDown() {
        context.close();
    }
}
