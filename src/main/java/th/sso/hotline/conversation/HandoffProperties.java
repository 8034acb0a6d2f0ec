package th.sso.hotline.conversation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.time.DayOfWeek;
import java.util.List;

@ConfigurationProperties("hotline.handoff")
public interface HandoffProperties {

    /** A chat held by an agent with no message either way for this long goes back to the bot. */
    @Bindable(defaultValue = "30m")
    Duration getIdleTimeout();

    /**
     * A chat nobody took within this much office time (the office hours below; nights, weekends and closed days do
     * not count) goes back to the bot, and its LINE user id is dropped. 8h is one full office day.
     */
    @Bindable(defaultValue = "8h")
    Duration getQueueTimeout();

    @Bindable(defaultValue = "Asia/Bangkok")
    String getOfficeHoursZone();

    @Bindable(defaultValue = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    List<DayOfWeek> getOfficeHoursDays();

    /** Opening time, HH:mm, local to the zone. */
    @Bindable(defaultValue = "08:30")
    String getOfficeHoursOpens();

    @Bindable(defaultValue = "16:30")
    String getOfficeHoursCloses();
}
