package th.sso.hotline.knowledge.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Reads every announcement under the configured content directories ({@code CONTENT_DIRS}). Files are read in
 * parallel but judged in a fixed order (directories as listed, then paths sorted), so the first copy of a
 * duplicate is always the one kept. Unusable files are skipped with a reason; loading never fails on content.
 */
public final class CorpusLoader {

    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;
    private static final Set<String> TEXT_EXTENSIONS = Set.of("md", "markdown", "txt", "text");

    /** Called from the reading threads as files are read; must be thread-safe. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void filesRead(int done, int total);
    }

    private final List<AnnouncementReader> readers;
    private final long maxFileBytes;

    public CorpusLoader() {
        this(defaultReaders(), DEFAULT_MAX_FILE_BYTES);
    }

    /** @param readers tried in order; the first that accepts a file reads it */
    public CorpusLoader(List<AnnouncementReader> readers, long maxFileBytes) {
        this.readers = List.copyOf(readers);
        this.maxFileBytes = maxFileBytes;
    }

    public static List<AnnouncementReader> defaultReaders() {
        return List.of(new MarkdownContentReader(), new PlainTextDumpReader(), new ScrapedPageReader());
    }

    public CorpusLoad load(List<Path> roots) {
        return load(roots, Progress.NONE);
    }

    public CorpusLoad load(List<Path> roots, Progress progress) {
        long started = System.nanoTime();
        ImportReport.Builder report = new ImportReport.Builder();
        List<Path> files = listFiles(roots, report);
        AtomicInteger done = new AtomicInteger();
        List<Outcome> outcomes = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> {
                    Outcome outcome = read(files.get(i));
                    progress.filesRead(done.incrementAndGet(), files.size());
                    return outcome;
                })
                .toList();

        DuplicateIndex duplicates = new DuplicateIndex();
        List<Announcement> kept = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i).toString();
            Outcome outcome = outcomes.get(i);
            report.fileRead();
            if (outcome.skipped() != null) {
                report.skipped(outcome.skipped(), path);
                continue;
            }
            Announcement a = outcome.announcement();
            Optional<DuplicateIndex.Match> match = duplicates.addIfNew(kept.size(), a.id(), outcome.fingerprint());
            if (match.isPresent()) {
                report.duplicate(path, kept.get(match.get().keptItem()).origin(), match.get().why());
            } else {
                kept.add(a);
                report.kept();
            }
        }
        return new CorpusLoad(kept, report.build((System.nanoTime() - started) / 1_000_000));
    }

    private record Outcome(Announcement announcement, DuplicateIndex.Fingerprint fingerprint, SkipReason skipped) {
    }

    private Outcome read(Path file) {
        try {
            if (!isTextFileName(file)) {
                throw new SkipReason(SkipReason.Kind.UNSUPPORTED, null);
            }
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new SkipReason(SkipReason.Kind.TOO_LARGE, String.format("%,d bytes", size));
            }
            String text = TextDecoding.decode(Files.readAllBytes(file));
            for (AnnouncementReader reader : readers) {
                if (reader.accepts(file, text)) {
                    Optional<Announcement> a = reader.read(file, text);
                    if (a.isPresent()) {
                        return new Outcome(a.get(), DuplicateIndex.fingerprint(a.get().body()), null);
                    }
                }
            }
            throw new SkipReason(SkipReason.Kind.NO_READER, null);
        } catch (SkipReason reason) {
            return new Outcome(null, null, reason);
        } catch (IOException e) {
            return new Outcome(null, null, new SkipReason(SkipReason.Kind.UNREADABLE, e.toString()));
        } catch (RuntimeException e) {
            return new Outcome(null, null, new SkipReason(SkipReason.Kind.READER_ERROR, e.toString()));
        }
    }

    /** .md, .txt and names without an extension; Thai file names often carry dots ("ครม. 14.2.66") that are not one. */
    static boolean isTextFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return true;
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!ext.matches("[a-z0-9]{1,8}") || ext.matches("\\d+")) {
            return true;
        }
        return TEXT_EXTENSIONS.contains(ext);
    }

    private static List<Path> listFiles(List<Path> roots, ImportReport.Builder report) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                if (seen.add(root.toAbsolutePath().normalize())) {
                    files.add(root);
                }
                continue;
            }
            if (!Files.isDirectory(root)) {
                report.skipped(new SkipReason(SkipReason.Kind.MISSING_DIR, null), root.toString());
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !isHidden(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        report.skipped(new SkipReason(SkipReason.Kind.UNREADABLE, e.toString()), file.toString());
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                report.skipped(new SkipReason(SkipReason.Kind.UNREADABLE, e.toString()), root.toString());
            }
            found.sort(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')));
            for (Path file : found) {
                if (seen.add(file.toAbsolutePath().normalize())) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
