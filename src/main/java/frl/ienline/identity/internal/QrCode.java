package frl.ienline.identity.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code drawn as one SVG path, computed on the server: no image service, no script. The template
 * puts {@link #size()} into the viewBox and {@link #path()} into {@code <path d>}, escaped like any
 * attribute value, so no unescaped markup is needed.
 *
 * @param size width and height in modules, quiet zone included
 * @param path SVG path data: one {@code M x y h n v 1 h -n z} rectangle per run of dark modules
 */
record QrCode(int size, String path) {

    static final int QUIET_ZONE = 4;

    QrCode {
        if (size <= 0 || path == null || path.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs a size and a path");
        }
    }

    static QrCode of(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit in a QR code", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start).append(' ').append(y).append('h').append(run).append("v1h-").append(run)
                        .append('z');
            }
        }
        return new QrCode(matrix.getWidth(), path.toString());
    }

    /** The value of the SVG {@code viewBox} attribute. */
    public String viewBox() {
        return "0 0 " + size + " " + size;
    }
}
