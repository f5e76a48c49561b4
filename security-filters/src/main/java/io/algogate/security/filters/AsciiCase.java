package io.algogate.security.filters;

/**
 * Case folding for protocol tokens (schemes, host names, header names and values, keywords), which
 * are ASCII by definition. {@code String.toLowerCase}, even with {@code Locale.ROOT}, maps some
 * non-ASCII characters onto ASCII ones (the Kelvin sign to {@code k}, the dotless {@code ı} to
 * {@code I}), so a crafted value could fold into one we trust, such as an allowed origin. Here only
 * {@code A-Z} and {@code a-z} change case; everything else stays itself and therefore never matches
 * an ASCII token.
 */
public final class AsciiCase {

    private AsciiCase() {
    }

    /** {@code text} with A-Z lowered; {@code null} stays {@code null}. */
    public static String lower(String text) {
        return shifted(text, 'A', 'Z', 'a' - 'A');
    }

    /** {@code text} with a-z raised; {@code null} stays {@code null}. */
    public static String upper(String text) {
        return shifted(text, 'a', 'z', 'A' - 'a');
    }

    /** Whether both are equal once A-Z are lowered; {@code false} when either is {@code null}. */
    public static boolean equalsIgnoreCase(String a, String b) {
        return a != null && b != null && a.length() == b.length() && lower(a).equals(lower(b));
    }

    private static String shifted(String text, char first, char last, int offset) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= first && chars[i] <= last) {
                chars[i] = (char) (chars[i] + offset);
            }
        }
        return new String(chars);
    }
}
