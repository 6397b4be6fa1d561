package frl.ienline.platform;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * PDFs for every module (decision letters, licences, enforcement letters, signal summaries), rendered the
 * same way: openhtmltopdf on XHTML or a DOM, no external resource is ever fetched (no file, no URL), and
 * DejaVu Sans embedded from the jar ({@code fonts/}, licence beside it), so a letter in Bulgarian or Romanian renders
 * the same in a slim container without system fonts (issue 17). Templates refer to the font family
 * {@value #FONT_FAMILY}.
 */
public final class PdfDocuments {

    /** The font family name templates use for the embedded font. */
    public static final String FONT_FAMILY = "ienline-sans";

    private static final String[][] FONTS = {{"/fonts/DejaVuSans.ttf", "400"}, {"/fonts/DejaVuSans-Bold.ttf", "700"}};

    /** Renders an XHTML document (e.g. a Thymeleaf template in XML mode). */
    public static byte[] fromXhtml(String xhtml, String what) {
        return render(builder -> builder.withHtmlContent(xhtml, null), what);
    }

    /**
     * Renders an XHTML document as a tagged PDF following PDF/UA as far as openhtmltopdf allows (structure tags
     * from the HTML, the title from {@code <title>}, the language from {@code lang}; the document needs both).
     */
    public static byte[] accessibleFromXhtml(String xhtml, String what) {
        return render(builder -> {
            builder.usePdfUaAccessibility(true);
            builder.withHtmlContent(xhtml, null);
        }, what);
    }

    /** Renders a DOM built in code. */
    public static byte[] fromDocument(org.w3c.dom.Document document, String what) {
        return render(builder -> builder.withW3cDocument(document, "about:blank"), what);
    }

    private static byte[] render(Consumer<PdfRendererBuilder> content, String what) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            for (String[] font : FONTS) {
                if (PdfDocuments.class.getResource(font[0]) == null) {
                    throw new IllegalStateException("The font " + font[0] + " is missing from the jar");
                }
                builder.useFont(() -> PdfDocuments.class.getResourceAsStream(font[0]), FONT_FAMILY,
                        Integer.valueOf(font[1]), FontStyle.NORMAL, true);
            }
            builder.withProducer("ienline");
            content.accept(builder);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the " + what + " PDF", e);
        }
    }

    private PdfDocuments() {
    }
}
