package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.algogate.gateway.application.TotpService.Enrollment;
import io.algogate.gateway.application.TotpService.Purpose;
import io.algogate.gateway.domain.TotpCredential;
import io.algogate.gateway.infrastructure.crypto.Base32;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import io.algogate.gateway.infrastructure.crypto.TotpGenerator;
import io.algogate.gateway.support.MutableClock;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TotpServiceTest {

    private static final long USER = 7;
    // Few iterations keep the test fast; the cipher is otherwise the production one.
    private static final SecretCipher CIPHER = new SecretCipher("k".repeat(40),
            "0123456789abcdef".getBytes(StandardCharsets.US_ASCII), 1_000);

    /** Ten seconds into a step, so moving by whole steps never lands on a boundary. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T09:00:10Z"));
    private final InMemoryTotpCredentials repository = new InMemoryTotpCredentials();
    private final TotpService totp = new TotpService();
    private final TotpGenerator generator = new TotpGenerator();

    TotpServiceTest() {
        totp.credentials = repository;
        totp.clock = clock;
        totp.crypto = new GatewayCrypto() {
            @Override
            public SecretCipher cipher() {
                return CIPHER;
            }
        };
    }

    @Test
    void enrollmentGivesABase32SecretItsOtpauthUriAndAQrCodeOfExactlyThatUri() throws Exception {
        Enrollment enrollment = totp.beginEnrollment(USER, "trader one@example.com");

        assertEquals(32, enrollment.secret().length(), "20 bytes in base32");
        assertEquals(20, Base32.decode(enrollment.secret()).length);
        assertEquals("otpauth://totp/AlgoGate:trader%20one%40example.com?secret=" + enrollment.secret()
                + "&issuer=AlgoGate&algorithm=SHA1&digits=6&period=30", enrollment.otpauthUri());
        assertEquals(enrollment.otpauthUri(), decodeQr(enrollment.qrCodeDataUri()));
        assertFalse(enrollment.toString().contains(enrollment.secret()));
    }

    @Test
    void theSecretIsStoredOnlyEncryptedAndPendingUntilConfirmed() {
        Enrollment enrollment = totp.beginEnrollment(USER, "trader");

        TotpCredential stored = repository.findByUserId(USER).orElseThrow();
        assertFalse(stored.getSecretEncrypted().contains(enrollment.secret()));
        assertEquals(enrollment.secret(), CIPHER.decrypt(stored.getSecretEncrypted()));
        assertTrue(stored.isPending());
        assertEquals(Optional.of(TotpStatus.OFF), totp.status(USER));
        assertFalse(totp.verify(USER, currentCode(enrollment)), "a pending secret does not authenticate");
    }

    @Test
    void enablingNeedsAValidCode() {
        Enrollment enrollment = totp.beginEnrollment(USER, "trader");

        assertFalse(totp.confirmEnrollment(USER, wrongCode(enrollment)));
        assertFalse(totp.confirmEnrollment(USER, "12345"));
        assertFalse(totp.confirmEnrollment(USER, null));
        assertEquals(Optional.of(TotpStatus.OFF), totp.status(USER));

        assertTrue(totp.confirmEnrollment(USER, currentCode(enrollment)));
        assertEquals(Optional.of(new TotpStatus(true, false, false, false)), totp.status(USER));
        assertFalse(repository.findByUserId(USER).orElseThrow().isPending());
        assertFalse(totp.confirmEnrollment(USER, currentCode(enrollment)), "already confirmed");
    }

    @Test
    void aCodeWorksOnceAndItsReplayInTheSameWindowFails() {
        Enrollment enrollment = enabled();
        clock.advance(Duration.ofSeconds(30));

        String code = currentCode(enrollment);
        assertTrue(totp.verify(USER, code));
        assertFalse(totp.verify(USER, code));
        clock.advance(Duration.ofSeconds(15));
        assertFalse(totp.verify(USER, code), "still the previous step, but already used");
    }

    @Test
    void thePreviousStepsCodeWorksOnceButATwoStepOldCodeFails() {
        Enrollment enrollment = enabled();
        clock.advance(Duration.ofSeconds(30));
        String previous = currentCode(enrollment);
        clock.advance(Duration.ofSeconds(30));

        assertTrue(totp.verify(USER, previous), "one step of clock drift is tolerated");
        assertFalse(totp.verify(USER, previous));

        clock.advance(Duration.ofSeconds(30));
        String twoStepsOld = codeAt(enrollment, -2);
        clock.advance(Duration.ofSeconds(30));
        assertFalse(totp.verify(USER, codeAt(enrollment, -2)), "two steps old");
        assertFalse(totp.verify(USER, twoStepsOld), "three steps old by now");
    }

    @Test
    void afterTheCurrentStepIsUsedThePreviousStepsCodeNoLongerWorks() {
        Enrollment enrollment = enabled();
        clock.advance(Duration.ofSeconds(60));

        assertTrue(totp.verify(USER, currentCode(enrollment)));
        assertFalse(totp.verify(USER, codeAt(enrollment, -1)), "a step at or before the last used one");
    }

    @Test
    void inputThatIsNotSixDigitsIsSimplyFalse() {
        enabled();
        clock.advance(Duration.ofSeconds(30));
        for (String input : new String[] {null, "", "12345", "1234567", "12345a", " 123456", "١٢٣٤٥٦"}) {
            assertFalse(totp.verify(USER, input), String.valueOf(input));
        }
        assertFalse(totp.verify(99, "123456"), "no credential");
    }

    @Test
    void twoSimultaneousVerificationsOfOneCodeDoNotBothSucceed() throws Exception {
        Enrollment enrollment = enabled();
        clock.advance(Duration.ofSeconds(30));
        String code = currentCode(enrollment);

        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    return totp.verify(USER, code);
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int successes = 0;
            for (Future<Boolean> result : results) {
                successes += result.get() ? 1 : 0;
            }
            assertEquals(1, successes);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void changingThePurposesNeedsAValidCode() {
        Enrollment enrollment = enabled();
        clock.advance(Duration.ofSeconds(30));

        assertThrows(InvalidInputException.class, () -> totp.setPurposes(USER, true, true, true, wrongCode(enrollment)));
        assertFalse(totp.requiredFor(USER, Purpose.LOGIN));

        totp.setPurposes(USER, true, false, false, currentCode(enrollment));
        assertEquals(Optional.of(new TotpStatus(true, true, false, false)), totp.status(USER));
        assertTrue(totp.requiredFor(USER, Purpose.LOGIN));
        assertFalse(totp.requiredFor(USER, Purpose.PASSWORD_RESET));
        assertFalse(totp.requiredFor(USER, Purpose.API_KEY));

        assertThrows(InvalidInputException.class, () -> totp.setPurposes(USER, false, true, true, currentCode(enrollment)),
                "the same code twice");
        clock.advance(Duration.ofSeconds(30));
        totp.setPurposes(USER, false, true, true, currentCode(enrollment));
        assertFalse(totp.requiredFor(USER, Purpose.LOGIN));
        assertTrue(totp.requiredFor(USER, Purpose.PASSWORD_RESET));
        assertTrue(totp.requiredFor(USER, Purpose.API_KEY));
    }

    @Test
    void purposesCannotBeSetBeforeEnablingAndNothingIsRequiredWithoutTwoFactor() {
        Enrollment enrollment = totp.beginEnrollment(USER, "trader");

        assertThrows(InvalidInputException.class, () -> totp.setPurposes(USER, true, true, true, currentCode(enrollment)));
        assertFalse(totp.requiredFor(USER, Purpose.LOGIN));
        assertFalse(totp.requiredFor(USER, Purpose.API_KEY));
        assertFalse(totp.requiredFor(99, Purpose.PASSWORD_RESET));
        assertEquals(Optional.empty(), totp.status(99));
    }

    @Test
    void disablingNeedsAValidCodeAndForgetsTheSecret() {
        Enrollment enrollment = enabled();
        clock.advance(Duration.ofSeconds(30));

        assertThrows(InvalidInputException.class, () -> totp.disable(USER, wrongCode(enrollment)));
        assertTrue(totp.status(USER).orElseThrow().enabled());

        totp.disable(USER, currentCode(enrollment));
        assertEquals(Optional.empty(), totp.status(USER));
        clock.advance(Duration.ofSeconds(30));
        assertFalse(totp.verify(USER, currentCode(enrollment)));
    }

    @Test
    void aNewEnrollmentIsRefusedWhileEnabledButReplacesAPendingOne() {
        Enrollment first = totp.beginEnrollment(USER, "trader");
        Enrollment second = totp.beginEnrollment(USER, "trader");
        assertFalse(totp.confirmEnrollment(USER, currentCode(first)), "the first secret was replaced");
        assertTrue(totp.confirmEnrollment(USER, currentCode(second)));

        assertThrows(IllegalStateException.class, () -> totp.beginEnrollment(USER, "trader"));
    }

    /** Enrolls and confirms at the clock's current step, which is therefore used up. */
    private Enrollment enabled() {
        Enrollment enrollment = totp.beginEnrollment(USER, "trader");
        assertTrue(totp.confirmEnrollment(USER, currentCode(enrollment)));
        return enrollment;
    }

    private String currentCode(Enrollment enrollment) {
        return codeAt(enrollment, 0);
    }

    private String codeAt(Enrollment enrollment, int stepsFromNow) {
        return generator.codeForStep(Base32.decode(enrollment.secret()),
                TotpGenerator.stepAt(clock.instant()) + stepsFromNow);
    }

    /** A code that is valid for none of the accepted steps. */
    private String wrongCode(Enrollment enrollment) {
        String current = codeAt(enrollment, 0);
        String previous = codeAt(enrollment, -1);
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(current) && !code.equals(previous)) {
                return code;
            }
        }
    }

    private static String decodeQr(String dataUri) throws IOException, NotFoundException {
        String prefix = "data:image/png;base64,";
        assertTrue(dataUri.startsWith(prefix));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                dataUri.substring(prefix.length()))));
        // PURE_BARCODE: the image is exactly one code and its quiet zone, as a phone's camera never
        // sees it; without the hint zxing's finder-pattern search occasionally misses such images.
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE,
                Boolean.TRUE)).getText();
    }
}
