package io.algogate.gateway.infrastructure.crypto;

import io.algogate.security.filters.AsciiCase;
import java.io.ByteArrayOutputStream;

/**
 * RFC 4648 base32 without padding: the form authenticator apps expect a TOTP secret in. Decoding
 * ignores case, spaces and padding, as users may copy a secret in groups.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bitsInBuffer = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bitsInBuffer += 8;
            while (bitsInBuffer >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bitsInBuffer - 5)) & 31));
                bitsInBuffer -= 5;
            }
        }
        if (bitsInBuffer > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bitsInBuffer)) & 31));
        }
        return out.toString();
    }

    public static byte[] decode(String text) {
        String normalised = AsciiCase.upper(text.replace(" ", "").replace("=", ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream(normalised.length() * 5 / 8);
        int buffer = 0;
        int bitsInBuffer = 0;
        for (int i = 0; i < normalised.length(); i++) {
            int value = ALPHABET.indexOf(normalised.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not base32 (character " + i + ")");
            }
            buffer = (buffer << 5) | value;
            bitsInBuffer += 5;
            if (bitsInBuffer >= 8) {
                out.write((buffer >> (bitsInBuffer - 8)) & 0xFF);
                bitsInBuffer -= 8;
            }
        }
        return out.toByteArray();
    }
}
