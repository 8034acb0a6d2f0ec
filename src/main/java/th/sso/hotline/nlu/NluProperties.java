package th.sso.hotline.nlu;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

@ConfigurationProperties("hotline")
public interface NluProperties {

    /** Folder of intent YAML files and the glossary. */
    @Bindable(defaultValue = "intents")
    String getIntentsDir();

    Classifier getNlu();

    @ConfigurationProperties("nlu")
    interface Classifier {

        /** Softmax temperature of the intent classifier's confidence. */
        @Bindable(defaultValue = "0.7")
        double getTemperature();
    }
}
