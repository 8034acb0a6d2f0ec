package th.sso.hotline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micronaut.context.ApplicationContext;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.evaluation.AnswerEvaluation;
import th.sso.hotline.dialogue.DialogueProperties;
import th.sso.hotline.evaluation.CardTopics;
import th.sso.hotline.evaluation.CrossValidation;
import th.sso.hotline.nlu.FeatureExtractor;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentClassifier;
import th.sso.hotline.nlu.NluProperties;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.evaluation.IntentEvaluation;
import th.sso.hotline.knowledge.KnowledgeBase;
import th.sso.hotline.knowledge.search.PassageHit;
import th.sso.hotline.knowledge.search.PassageSearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line tools run from the same jar, {@code java -jar hotline.jar <command> ...}:
 * {@code eval --intents FILE.jsonl [--split tune|locked] [--cv [K]] [--corpus FILE.jsonl] [--answers FILE.jsonl] [--json OUT]
 * [--floors FILE]} scores the assistant in-process on labelled questions (with {@code --answers}, what its replies
 * say: answer keys, expected source cards, off-topic cards, per kind and language) (with {@code --split}, only that half of a split set,
 * and only the floors written {@code half.section.metric}) and fails (exit 1) when a figure falls below its
 * pinned floor; {@code --cv K} adds grouped K-fold cross-validation over the {@code intents/} examples (default 5);
 * {@code import [--content DIR,DIR]} rebuilds the passage index with a progress bar and a closing report;
 * {@code search --q "question" [--topic INTENT] [--limit N]} shows what retrieval ranks for a question, with
 * scores, so an author can see why an announcement is or is not cited;
 * {@code review} lists what the console's "Rules to check" page lists: figures due to change or not confirmed for a
 * year, and curated statements whose cited announcements are missing or do not state their figures;
 * {@code line info|webhook|richmenu ...} sets up the LINE channel through the SDK (see {@link LineCommand}).
 */
public final class Commands {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Commands() {
    }

