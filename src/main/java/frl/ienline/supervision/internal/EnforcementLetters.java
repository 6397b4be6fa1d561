package frl.ienline.supervision.internal;

import frl.ienline.platform.PdfDocuments;
import frl.ienline.rulebook.Rulebook;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The letters of the enforcement ladder as PDF, in the person's language (nl, en, ro, bg, hu, es, pl): texts
 * from {@code i18n/supervision/letters*.properties}, laid out by openhtmltopdf with DejaVu Sans embedded so
 * ă, ș, ț, ő, ł and Cyrillic render. No external resource is ever fetched.
 */
@Component
public class EnforcementLetters {

    private static final String[][] FONTS = {
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "400"},
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "700"}};
    /** Steps that are decisions open to objection; a warning and an intent are not. */
    static final Set<String> DECISIONS = Set.of("PENALTY_ORDER", "COLLECTION", "SUSPENSION", "REVOCATION", "CLOSURE");

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final Rulebook rulebook;

    EnforcementLetters(Rulebook rulebook) {
        this.rulebook = rulebook;
        texts.setBasename("i18n/supervision/letters");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/supervision/pdf/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    /** The letter's texts, in order, for a language: what the PDF shows (also used by tests). */
    public record Letter(String language, String title, String reference, String date, String salutation,
            List<String> paragraphs, String closing, String signature) {
    }

    public Letter compose(Rows.EnforcementAction action, Rows.Case caseFile) {
        Locale locale = action.language().locale();
        String municipality = rulebook.active().municipality(action.municipality()).map(m -> m.name())
                .orElse(action.municipality().value());
        String step = action.stepCode();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("letter.intro." + action.subjectKind(), locale, date(action.decidedOn(), locale), municipality));
        paragraphs.add(text("letter.body." + step, locale, money(action.penaltyAmount(), locale),
                money(action.penaltyMaximum(), locale)));
        if (action.deadline() != null) {
            paragraphs.add(text("letter.deadline." + step, locale, date(action.deadline(), locale)));
        }
        if (DECISIONS.contains(step)) {
            paragraphs.add(text("letter.objection", locale, municipality));
        }
        if (action.subjectKind() == SubjectKind.PERSON) {
            paragraphs.add(text("letter.care", locale));
        }
        return new Letter(action.language().code(), text("letter.subject." + step, locale),
                text("letter.reference", locale) + ": " + caseFile.reference(),
                text("letter.date", locale) + ": " + date(action.decidedOn(), locale),
                action.subjectKind() == SubjectKind.PERSON ? text("letter.salutation.PERSON", locale, action.subjectLabel())
                        : text("letter.salutation.OTHER", locale),
                paragraphs, text("letter.closing", locale), text("letter.signature", locale, municipality));
    }

    private String text(String key, Locale locale, Object... args) {
        return texts.getMessage(key, args, locale);
    }

    private String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(texts.getMessage("letter.datePattern", null, locale), locale).format(date);
    }

    static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    public byte[] render(Rows.EnforcementAction action, Rows.Case caseFile) {
        Context context = new Context(action.language().locale());
        context.setVariable("letter", compose(action, caseFile));
        return PdfDocuments.fromXhtml(templates.process("letter", context), "letter");
    }
}
