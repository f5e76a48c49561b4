package io.algogate.gateway.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit trail's HMAC chain: each row's MAC is HMAC-SHA256 over the previous row's MAC and this
 * row's fields, so editing, deleting, inserting or reordering a row breaks the MAC of that row (or of
 * the row after a deleted one), and nobody without the key, which never lives in the database, can
 * write a chain that verifies again.
 *
 * <p>The fields are encoded with a length before each, so no two different rows encode alike
 * ("ab"+"c" and "a"+"bc" differ), and a null differs from an empty string.
 */
public final class AuditChain {

    /** The "previous MAC" of the first row. */
    public static final String GENESIS_MAC = "0".repeat(64);

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public AuditChain(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("The audit key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The fields a row's MAC covers: all that the row says. */
    public record Fields(long sequence, Instant occurredAt, String eventType, String username, String clientIp,
            String detail) {
        public Fields {
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(eventType, "eventType");
        }
    }

    /** A stored row as the verifier reads it. */
    public record Row(long id, Fields fields, String mac) {
    }

    /** The first row that failed, and why. */
    public record Failure(long id, long sequence, String reason) {
    }

    /**
     * The outcome of verifying the whole table.
     *
     * @param checked the chained rows read
     * @param unchained rows written before the chain existed (no sequence), which it does not cover
     * @param headSequence the last chained row's sequence (0 for none): an operator who notes it and
     *        the head MAC can later tell whether rows were cut off the end, which no chain can show alone
     */
    public record Verification(long checked, long unchained, Optional<Failure> firstFailure, long headSequence,
            String headMac) {
        public boolean intact() {
            return firstFailure.isEmpty();
        }
    }

    /** The MAC of a row with these fields appended after a row whose MAC is {@code previousMac}. */
    public String macOf(Fields fields, String previousMac) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(encode(previousMac));
            mac.update(ByteBuffer.allocate(Long.BYTES * 3).putLong(fields.sequence())
                    .putLong(fields.occurredAt().getEpochSecond()).putLong(fields.occurredAt().getNano()).array());
            mac.update(encode(fields.eventType()));
            mac.update(encode(fields.username()));
            mac.update(encode(fields.clientIp()));
            mac.update(encode(fields.detail()));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A verifier that reads the chained rows one at a time, in sequence order. */
    public Verifier verifier() {
        return new Verifier();
    }

    /** Checks rows in order; after the first failure it only counts. */
    public final class Verifier {

        private long expectedSequence = 1;
        private String previousMac = GENESIS_MAC;
        private long checked;
        private long unchained;
        private Failure firstFailure;

        private Verifier() {
        }

        /**
         * A row without sequence and MAC: fine before the first chained row (written before the chain
         * existed), a failure after it (someone stripped a row out of the chain).
         */
        public Optional<Failure> unchained(long id) {
            if (checked == 0) {
                unchained++;
                return Optional.empty();
            }
            return check(new Row(id, null, null));
        }

        public Optional<Failure> check(Row row) {
            checked++;
            if (firstFailure != null) {
                return Optional.of(firstFailure);
            }
            if (row.fields() == null) {
                firstFailure = new Failure(row.id(), 0, "its chain sequence and MAC were removed");
                return Optional.of(firstFailure);
            }
            long sequence = row.fields().sequence();
            if (sequence != expectedSequence) {
                firstFailure = new Failure(row.id(), sequence, sequence > expectedSequence
                        ? "rows are missing before it: expected sequence " + expectedSequence + ", found " + sequence
                        : "it is out of order: expected sequence " + expectedSequence + ", found " + sequence);
                return Optional.of(firstFailure);
            }
            String expected = macOf(row.fields(), previousMac);
            if (row.mac() == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    row.mac().getBytes(StandardCharsets.US_ASCII))) {
                firstFailure = new Failure(row.id(), sequence,
                        "its MAC does not match its fields and the previous row's MAC (edited, or moved)");
                return Optional.of(firstFailure);
            }
            previousMac = row.mac();
            expectedSequence++;
            return Optional.empty();
        }

        public Verification result() {
            return new Verification(checked, unchained, Optional.ofNullable(firstFailure), expectedSequence - 1,
                    previousMac);
        }
    }

    private static byte[] encode(String value) {
        if (value == null) {
            return new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Integer.BYTES + bytes.length).putInt(bytes.length).put(bytes).array();
    }
}
