package th.sso.hotline.nlu;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.text.GlossaryFile;
import th.sso.hotline.text.TextAnalysis;

@Factory
class NluFactory {

    @Singleton
    IntentCatalog intentCatalog(NluProperties properties) {
        return new IntentCatalog(IntentFiles.readIntents(Path.of(properties.getIntentsDir())));
    }

    @Singleton
    GlossaryFile glossaryFile(NluProperties properties) {
        return GlossaryFile.in(Path.of(properties.getIntentsDir()));
    }

    @Singleton
    @Bean(preDestroy = "close")
    TextAnalysis textAnalysis(GlossaryFile glossaryFile, NluProperties properties) {
        th.sso.hotline.text.Glossary glossary = glossaryFile.read();
        return new TextAnalysis(glossary, new KeptSynonyms(Path.of(properties.getModelDir())).loadOrBuild(glossary));
    }

    @Singleton
    FeatureExtractor featureExtractor(TextAnalysis analysis, TextNormalizer normalizer) {
        return new FeatureExtractor(analysis, normalizer);
    }

    /** Kept beside the trained models, and written once the service has started ({@link ExampleAnalysesKeeper}). */
    @Singleton
    ExampleAnalyses exampleAnalyses(FeatureExtractor extractor, NluProperties properties) {
        return new ExampleAnalyses(extractor, Path.of(properties.getModelDir()));
    }
}
