package th.sso.hotline.knowledge.rules;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.KnowledgeProperties;

import java.nio.file.Path;

@Factory
class RulesFactory {

    @Singleton
    FigureBook figureBook(KnowledgeProperties properties) {
        return FigureBook.read(Path.of(properties.getRulesDir()));
    }

    @Singleton
    Eligibility eligibility(KnowledgeProperties properties, FigureBook figures) {
        return Eligibility.read(Path.of(properties.getRulesDir()), figures);
    }
}
