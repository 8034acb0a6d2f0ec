package th.sso.hotline.staff.review;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.sso.hotline.staff.console.TurnFilter;
import th.sso.hotline.staff.console.TurnView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * Turns as CSV for Excel: UTF-8 with a byte-order mark (so Thai shows), RFC 4180 quoting by Commons CSV, Bangkok
 * times, and cells that a spreadsheet would run as a formula (=, +, -, @) prefixed with an apostrophe.
 */
public final class TurnsCsv implements AutoCloseable {

    public static final String BOM = "\uFEFF";
    static final String[] HEADER = {"turn_id", "conversation_id", "time_bangkok", "channel", "kind", "lang",
        "question", "reply", "intent", "confidence", "fallback", "handoff", "latency_ms", "delivery", "agent",
        "review", "correct_intent", "reviewer", "review_note"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(TurnFilter.ZONE);

    private final CSVPrinter printer;

    public TurnsCsv(Writer out) throws IOException {
        out.write(BOM);
        this.printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(HEADER).get());
    }

    public void write(TurnView t) {
        try {
            printer.printRecord(t.id(), t.conversationId(), TIME.format(t.createdAt()), t.channel(), t.kind(),
                    t.lang(), cell(t.question()), cell(t.replyText()), t.intent(),
                    t.confidence() == null ? null : String.format(java.util.Locale.ROOT, "%.3f", t.confidence()),
                    t.fallback(), t.handoff(), t.latencyMs(), t.delivery(), t.agent(), t.verdict(), t.correctIntent(),
                    t.reviewer(), cell(t.reviewNote()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
