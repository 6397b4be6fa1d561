package frl.ienline.register.internal;

import frl.ienline.platform.PdfDocuments;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The decision letter and the licence as PDF, from Dutch XHTML templates ({@code templates/register/pdf/})
 * rendered by Thymeleaf in XML mode and laid out by openhtmltopdf. No external resource is ever fetched.
 * Every print is logged. The decision letter (issue 17, ADR 0022) is a tagged PDF (PDF/UA as far as openhtmltopdf
 * allows) and takes its legal basis, leges, competent body, mandate line and objection term from the rulebook version
 * of the decision.
 */
@Service
public class DecisionDocuments {

    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));
    private final Applications applications;
    private final Licences licences;
    private final LicensingRules rules;
    private final RegisterAccess access;
    private final Clock clock;
    private final TemplateEngine templates;

    DecisionDocuments(Applications applications, Licences licences, LicensingRules rules, RegisterAccess access,
            Clock clock) {
        this.applications = applications;
        this.licences = licences;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/register/pdf/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        this.templates = engine;
    }

    /** A PDF and the name it is saved under. */
    public record Pdf(String fileName, byte[] content) {
    }

    /**
     * The decision letter of a decided application, for an officer of its municipality, named after its reference:
     * the licence number for a grant ({@code besluit-FRL-0080-PB-0002.pdf}), the application's reference otherwise.
     */
    @Transactional(readOnly = true)
    public Pdf decisionLetter(UUID applicationId) {
        var actor = access.officer(Action.PRINT, RegisterAccess.APPLICATION, applicationId);
        LicenceApplication application = applications.byId(applicationId)
                .filter(a -> a.decision() != null).orElseThrow(() -> new NotFound(RegisterAccess.APPLICATION));
        if (!actor.scope().covers(application.municipality())) { // its reasons are more than the public register shows (M11)
            throw access.deny(Action.PRINT, RegisterAccess.APPLICATION, applicationId);
        }
        Licence licence = application.licenceId() == null ? null : licences.byId(application.licenceId()).orElse(null);
        Context context = context();
        context.setVariable("application", application);
        context.setVariable("decision", application.decision());
        context.setVariable("licence", licence);
        context.setVariable("municipalityName", rules.municipalityName(application.municipality()));
        context.setVariable("letter", rules.letterFacts(application.municipality(), application.business().kind(),
                application.decision().decidedOn()));
        byte[] pdf = PdfDocuments.accessibleFromXhtml(templates.process("decision", context), "decision");
        access.allowed(Action.PRINT, RegisterAccess.APPLICATION, applicationId, application.reference().value(),
                application.municipality());
        String reference = licence != null ? licence.number() : application.reference().value();
        return new Pdf("besluit-" + reference + ".pdf", pdf);
    }

    /** The licence document. */
    @Transactional(readOnly = true)
    public byte[] licence(UUID licenceId) {
        access.licenceReader(Action.PRINT, licenceId);
        Licence licence = licences.byId(licenceId).orElseThrow(() -> new NotFound(RegisterAccess.LICENCE));
        Context context = context();
        context.setVariable("licence", licence);
        context.setVariable("status", licence.status(LocalDate.now(clock)));
        context.setVariable("municipalityName", rules.municipalityName(licence.municipality()));
        byte[] pdf = render("licence", context);
        access.allowed(Action.PRINT, RegisterAccess.LICENCE, licenceId, licence.applicationReference().value(),
                licence.municipality());
        return pdf;
    }

    private Context context() {
        Context context = new Context(Locale.of("nl"));
        context.setVariable("today", LocalDate.now(clock));
        context.setVariable("fmt", new Formatting());
        return context;
    }

    /** Helpers the templates call as {@code ${fmt.date(d)}} and {@code ${fmt.kind(k)}}. */
    public static final class Formatting {
        public String date(LocalDate date) {
            return date == null ? "" : DUTCH_DATE.format(date);
        }

        /** A rulebook term as the letter says it: P6W → "6 weken", P3M → "3 maanden". */
        public String period(java.time.Period period) {
            if (period.getYears() != 0 && period.getMonths() == 0 && period.getDays() == 0) {
                return period.getYears() == 1 ? "1 jaar" : period.getYears() + " jaar";
            }
            if (period.getYears() == 0 && period.getDays() == 0) {
                return period.getMonths() == 1 ? "1 maand" : period.getMonths() + " maanden";
            }
            if (period.toTotalMonths() == 0 && period.getDays() % 7 == 0) {
                return period.getDays() == 7 ? "1 week" : period.getDays() / 7 + " weken";
            }
            return period.toTotalMonths() == 0 ? period.getDays() + " dagen" : period.toString();
        }

        public String amount(java.math.BigDecimal amount) {
            java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00",
                    java.text.DecimalFormatSymbols.getInstance(Locale.of("nl", "NL")));
            return "€ " + format.format(amount);
        }

        public String kind(LicenceKind kind) {
            return switch (kind) {
                case PB -> "Seksinrichting (prostitutiebedrijf)";
                case EB -> "Escortbedrijf";
                case OE -> "Overig erotisch bedrijf";
            };
        }

        public String outcome(Outcome outcome) {
            return switch (outcome) {
                case GRANTED -> "De vergunning wordt verleend.";
                case GRANTED_WITH_CONDITIONS -> "De vergunning wordt verleend, met de voorschriften hieronder.";
                case REFUSED -> "De vergunning wordt geweigerd.";
                case NOT_CONSIDERED -> "De aanvraag wordt niet in behandeling genomen, omdat zij niet binnen de"
                        + " hersteltermijn is aangevuld.";
            };
        }
    }

    private byte[] render(String template, Context context) {
        return PdfDocuments.fromXhtml(templates.process(template, context), template);
    }
}
