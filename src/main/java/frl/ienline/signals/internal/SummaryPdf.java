package frl.ienline.signals.internal;

import frl.ienline.platform.PdfDocuments;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The recipient's summary of a referral as PDF. Built as a DOM (text nodes, never markup from data) from a
 * signal that {@link SignalView#restrict} already reduced to the fields chosen for this recipient.
 */
@Component
public class SummaryPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final MessageSource messages;
    private final SignalRules rules;
    private final ZoneId zone;

    SummaryPdf(MessageSource messages, SignalRules rules, java.time.Clock clock) {
        this.messages = messages;
        this.rules = rules;
        this.zone = clock.getZone();
    }

    public byte[] render(SignalHandling.Summary summary, Locale locale) {
        Signal s = summary.signal();
        ShareRecord share = summary.share();
        Document doc = newDocument();
        Element html = doc.createElement("html");
        html.setAttribute("lang", locale.getLanguage());
        doc.appendChild(html);
        Element head = child(html, "head");
        text(head, "title", msg("signals.pdf.title", locale) + " " + s.reference());
        text(head, "style", "body { font-family: '" + PdfDocuments.FONT_FAMILY + "'; font-size: 10pt; } h1 { font-size: 16pt; }"
                + " h2 { font-size: 12pt; margin-top: 14pt; } th { text-align: left; vertical-align: top;"
                + " padding-right: 10pt; } td { vertical-align: top; } .note { font-size: 8pt; color: #444; }");
        Element body = child(html, "body");
        text(body, "h1", msg("signals.pdf.title", locale) + " " + s.reference());
        text(body, "p", msg("signals.pdf.confidential", locale)).setAttribute("class", "note");

        text(body, "h2", msg("signals.pdf.share", locale));
        Element shareTable = child(body, "table");
        row(shareTable, msg("signals.share.recipient", locale),
                msg("signals.recipient." + share.recipientKind(), locale) + " (" + share.recipientOrg() + ")");
        row(shareTable, msg("signals.share.when", locale), WHEN.format(share.sharedAt().atZone(zone)));
        row(shareTable, msg("signals.share.by", locale), share.sharedByName() + " (" + share.sharedByOrg() + ")");
        row(shareTable, msg("signals.share.legalBasis", locale), share.legalBasisLabel());
        if (share.consent() != null) {
            row(shareTable, msg("signals.share.consent", locale), msg("signals.consent." + share.consent(), locale)
                    + (share.consentReason() == null ? "" : ": " + share.consentReason()));
        }
        row(shareTable, msg("signals.share.fields", locale), String.join(", ", share.fields().stream()
                .map(f -> msg("signals.field." + f, locale)).toList()));

        text(body, "h2", msg("signals.pdf.signal", locale));
        Element t = child(body, "table");
        row(t, msg("signals.reference", locale), s.reference().value());
        row(t, msg("signals.registeredAt", locale), WHEN.format(s.registeredAt().atZone(zone)));
        if (s.municipality() != null) {
            row(t, msg("signals.field.MUNICIPALITY", locale), rules.municipality(s.municipality())
                    .map(SignalRules.Municipality::name).orElse(s.municipality().value()));
        }
        if (s.locationType() != null && share.fields().contains(SharedField.LOCATION_TYPE)) {
            row(t, msg("signals.field.LOCATION_TYPE", locale), msg("signals.locationType." + s.locationType(), locale));
        }
        if (s.location() != null) {
            row(t, msg("signals.field.LOCATION", locale), s.location());
        }
        if (s.observedOn() != null || s.partOfDay() != null) {
            row(t, msg("signals.field.OBSERVED", locale), (s.observedOn() == null ? "" : s.observedOn().toString())
                    + (s.partOfDay() == null ? "" : " " + msg("signals.partOfDay." + s.partOfDay(), locale)));
        }
        if (s.observation() != null) {
            row(t, msg("signals.field.OBSERVATION", locale), s.observation());
        }
        for (PersonConcerned p : s.persons()) {
            Descriptors d = p.descriptors();
            StringBuilder value = new StringBuilder(p.pseudonym());
            if (!d.isEmpty()) {
                value.append(" — ");
                if (d.apparentAge() != null) value.append(msg("signals.person.age", locale)).append(": ").append(d.apparentAge()).append("; ");
                if (d.language() != null) value.append(msg("signals.person.language", locale)).append(": ").append(d.language()).append("; ");
                if (d.description() != null) value.append(d.description());
            }
            row(t, msg("signals.field.PERSONS", locale), value.toString());
        }
        if (!s.phones().isEmpty()) {
            row(t, msg("signals.field.PHONES", locale), String.join(", ", s.phones()));
        }
        for (Indicator i : s.indicators()) {
            row(t, msg("signals.group." + i.code().group(), locale), msg("signals.indicator." + i.code(), locale)
                    + (i.note() == null ? "" : " — " + i.note()));
        }
        for (Link l : s.links()) {
            row(t, msg("signals.link." + l.kind(), locale), l.targetId());
        }
        for (Addition a : s.additions()) {
            row(t, msg("signals.field.ADDITIONS", locale) + " " + WHEN.format(a.addedAt().atZone(zone)), a.text());
        }
        text(body, "p", msg("signals.pdf.footer", locale)).setAttribute("class", "note");
        return toPdf(doc);
    }

    private byte[] toPdf(Document doc) {
        return PdfDocuments.fromDocument(doc, "summary");
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static Element text(Element parent, String name, String text) {
        Element e = child(parent, name);
        e.setTextContent(text);
        return e;
    }

    private static void row(Element table, String label, String value) {
        Element tr = child(table, "tr");
        text(tr, "th", label);
        text(tr, "td", value);
    }
}
