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
 * from {@code i18n/supervision/letters*.properties}, laid out by openhtmltopdf with DejaVu Sans embedded from the jar
 * so ă, ș, ț, ő, ł and Cyrillic render. No external resource is ever fetched. Issue 17 (ADR 0022): the date of the
 * finding is the control's date, a translated letter carries the Dutch authentic text beside it, the step's legal
 * basis is cited when the rulebook states it, and the PDF is tagged (PDF/UA as far as openhtmltopdf allows).
 */
@Component
public class EnforcementLetters {

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

    /** A letter as PDF and the name it is saved under (the case reference and the step). */
    public record LetterPdf(String fileName, byte[] content) {
    }

    public Letter compose(Rows.EnforcementAction action, Rows.Case caseFile) {
        return compose(action, caseFile, action.decidedOn(), action.language().locale());
    }

    /**
     * @param findingDate the day the violation was found: the control's date when the step rests on a control
     */
    Letter compose(Rows.EnforcementAction action, Rows.Case caseFile, LocalDate findingDate, Locale locale) {
        String municipality = rulebook.active().municipality(action.municipality()).map(m -> m.name())
                .orElse(action.municipality().value());
        String step = action.stepCode();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("letter.intro." + action.subjectKind(), locale, date(findingDate, locale), municipality));
        paragraphs.add(text("letter.body." + step, locale, money(action.penaltyAmount(), locale),
                money(action.penaltyMaximum(), locale)));
        if (action.deadline() != null) {
            paragraphs.add(text("letter.deadline." + step, locale, date(action.deadline(), locale)));
        }
        var legalBasis = rulebook.activeOn(action.decidedOn()).enforcement().step(step)
                .map(frl.ienline.rulebook.EnforcementStep::legalBasis).orElse(null);
        if (legalBasis != null) {
            paragraphs.add(text("letter.legalBasis", locale, "en".equals(locale.getLanguage()) ? legalBasis.en()
                    : legalBasis.nl()));
        }
        if (DECISIONS.contains(step)) {
            paragraphs.add(text("letter.objection", locale, municipality, objectionWeeks(action.decidedOn())));
        }
        if (action.subjectKind() == SubjectKind.PERSON) {
            paragraphs.add(text("letter.care", locale));
        }
        return new Letter(locale.getLanguage(), text("letter.subject." + step, locale),
                text("letter.reference", locale) + ": " + caseFile.reference(),
                text("letter.date", locale) + ": " + date(action.decidedOn(), locale),
                action.subjectKind() == SubjectKind.PERSON ? text("letter.salutation.PERSON", locale, action.subjectLabel())
                        : text("letter.salutation.OTHER", locale),
                paragraphs, text("letter.closing", locale), text("letter.signature", locale, municipality));
    }

    /**
     * The objection term of the rulebook version of the step, in weeks (the letters say "binnen {1} weken"); a term that
     * is not whole weeks is rounded up, so the letter never states a shorter term than the rulebook.
     */
    private int objectionWeeks(LocalDate decidedOn) {
        java.time.Period term = rulebook.activeOn(decidedOn).procedure().objectionPeriod();
        long days = java.time.temporal.ChronoUnit.DAYS.between(decidedOn, decidedOn.plus(term));
        return (int) Math.ceilDiv(days, 7);
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
        return render(action, caseFile, action.decidedOn()).content();
    }

    /** The letter in the person's language; a translation has the Dutch authentic text after it. */
    LetterPdf render(Rows.EnforcementAction action, Rows.Case caseFile, LocalDate findingDate) {
        Locale locale = action.language().locale();
        Context context = new Context(locale);
        Letter letter = compose(action, caseFile, findingDate, locale);
        context.setVariable("letter", letter);
        boolean translated = !"nl".equals(locale.getLanguage());
        context.setVariable("letters", translated
                ? List.of(letter, compose(action, caseFile, findingDate, Locale.of("nl"))) : List.of(letter));
        context.setVariable("authenticNote", translated ? text("letter.authentic", Locale.of("nl")) : null);
        byte[] pdf = PdfDocuments.accessibleFromXhtml(templates.process("letter", context), "letter");
        return new LetterPdf("brief-" + caseFile.reference() + "-" + action.stepCode() + ".pdf", pdf);
    }
}
