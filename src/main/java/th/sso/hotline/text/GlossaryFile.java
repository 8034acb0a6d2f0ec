package th.sso.hotline.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the glossary is read from ({@code glossary.yaml} in the intents folder). The analyzers are built from it
 * and the passage index records its fingerprint, so both name the same file without knowing about intents.
 */
public record GlossaryFile(Path path) {

    public static final String FILE_NAME = "glossary.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The glossary file of an intents folder. */
    public static GlossaryFile in(Path intentsDir) {
        return new GlossaryFile(intentsDir.resolve(FILE_NAME));
    }

    /** The glossary, empty when the file does not exist. */
    public Glossary read() {
        if (!Files.exists(path)) {
            return new Glossary(List.of());
        }
        try {
            return YAML.readValue(path.toFile(), Glossary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
