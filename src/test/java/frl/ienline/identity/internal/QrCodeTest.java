package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void theSvgPathDecodesBackToTheText() throws Exception {
        String text = Totp.provisioningUri("ienline", "jan.de.vries", TotpTest.SHA1_SEED);
        QrCode qr = QrCode.of(text);

        assertThat(qr.viewBox()).isEqualTo("0 0 " + qr.size() + " " + qr.size());
        assertThat(qr.path()).endsWith("z");
        assertThat(qr.path().split("z")).allMatch(run -> run.matches("M\\d+ \\d+h(\\d+)v1h-\\1"));
        assertThat(decode(qr)).isEqualTo(text);
    }

    @Test
    void keepsAQuietZoneOfFourModules() {
        QrCode qr = QrCode.of("otpauth://totp/x");
        Matcher runs = Pattern.compile("M(\\d+) (\\d+)h(\\d+)").matcher(qr.path());
        while (runs.find()) {
            int x = Integer.parseInt(runs.group(1));
            int y = Integer.parseInt(runs.group(2));
            int length = Integer.parseInt(runs.group(3));
            assertThat(x).isGreaterThanOrEqualTo(QrCode.QUIET_ZONE);
            assertThat(y).isBetween(QrCode.QUIET_ZONE, qr.size() - QrCode.QUIET_ZONE - 1);
            assertThat(x + length).isLessThanOrEqualTo(qr.size() - QrCode.QUIET_ZONE);
        }
    }

    @Test
    void refusesAnEmptyDrawing() {
        assertThatThrownBy(() -> new QrCode(21, "")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Paints the path's rectangles into pixels (4 per module) and reads them with zxing's decoder. */
    private static String decode(QrCode qr) throws Exception {
        int scale = 4;
        int size = qr.size() * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher runs = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(qr.path());
        while (runs.find()) {
            int x0 = Integer.parseInt(runs.group(1));
            int y0 = Integer.parseInt(runs.group(2));
            int length = Integer.parseInt(runs.group(3));
            for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                for (int x = x0 * scale; x < (x0 + length) * scale; x++) {
                    pixels[y * size + x] = 0;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
