package frl.ienline.reporting.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of reporting for people, from the bundle: measures, breakdown values, periods. */
@Component
public class Labels {

    private final MessageSource messages;
    private final Region region;

    Labels(MessageSource messages, Region region) {
        this.messages = messages;
        this.region = region;
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String measure(Measure measure, Locale locale) {
        return text(measure.messageKey(), locale);
    }

    public String description(Measure measure, Locale locale) {
        return text(measure.messageKey() + ".description", locale);
    }

    /** A breakdown value: a municipality's name, a ladder step's name, or the bundle's word for a code. */
    public String dimension(Measure measure, String code, Locale locale) {
        if (code.matches("GM\\d{4}")) {
            return region.name(code);
        }
        if (measure == Measure.ENFORCEMENT_STEPS || measure == Measure.LADDER_DEVIATIONS) {
            return region.stepName(code, locale);
        }
        if (measure == Measure.CONTROL_FINDINGS) {
            return messages.getMessage("signals.indicator." + code, null, code, locale);
        }
        return messages.getMessage("reporting.dim." + code, null, code, locale);
    }

    public String period(ReportPeriod period, Locale locale) {
        return period.isYear() ? text("reporting.periodYear", locale, Integer.toString(period.year()))
                : text("reporting.periodQuarter", locale, Integer.toString(period.year()), period.quarter());
    }

    /** The municipality's name, or the region's for {@code null}. */
    public String place(String municipality, Locale locale) {
        return municipality == null ? text("reporting.region", locale) : region.name(municipality);
    }
}
