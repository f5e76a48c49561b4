package io.algogate.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final byte[] KEY = key(7);
    private final AuditChain chain = new AuditChain(KEY);
    private final List<AuditChain.Row> rows = appended(chain, 6);

    /** Six rows chained as the appender writes them, with ids 101, 102... (ids need not start at 1). */
    private static List<AuditChain.Row> appended(AuditChain chain, int count) {
        List<AuditChain.Row> rows = new ArrayList<>();
        String previousMac = AuditChain.GENESIS_MAC;
        for (int i = 1; i <= count; i++) {
            AuditChain.Fields fields = new AuditChain.Fields(i, Instant.parse("2026-12-05T01:00:00Z").plusSeconds(i),
                    i % 2 == 0 ? "LOGIN_SUCCEEDED" : "LOGIN_FAILED", "trader", "203.0.113." + i,
                    i == 3 ? null : "detail " + i);
            String mac = chain.macOf(fields, previousMac);
            rows.add(new AuditChain.Row(100 + i, fields, mac));
            previousMac = mac;
        }
        return rows;
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private static AuditChain.Verification verify(AuditChain chain, List<AuditChain.Row> rows) {
        AuditChain.Verifier verifier = chain.verifier();
        rows.forEach(verifier::check);
        return verifier.result();
    }

    private void assertFailsAt(List<AuditChain.Row> tampered, long id, String reasonPart) {
        AuditChain.Verification result = verify(chain, tampered);
        assertFalse(result.intact());
        AuditChain.Failure failure = result.firstFailure().orElseThrow();
        assertEquals(id, failure.id(), failure.toString());
        assertTrue(failure.reason().contains(reasonPart), failure.reason());
    }

    private List<AuditChain.Row> withRow(int index, UnaryOperator<AuditChain.Fields> edit) {
        List<AuditChain.Row> copy = new ArrayList<>(rows);
        AuditChain.Row row = copy.get(index);
        copy.set(index, new AuditChain.Row(row.id(), edit.apply(row.fields()), row.mac()));
        return copy;
    }

    @Test
    void anUntouchedChainVerifiesAndReportsItsHead() {
        AuditChain.Verification result = verify(chain, rows);
        assertTrue(result.intact());
        assertEquals(6, result.checked());
        assertEquals(6, result.headSequence());
        assertEquals(rows.get(5).mac(), result.headMac());
    }

    @Test
    void anEmptyTrailVerifies() {
        AuditChain.Verification result = verify(chain, List.of());
        assertTrue(result.intact());
        assertEquals(0, result.headSequence());
        assertEquals(AuditChain.GENESIS_MAC, result.headMac());
    }

    @Test
    void editingAnyFieldOfOneRowNamesThatRow() {
        List<UnaryOperator<AuditChain.Fields>> edits = List.of(
                f -> new AuditChain.Fields(f.sequence(), f.occurredAt().plusMillis(1), f.eventType(), f.username(),
                        f.clientIp(), f.detail()),
                f -> new AuditChain.Fields(f.sequence(), f.occurredAt(), "LOGIN_SUCCEEDED", f.username(),
                        f.clientIp(), f.detail()),
                f -> new AuditChain.Fields(f.sequence(), f.occurredAt(), f.eventType(), "admin", f.clientIp(),
                        f.detail()),
                f -> new AuditChain.Fields(f.sequence(), f.occurredAt(), f.eventType(), null, f.clientIp(),
                        f.detail()),
                f -> new AuditChain.Fields(f.sequence(), f.occurredAt(), f.eventType(), f.username(), "198.51.100.1",
                        f.detail()),
                f -> new AuditChain.Fields(f.sequence(), f.occurredAt(), f.eventType(), f.username(), f.clientIp(),
                        "something else"),
                f -> new AuditChain.Fields(f.sequence(), f.occurredAt(), f.eventType(), f.username(), f.clientIp(),
                        ""));
        for (UnaryOperator<AuditChain.Fields> edit : edits) {
            assertFailsAt(withRow(2, edit), 103, "MAC does not match");
        }
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "trader" + "203..." re-split as "trade" + "r203...": the same characters, another row.
        assertFailsAt(withRow(1, f -> new AuditChain.Fields(f.sequence(), f.occurredAt(), f.eventType(), "trade",
                "r" + f.clientIp(), f.detail())), 102, "MAC does not match");
    }

    @Test
    void aReplacedMacNamesThatRow() {
        List<AuditChain.Row> tampered = new ArrayList<>(rows);
        AuditChain.Row row = tampered.get(4);
        tampered.set(4, new AuditChain.Row(row.id(), row.fields(), "f".repeat(64)));
        assertFailsAt(tampered, 105, "MAC does not match");
    }

    @Test
    void deletingARowNamesTheRowAfterTheGap() {
        List<AuditChain.Row> tampered = new ArrayList<>(rows);
        tampered.remove(2);
        assertFailsAt(tampered, 104, "missing");
    }

    @Test
    void deletingARowAndRenumberingTheRestStillFailsOnTheMac() {
        List<AuditChain.Row> tampered = new ArrayList<>(rows);
        tampered.remove(2);
        for (int i = 2; i < tampered.size(); i++) {
            AuditChain.Row row = tampered.get(i);
            AuditChain.Fields f = row.fields();
            tampered.set(i, new AuditChain.Row(row.id(), new AuditChain.Fields(f.sequence() - 1, f.occurredAt(),
                    f.eventType(), f.username(), f.clientIp(), f.detail()), row.mac()));
        }
        assertFailsAt(tampered, 104, "MAC does not match");
    }

    @Test
    void reorderingTwoRowsNamesTheFirstMovedRow() {
        List<AuditChain.Row> tampered = new ArrayList<>(rows);
        AuditChain.Row third = tampered.get(2);
        AuditChain.Row fourth = tampered.get(3);
        // The rows' contents swap places in append (id) order.
        tampered.set(2, new AuditChain.Row(third.id(), fourth.fields(), fourth.mac()));
        tampered.set(3, new AuditChain.Row(fourth.id(), third.fields(), third.mac()));
        assertFailsAt(tampered, 103, "missing");

        // Swapping the sequence numbers back as well leaves only the MACs to tell.
        tampered.set(2, new AuditChain.Row(third.id(), withSequence(fourth.fields(), 3), fourth.mac()));
        tampered.set(3, new AuditChain.Row(fourth.id(), withSequence(third.fields(), 4), third.mac()));
        assertFailsAt(tampered, 103, "MAC does not match");
    }

    private static AuditChain.Fields withSequence(AuditChain.Fields f, long sequence) {
        return new AuditChain.Fields(sequence, f.occurredAt(), f.eventType(), f.username(), f.clientIp(), f.detail());
    }

    @Test
    void aRowStrippedOfItsChainFieldsAfterTheChainBeganIsNamed() {
        AuditChain.Verifier verifier = chain.verifier();
        verifier.unchained(50); // written before the chain existed: fine
        verifier.check(rows.get(0));
        verifier.unchained(rows.get(1).id());
        AuditChain.Verification result = verifier.result();
        assertEquals(1, result.unchained());
        assertEquals(rows.get(1).id(), result.firstFailure().orElseThrow().id());
    }

    @Test
    void onlyTheFirstFailureIsNamed() {
        List<AuditChain.Row> tampered = withRow(1, f -> withSequence(f, f.sequence()));
        tampered = new ArrayList<>(tampered);
        tampered.remove(4);
        tampered.set(1, new AuditChain.Row(102, tampered.get(1).fields(), "0".repeat(64)));
        assertFailsAt(tampered, 102, "MAC");
    }

    @Test
    void anotherKeyVerifiesNothing() {
        AuditChain other = new AuditChain(key(8));
        assertNotEquals(chain.macOf(rows.get(0).fields(), AuditChain.GENESIS_MAC),
                other.macOf(rows.get(0).fields(), AuditChain.GENESIS_MAC));
        AuditChain.Verification result = verify(other, rows);
        assertEquals(101, result.firstFailure().orElseThrow().id());
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AuditChain(new byte[16]));
    }
}
