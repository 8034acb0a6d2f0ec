package th.sso.hotline.nlu;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/**
 * Writes the analysed intent examples once the service has started, when the beans that read them at start have
 * asked for them all; the next start with the same intents, glossary and code reads them back.
 */
@Singleton
class ExampleAnalysesKeeper implements ApplicationEventListener<StartupEvent> {

    private final ExampleAnalyses analyses;

    ExampleAnalysesKeeper(ExampleAnalyses analyses) {
        this.analyses = analyses;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        analyses.keep();
    }
}
