package th.sso.hotline.nlu;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

@ConfigurationProperties("hotline")
public interface NluProperties {

    /** Folder of intent YAML files and the glossary. */
    @Bindable(defaultValue = "intents")
    String getIntentsDir();

    /** Where trained intent classifiers are kept between restarts, one file per fingerprint of intents/. */
    @Bindable(defaultValue = "data/model")
    String getModelDir();

    Classifier getNlu();

    @ConfigurationProperties("nlu")
    interface Classifier {

        /** Softmax temperature of the intent classifier's confidence. */
        @Bindable(defaultValue = "0.7")
        double getTemperature();

        /**
         * Softmax temperature of messages of 40 words and more; between 20 and 40 words the temperature moves from
         * {@code temperature} to this in proportion. Long messages (context pasted before the question) were less
         * confident than they were right with one temperature for all; 0.5 brought expected calibration error over
         * 30 words from 0.10-0.22 to 0.07-0.14 on the dev, own and tuning sets and in cross-validation (see README).
         * Equal to {@code temperature} turns it off.
         */
        @Bindable(defaultValue = "0.5")
        double getLongMessageTemperature();

        /**
         * The factor on every SSO intent's probability when a message names another agency's scheme (the gold card,
         * a provident fund, severance pay) and no word only the SSO's schemes use (glossary {@code domain:}); 1
         * turns the rule off. Chosen on cross-validation and the tuning half of the real messages.
         */
        @Bindable(defaultValue = "0.3")
        double getOtherSchemeWeight();

        /**
         * Recent messages kept with their classification: the classifier is fixed for the life of the process, and
         * a surge after an announcement repeats the same words (quick replies and the rich menu send fixed texts).
         * 0 turns the cache off.
         */
        @Bindable(defaultValue = "4096")
        int getCacheSize();
    }
}
