package frl.ienline.register.internal;

import frl.ienline.shared.InputRejected;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Accepts an upload only if its content is a PDF, JPEG or PNG (by magic bytes, never by name or the
 * browser's content type) within the size limit, and returns it without metadata: JPEG APP1 (EXIF, XMP),
 * APP13 (IPTC) and comments, PNG text/eXIf/time chunks, a PDF's document information, XMP metadata and
 * automatic actions. Images are not re-encoded; their pixels stay exactly as uploaded.
 */
public final class UploadInspector {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_DIMENSION = 20_000;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> PNG_KEEP = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "pHYs", "bKGD");

    public record CleanDocument(String mediaType, byte[] content) {
    }

    private UploadInspector() {
    }

    public static CleanDocument inspect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InputRejected.of("document", "empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InputRejected.of("document", "tooLarge");
        }
        try {
            if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
                return new CleanDocument("application/pdf", cleanPdf(bytes));
            }
            if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                    && (bytes[2] & 0xFF) == 0xFF) {
                return new CleanDocument("image/jpeg", cleanJpeg(bytes));
            }
            if (startsWith(bytes, PNG_SIGNATURE)) {
                return new CleanDocument("image/png", cleanPng(bytes));
            }
        } catch (IOException | RuntimeException malformed) {
            if (malformed instanceof InputRejected rejected) {
                throw rejected;
            }
            throw InputRejected.of("document", "unreadable");
        }
        throw InputRejected.of("document", "wrongType");
    }

    static byte[] cleanJpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        boolean scanned = false;
        while (i < in.length) {
            if ((in[i] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("JPEG marker expected");
            }
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xD9) { // end of image
                out.write(in, i, 2);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
                out.write(in, i, 2);
                i += 2;
                continue;
            }
            int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > in.length) {
                throw new IllegalArgumentException("JPEG segment out of bounds");
            }
            if (marker == 0xDA) { // start of scan: its header, then entropy-coded data up to the next marker
                int data = i + 2 + length;
                int end = scanEnd(in, data);
                out.write(in, i, end - i);
                scanned = true;
                i = end; // a progressive JPEG goes on with tables and scans, and APPn segments may hide between (L4)
                continue;
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                int height = ((in[i + 5] & 0xFF) << 8) | (in[i + 6] & 0xFF);
                int width = ((in[i + 7] & 0xFF) << 8) | (in[i + 8] & 0xFF);
                if (height > MAX_DIMENSION || width > MAX_DIMENSION) {
                    throw InputRejected.of("document", "tooLarge");
                }
            }
            if (keepJpegSegment(marker, in, i + 4, length - 2)) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
        }
        if (scanned) { // image data without its end marker: close the image
            out.write(0xFF);
            out.write(0xD9);
            return out.toByteArray();
        }
        throw new IllegalArgumentException("JPEG without image data");
    }

    /**
     * Where a scan's entropy-coded data ends: at the first marker that is neither a stuffed {@code FF 00} nor
     * a restart marker. Everything after the end of image is never reached, so it is never copied.
     */
    private static int scanEnd(byte[] in, int from) {
        int j = from;
        while (j < in.length) {
            if ((in[j] & 0xFF) == 0xFF && j + 1 < in.length) {
                int next = in[j + 1] & 0xFF;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    j += 2;
                    continue;
                }
                return j;
            }
            j++;
        }
        return in.length;
    }

    private static boolean keepJpegSegment(int marker, byte[] in, int dataStart, int dataLength) {
        if (marker == 0xFE) { // comment
            return false;
        }
        if (marker < 0xE0 || marker > 0xEF) { // not an APPn: tables, frame headers …
            return true;
        }
        if (marker == 0xE0) { // JFIF
            return true;
        }
        if (marker == 0xE2) { // only a colour profile
            byte[] icc = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
            return dataLength >= icc.length && Arrays.equals(in, dataStart, dataStart + icc.length, icc, 0, icc.length);
        }
        return marker == 0xEE; // Adobe colour transform; EXIF/XMP (E1), IPTC (ED) and the rest go
    }

    static byte[] cleanPng(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        boolean first = true;
        while (i + 12 <= in.length) {
            long length = ((long) (in[i] & 0xFF) << 24) | ((in[i + 1] & 0xFF) << 16) | ((in[i + 2] & 0xFF) << 8)
                    | (in[i + 3] & 0xFF);
            if (length > in.length - i - 12) {
                throw new IllegalArgumentException("PNG chunk out of bounds");
            }
            String type = new String(in, i + 4, 4, StandardCharsets.US_ASCII);
            if (first) {
                if (!type.equals("IHDR") || length != 13) {
                    throw new IllegalArgumentException("PNG must start with IHDR");
                }
                long width = ((long) (in[i + 8] & 0xFF) << 24) | ((in[i + 9] & 0xFF) << 16) | ((in[i + 10] & 0xFF) << 8)
                        | (in[i + 11] & 0xFF);
                long height = ((long) (in[i + 12] & 0xFF) << 24) | ((in[i + 13] & 0xFF) << 16)
                        | ((in[i + 14] & 0xFF) << 8) | (in[i + 15] & 0xFF);
                if (width > MAX_DIMENSION || height > MAX_DIMENSION) {
                    throw InputRejected.of("document", "tooLarge");
                }
                first = false;
            }
            int total = (int) (12 + length);
            if (PNG_KEEP.contains(type)) {
                out.write(in, i, total);
            }
            i += total;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new IllegalArgumentException("PNG without IEND");
    }

    static byte[] cleanPdf(byte[] in) throws IOException {
        try (PDDocument document = Loader.loadPDF(in, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(8 * MAX_BYTES).streamCache)) {
            if (document.isEncrypted()) {
                throw InputRejected.of("document", "encrypted");
            }
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocumentCatalog().setMetadata(null);
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            catalog.removeItem(COSName.OPEN_ACTION);
            catalog.removeItem(COSName.AA);
            COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
            if (names != null) {
                names.removeItem(COSName.JAVA_SCRIPT);
                names.removeItem(COSName.EMBEDDED_FILES);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A file name safe to store and show: the last path part, printable, at most 120 characters. */
    public static String safeFileName(String original, String mediaType) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        String extension = switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(extension) || (extension.equals(".jpg") && lower.endsWith(".jpeg")))) {
            name = name + extension;
        }
        return name;
    }
}
