package th.sso.hotline.dialogue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

@ConfigurationProperties("hotline.dialogue")
public interface DialogueProperties {

    /** Below this classifier confidence the bot does not answer from an intent. */
    @Bindable(defaultValue = "0.40")
    double getAnswerThreshold();

    /**
     * An intent is answered only when it is at least this many times as likely as out of scope (all redirects
     * together): near-domain questions for other agencies often score just above the answer threshold with out of
     * scope second. Chosen on the dev, own and real-message tuning sets (3: rejection up, one tuning item lost).
     * Zero turns the rule off.
     */
    @Bindable(defaultValue = "3.0")
    double getOutOfScopeRatio();

    /** The hotline number given in every fallback. */
    @Bindable(defaultValue = "1506")
    String getHotline();
}
