package frl.ienline.rulebook.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Writes rulebook values the way people read them: "8 weken", "€ 5.000", "1 januari 2026". */
final class Formats {

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    Formats(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String period(Period period) {
        if (period == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(message("rulebook.period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(message("rulebook.period.months", period.getMonths()));
        }
        int days = period.getDays();
        if (days != 0 && days % 7 == 0) {
            parts.add(message("rulebook.period.weeks", days / 7));
        } else if (days != 0) {
            parts.add(message("rulebook.period.days", days));
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? message("rulebook.period.days", 0) : parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + message("rulebook.and") + " "
                + parts.getLast();
    }

    String amount(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(localeWithCountry()));
        return "€ " + format.format(amount);
    }

    String date(LocalDate date) {
        return date == null ? null : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    String moment(Instant instant) {
        return instant == null ? null : instant.atZone(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }

    String yesNo(boolean value) {
        return message(value ? "rulebook.yes" : "rulebook.no");
    }

    private Locale localeWithCountry() {
        return "en".equals(locale.getLanguage()) ? Locale.UK : Locale.of("nl", "NL");
    }
}