    public static int run(String[] args) {
        Map<String, String> options = options(args);
        try {
            return switch (args[0]) {
                case "eval" -> eval(options);
                case "import", "reindex" -> ImportCommand.run(options);
                case "search" -> search(options);
                case "review" -> review();
                case "line" -> new LineCommand(System.getenv(), System.out, System.err).run(args);
                default -> usage("unknown command: " + args[0]);
            };
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static int eval(Map<String, String> options) throws IOException {
        if (!options.containsKey("intents") && !options.containsKey("corpus") && !options.containsKey("answers")
                && !options.containsKey("cv")) {
            return usage("eval needs --intents FILE, --corpus FILE, --answers FILE and/or --cv [K]");
        }
        String split = options.get("split");
        if (split != null && !split.equals("tune") && !split.equals("locked")) {
            return usage("--split must be tune or locked");
        }
        Map<String, Object> properties = offline();
        Map<String, Object> report = new LinkedHashMap<>();
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            if (options.containsKey("intents")) {
                report.put("intents", new IntentEvaluation(context.getBean(ChatService.class))
                        .run(IntentEvaluation.onlySplit(readJsonl(Path.of(options.get("intents"))), split)));
            }
            if (options.containsKey("cv")) {
                String k = options.get("cv");
                report.put("cv", crossValidation(context).run(
                        IntentClassifier.examplesByLabel(context.getBean(IntentCatalog.class)),
                        k.equals("true") ? 5 : Integer.parseInt(k), 20261203L));
            }
            if (options.containsKey("corpus")) {
                report.put("corpus", new th.sso.hotline.evaluation.RetrievalEvaluation(context.getBean(ChatService.class))
                        .run(readJsonl(Path.of(options.get("corpus")))));
            }
            if (options.containsKey("answers")) {
                ChatService chat = context.getBean(ChatService.class);
                report.put("answers", new AnswerEvaluation(
                        (user, text) -> chat.ask(new Exchange(Channel.API, user, null), text, Optional.empty()).reply(),
                        CardTopics.fromIndex(context.getBean(KnowledgeBase.class)))
                        .run(readJsonl(Path.of(options.get("answers")))));
            }
        }
        String json = JSON.writeValueAsString(report);
        if (options.containsKey("json")) {
            Files.writeString(Path.of(options.get("json")), json);
        }
        System.out.println(summary(report));
        if (options.containsKey("floors")) {
            // --floors-prefix picks one set of floors in a shared file (e.g. content.* or corpus.* for the same
            // questions scored on different content); a split set uses its half as the prefix.
            String prefix = options.getOrDefault("floors-prefix", split);
            // --floors-skip names sections this run could not score on purpose (retrieval without the corpus).
            Set<String> skip = options.containsKey("floors-skip")
                    ? Set.of(options.get("floors-skip").split(",")) : Set.of();
            skip.forEach(s -> System.out.println("NOT CHECKED (--floors-skip): " + s + ".*"));
            List<String> below = Floors.check(report, Path.of(options.get("floors")), prefix, skip);
            below.forEach(b -> System.out.println("BELOW FLOOR: " + b));
            return below.isEmpty() ? 0 : 1;
        }
        return 0;
    }

    private static CrossValidation crossValidation(ApplicationContext context) {
        DialogueProperties dialogue = context.getBean(DialogueProperties.class);
        return new CrossValidation(context.getBean(FeatureExtractor.class), context.getBean(TextNormalizer.class),
                context.getBean(NluProperties.class).getNlu().getTemperature(),
                context.getBean(NluProperties.class).getNlu().getOtherSchemeWeight(),
                context.getBean(NluProperties.class).getNlu().getLongMessageTemperature(),
                new CrossValidation.AnswerRule(dialogue.getAnswerThreshold(), dialogue.getOutOfScopeRatio()));
    }

    private static int review() {
        try (ApplicationContext context = ApplicationContext.builder().properties(offline()).start()) {
            java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class)
                    .withZone(java.time.ZoneId.of("Asia/Bangkok")));
            var figures = th.sso.hotline.knowledge.rules.FigureReview.findings(
                    context.getBean(th.sso.hotline.knowledge.rules.FigureBook.class), today);
            System.out.println("Figures to check (" + figures.size() + "):");
            figures.forEach(f -> System.out.println("  " + f.figure().id() + "  " + f.reason()
                    + (f.version() == null ? "" : "  value " + f.version().value() + " from " + f.version().from()
                    + " confirmed " + f.version().confirmed() + "  " + f.version().source())));
            var statements = context.getBean(th.sso.hotline.dialogue.StatementReview.class).findings();
            System.out.println("Statements to check (" + statements.size() + "):");
            statements.forEach(s -> System.out.println("  " + s.intent() + "/" + (s.specific() == null ? "overview"
                    : s.specific()) + "  " + s.reason() + (s.figures().isEmpty() ? "" : "  " + s.figures())
                    + "  " + s.sources()));
        }
        return 0;
    }

    private static int search(Map<String, String> options) {
        String question = options.get("q");
        if (question == null || question.isBlank()) {
            return usage("search needs --q \"a question\"");
        }
        int limit = Integer.parseInt(options.getOrDefault("limit", "10"));
        try (ApplicationContext context = ApplicationContext.builder().properties(offline()).start()) {
            List<PassageHit> hits = context.getBean(PassageSearch.class).search(question, options.get("topic"), limit);
            int rank = 1;
            for (PassageHit hit : hits) {
                System.out.printf("%2d  %7.3f  %s  %s%n    %s%n    %s%n", rank++, hit.score(), hit.date(),
                        hit.url() == null ? hit.announcementId() : hit.url(), hit.title(),
                        hit.text().replaceAll("\\s+", " ").substring(0, Math.min(240, hit.text().length())));
            }
            if (hits.isEmpty()) {
                System.out.println("no passage matches");
            }
        }
        return 0;
    }

    /** A context for command-line work: a private in-memory database, no HTTP server, no inbox sweeps. */
    static Map<String, Object> offline() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:h2:mem:cli;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        properties.put("line.sweep-initial-delay", "1h");
        properties.put("micronaut.server.enabled", false);
        properties.put("hotline.staff.bootstrap-admin", false);
        return properties;
    }

    private static String summary(Map<String, Object> report) throws IOException {
        Map<String, Object> copy = new LinkedHashMap<>();
        report.forEach((k, v) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> section = new LinkedHashMap<>((Map<String, Object>) v);
            Object misses = section.remove("misses");
            if (misses instanceof List<?> l) {
                section.put("misses", l.size() + " (see --json)");
            }
            copy.put(k, section);
        });
        return JSON.writeValueAsString(copy);
    }

    private static List<JsonNode> readJsonl(Path path) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        for (String line : Files.readAllLines(path)) {
            if (!line.isBlank()) {
                items.add(JSON.readTree(line));
            }
        }
        return items;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                out.put(key, i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
            }
        }
        return out;
    }

    private static int usage(String why) {
        System.err.println(why);
        System.err.println("usage: java -jar sso-hotline.jar eval [--intents FILE.jsonl [--split tune|locked]] "
                + "[--cv [K]] [--corpus FILE.jsonl] [--answers FILE.jsonl] [--json REPORT.json] [--floors FLOORS.properties "
                + "[--floors-prefix NAME] [--floors-skip SECTION,...]]\n"
                + "       java -jar sso-hotline.jar import [--content DIR,DIR]\n"
                + "       java -jar sso-hotline.jar search --q \"question\" [--topic INTENT] [--limit N]\n"
                + "       java -jar sso-hotline.jar review\n"
                + LineCommand.USAGE.replace("usage: ", "       "));
        return 2;
    }
}
