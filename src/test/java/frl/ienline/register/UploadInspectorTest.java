package frl.ienline.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.register.internal.UploadInspector;
import frl.ienline.shared.InputRejected;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Uploads are checked by content and lose their metadata; canaries in EXIF, PNG text and PDF info must go. */
class UploadInspectorTest {

    static final String CANARY = "CANARY-GPS-52.9N-5.8E-iPhone-of-Jan";

    @Test
    void jpegLosesItsExifButKeepsItsImage() throws IOException {
        byte[] original = jpegWithExif(CANARY);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(CANARY);
        UploadInspector.CleanDocument clean = UploadInspector.inspect(original);
        assertThat(clean.mediaType()).isEqualTo("image/jpeg");
        assertThat(new String(clean.content(),
                StandardCharsets.ISO_8859_1)).doesNotContain(CANARY).doesNotContain("Exif");
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(clean.content()));
        assertThat(image.getWidth()).isEqualTo(16);
    }

    @Test
    void pngLosesItsTextChunks() throws IOException {
        byte[] original = pngWithText(CANARY);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(CANARY);
        UploadInspector.CleanDocument clean = UploadInspector.inspect(original);
        assertThat(clean.mediaType()).isEqualTo("image/png");
        assertThat(new String(clean.content(), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(clean.content())).getHeight()).isEqualTo(8);
    }

    @Test
    void pdfLosesItsAuthorAndXmpButKeepsItsText() throws IOException {
        byte[] original = pdf("Bedrijfsplan Demo Club");
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(CANARY);
        UploadInspector.CleanDocument clean = UploadInspector.inspect(original);
        assertThat(clean.mediaType()).isEqualTo("application/pdf");
        assertThat(new String(clean.content(), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
        try (PDDocument document = Loader.loadPDF(clean.content())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Bedrijfsplan Demo Club");
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
        }
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UploadInspector.inspect(html)).isInstanceOf(InputRejected.class)
                .satisfies(e -> assertThat(((InputRejected) e).problems().getFirst().what()).isEqualTo("wrongType"));
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> UploadInspector.inspect(exe)).isInstanceOf(InputRejected.class);
        byte[] fakePdf = "%PDF-1.7 but not really a pdf".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> UploadInspector.inspect(fakePdf)).isInstanceOf(InputRejected.class)
                .satisfies(e -> assertThat(((InputRejected) e).problems().getFirst().what()).isEqualTo("unreadable"));
        assertThat(UploadInspector.safeFileName("C:\\Users\\jan\\plan<1>.exe",
                "application/pdf")).isEqualTo("plan_1_.exe.pdf");
        assertThat(UploadInspector.safeFileName("foto.JPEG", "image/jpeg")).isEqualTo("foto.JPEG");
    }

    @Test
    void sizeIsLimited() {
        byte[] big = new byte[(int) UploadInspector.MAX_BYTES + 1];
        big[0] = '%';
        assertThatThrownBy(() -> UploadInspector.inspect(big)).isInstanceOf(InputRejected.class)
                .satisfies(e -> assertThat(((InputRejected) e).problems().getFirst().what()).isEqualTo("tooLarge"));
        assertThatThrownBy(() -> UploadInspector.inspect(new byte[0])).isInstanceOf(InputRejected.class);
    }

    /** L4: a progressive JPEG keeps its scans but loses an APP1 hidden between them and whatever follows EOI. */
    @Test
    void aProgressiveJpegLosesExifBetweenScansAndDataAfterTheEnd() throws IOException {
        byte[] original = progressiveJpegWithHiddenData(CANARY);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(CANARY + "-gps").contains(CANARY + "-tail");
        var clean = UploadInspector.inspect(original);
        String text = new String(clean.content(), StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain(CANARY);
        assertThat(clean.content()[clean.content().length - 2] & 0xFF).isEqualTo(0xFF);
        assertThat(clean.content()[clean.content().length - 1] & 0xFF).isEqualTo(0xD9);
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(clean.content()));
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(48);
        assertThat(countSos(clean.content())).isEqualTo(countSos(original)).isGreaterThan(1);
    }

    static int countSos(byte[] jpeg) {
        int count = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                count++;
            }
        }
        return count;
    }

    // ------------------------------------------------------------------ made-up files with canaries

    /** A progressive JPEG with an EXIF/GPS APP1 segment before its second scan and text after its EOI. */
    static byte[] progressiveJpegWithHiddenData(String canary) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | (x + y));
            }
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
        try (var output = ImageIO.createImageOutputStream(plain)) {
            writer.setOutput(output);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = plain.toByteArray();
        int second = -1;
        for (int i = 0, seen = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA && ++seen == 2) {
                second = i;
                break;
            }
        }
        assertThat(second).as("a progressive JPEG has more than one scan").isPositive();
        byte[] payload = ("Exif\0\0GPS " + canary + "-gps").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, second);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
        out.write(jpeg, second, jpeg.length - second);
        out.write((canary + "-tail").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static byte[] jpegWithExif(String canary) {
        try {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", plain);
            byte[] jpeg = plain.toByteArray();
            byte[] payload = ("Exif\0\0" + canary).getBytes(StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2); // SOI
            out.write(0xFF);
            out.write(0xE1); // APP1
            out.write((payload.length + 2) >> 8);
            out.write((payload.length + 2) & 0xFF);
            out.write(payload);
            byte[] comment = ("comment " + canary).getBytes(StandardCharsets.ISO_8859_1);
            out.write(0xFF);
            out.write(0xFE); // COM
            out.write((comment.length + 2) >> 8);
            out.write((comment.length + 2) & 0xFF);
            out.write(comment);
            out.write(jpeg, 2, jpeg.length - 2);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pngWithText(String canary) {
        try {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(image, "png", plain);
            byte[] png = plain.toByteArray();
            byte[] data = ("Author\0" + canary).getBytes(StandardCharsets.ISO_8859_1);
            ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
            chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
            CRC32 crc = new CRC32();
            crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
            crc.update(data);
            chunk.putInt((int) crc.getValue());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(png, 0, 33); // signature + IHDR
            out.write(chunk.array());
            out.write(png, 33, png.length - 33);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with {@code text}, an Author and XMP metadata holding the canary. */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor(CANARY);
            document.setDocumentInformation(info);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(("<x:xmpmeta xmlns:x='adobe:ns:meta/'>" + CANARY + "</x:xmpmeta>")
                    .getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
