package th.sso.hotline.nlu;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import th.sso.hotline.text.Glossary;
import th.sso.hotline.text.GlossaryFile;

/** Reads {@code intents/*.yaml} and {@code intents/glossary.yaml}. */
public final class IntentFiles {

    public static final String GLOSSARY_FILE = GlossaryFile.FILE_NAME;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private IntentFiles() {
    }

    public static List<IntentDefinition> readIntents(Path dir) {
        List<IntentDefinition> intents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(IntentFiles::isIntentFile).sorted().toList()) {
                IntentDefinition def = read(file);
                String expectedId = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                if (def == null || !expectedId.equals(def.id())) {
                    throw new IllegalStateException(file + ": id must be the file name (" + expectedId + ")");
                }
                intents.add(def);
            }
        } catch (IOException e) {

            throw new UncheckedIOException("cannot read intents from " + dir.toAbsolutePath(), e);
        }
        IntentValidator.check(intents, dir.toString());
        return intents;
    }

    private static IntentDefinition read(Path file) throws IOException {
        try {
            return YAML.readValue(file.toFile(), IntentDefinition.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalStateException(file + ": unknown key \"" + e.getPropertyName() + "\" (known keys there: " + e.getKnownPropertyIds() + ")", e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(file + ": " + e.getOriginalMessage(), e);
        }
    }

    public static Glossary readGlossary(Path dir) {
        Path file = dir.resolve(GLOSSARY_FILE);
        if (!Files.exists(file)) {
            return new Glossary(List.of());
        }
        try {
            return YAML.readValue(file.toFile(), Glossary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isIntentFile(Path p) {
        String name = p.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals(GLOSSARY_FILE)
                && Files.isRegularFile(p);
    }
}
