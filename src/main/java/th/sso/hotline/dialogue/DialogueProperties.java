package th.sso.hotline.dialogue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

@ConfigurationProperties("hotline.dialogue")
public interface DialogueProperties {

    /** Below this classifier confidence the bot does not answer from an intent. */
    @Bindable(defaultValue = "0.40")
    double getAnswerThreshold();

    /** The hotline number given in every fallback. */
    @Bindable(defaultValue = "1506")
    String getHotline();
}
