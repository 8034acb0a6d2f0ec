package th.sso.hotline.knowledge.figures;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.KnowledgeProperties;

import java.nio.file.Path;

@Factory
class FiguresFactory {

    @Singleton
    FigureBook figureBook(KnowledgeProperties properties) {
        return FigureBook.read(Path.of(properties.getRulesDir()));
    }
}
