package io.algogate.gateway.infrastructure.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.algogate.gateway.infrastructure.crypto.Base32;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodePngTest {

    /** Secrets are random, so one lucky image proves little: many must all decode to their URI. */
    @Test
    void everyEnrollmentUriComesBackFromItsPng() throws Exception {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            byte[] secret = new byte[20];
            random.nextBytes(secret);
            String uri = "otpauth://totp/AlgoGate:trader%40example.com?secret=" + Base32.encode(secret)
                    + "&issuer=AlgoGate&algorithm=SHA1&digits=6&period=30";
            var image = ImageIO.read(new ByteArrayInputStream(QrCodePng.png(uri)));
            String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            assertEquals(uri, decoded, "image " + i);
        }
    }
}
