package th.sso.hotline.bench;

import io.micronaut.context.ApplicationContext;
import th.sso.hotline.dialogue.DialogueEngine;
import th.sso.hotline.dialogue.Inquiry;
import th.sso.hotline.knowledge.search.PassageSearch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU time of one call of the answer path or of a passage search, per call, as percentiles: the thread's own CPU
 * time is far less swayed than wall time by other processes on a shared machine (JMH measures wall time). Same
 * messages, same context and the same caches off as {@link AnswerPathBenchmark} and {@link PassageSearchBenchmark}.
 * <p>
 * {@code java -cp CP th.sso.hotline.bench.CpuTimes [answer|search] [rounds]} (see {@code scripts/bench-cpu.sh}).
 */
public final class CpuTimes {

    private CpuTimes() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "answer";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        boolean answer = what.equals("answer");
        String[] texts = answer ? AnswerPathBenchmark.MESSAGES : PassageSearchBenchmark.QUESTIONS;
        try (ApplicationContext context = BenchContext.start(Map.of("hotline.model-dir", System.getProperty("model.dir", "target/bench-model"),
                "hotline.search.cache.size", 0, "hotline.nlu.cache-size", 0))) {
            DialogueEngine engine = context.getBean(DialogueEngine.class);
            PassageSearch search = context.getBean(PassageSearch.class);
            Runnable[] calls = new Runnable[texts.length];
            for (int i = 0; i < texts.length; i++) {
                String text = texts[i];
                calls[i] = answer ? () -> engine.answer(new Inquiry(text, Optional.empty(), Optional.empty()))
                        : () -> search.search(text, null, 3);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            // Warm-up: the JIT compiles the path before anything is counted.
            for (int r = 0; r < Math.max(50, rounds / 2); r++) {
                for (Runnable call : calls) {
                    call.run();
                }
            }
            long[] cpu = new long[rounds * calls.length];
            long[] wall = new long[cpu.length];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (Runnable call : calls) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    call.run();
                    wall[n] = System.nanoTime() - w0;
                    cpu[n++] = threads.getCurrentThreadCpuTime() - c0;
                }
            }
            System.out.printf("%s: %d calls (%d texts x %d rounds)%n", what, n, calls.length, rounds);
            System.out.println("  cpu  " + percentiles(cpu));
            System.out.println("  wall " + percentiles(wall));
        }
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        StringBuilder out = new StringBuilder();
        for (double p : new double[] {0.5, 0.9, 0.99, 1.0}) {
            int i = Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1);
            out.append(String.format("p%s %.3f ms  ", p == 1.0 ? "100" : String.valueOf(Math.round(p * 100)),
                    sorted[i] / 1e6));
        }
        return out.toString().strip();
    }
}
