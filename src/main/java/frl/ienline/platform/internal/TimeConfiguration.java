package frl.ienline.platform.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, in the region's time zone; tests replace it to shift time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${ienline.time-zone:Europe/Amsterdam}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
