package th.sso.hotline.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

@ConfigurationProperties("hotline.staff")
public interface StaffProperties {

    /** Password of the first admin account, created when there is none; random (logged once) when empty. */
    @Bindable(defaultValue = "")
    String getAdminPassword();

    @Bindable(defaultValue = "5")
    int getLockAfterFailures();

    @Bindable(defaultValue = "15m")
    Duration getLockDuration();
}
