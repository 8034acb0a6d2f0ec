package th.sso.hotline.staff.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

@ConfigurationProperties("hotline.console")
public interface ConsoleProperties {

    /** Answers below this confidence count as "low confidence" in the problem filter. */
    @Bindable(defaultValue = "0.5")
    double getLowConfidence();

    /** At most this many turns go into one CSV export. */
    @Bindable(defaultValue = "50000")
    int getExportLimit();
}
