package io.algogate.it.support;

import java.nio.ByteBuffer;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a trader's authenticator app does, written independently of the gateway's code: RFC 6238 codes
 * (30 s, HMAC-SHA1, 6 digits) from a base32 key, for the time on the gateway's clock.
 */
public final class Authenticator {

    private final byte[] key;

    public Authenticator(String base32Key) {
        this.key = base32(base32Key);
    }

    /** The code for the gateway's current time step, moved by {@code stepsAhead} steps. */
    public String codeAt(Instant instant) {
        long step = instant.getEpochSecond() / 30;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The gateway's clock, read through the test profile's control endpoint. */
    public static Instant gatewayNow() {
        return Instant.parse(Json.parse(Control.post("/__test/clock")).getString("now"));
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replace("=", "").replace(" ", "").toUpperCase();
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
