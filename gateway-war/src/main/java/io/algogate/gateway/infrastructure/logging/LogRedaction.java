package io.algogate.gateway.infrastructure.logging;

import java.text.MessageFormat;
import java.util.regex.Pattern;

/**
 * What the application log must never carry (seed section 11, OpenAlgo's {@code SensitiveDataFilter}):
 * bearer tokens, the value of any credential-like key in {@code k=v}, {@code k: v} and JSON forms,
 * and every 64-hex string (our API keys and peppers are 64 hex digits). CR and LF are escaped so a
 * logged value can never start a forged line of its own.
 */
public final class LogRedaction {

    public static final String REDACTED = "[REDACTED]";

    /** OpenAlgo's first pattern: {@code Bearer <token>}. */
    private static final Pattern BEARER = Pattern.compile("(?i)(Bearer\\s+)[\\w\\-.~+/=]+");

    /**
     * OpenAlgo's second pattern, with our own key names added (apikey without a separator, client
     * secret, webhook secret...): the key, optionally quoted, then {@code =} or {@code :}, then the
     * value up to a space, quote, comma, semicolon, ampersand or closing bracket. An authorization
     * scheme ({@code Basic}, {@code Bearer}...) is left for the rules that redact what follows it.
     */
    private static final Pattern KEY_VALUE = Pattern.compile("(?i)(['\"]?"
            + "(?:api[_-]?key[_-]?pepper|api[_-]?key|app[_-]?key|password|passwd|access[_-]?token|enctoken"
            + "|feed[_-]?token|session[_-]?token|auth[_-]?token|refresh[_-]?token|request[_-]?token"
            + "|authorization|api[_-]?secret|client[_-]?secret|secret|pepper|token)"
            + "['\"]?\\s*[:=]\\s*['\"]?)(?!\\[REDACTED\\]|(?i:Basic|Digest|Token|Bearer)\\s)[^\\s'\",;}\\]&]+");

    /**
     * The Authorization header's scheme and value ({@code Authorization: Basic abc}): the pattern
     * above stops at the space after the scheme, so the credential itself needs its own rule.
     */
    private static final Pattern AUTHORIZATION_SCHEME = Pattern.compile(
            "(?i)(authorization['\"]?\\s*[:=]\\s*['\"]?(?:Basic|Digest|Token|Bearer)\\s+)(?!\\[REDACTED\\])[^\\s'\",;}\\]]+");

    /** 64 hex digits standing alone (not inside a longer hex run). */
    private static final Pattern HEX_64 = Pattern.compile("(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])");

    private LogRedaction() {
    }

    /** The text with every secret replaced by {@value #REDACTED} and CR/LF escaped. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = BEARER.matcher(text).replaceAll("$1" + REDACTED);
        result = AUTHORIZATION_SCHEME.matcher(result).replaceAll("$1" + REDACTED);
        result = KEY_VALUE.matcher(result).replaceAll("$1" + REDACTED);
        result = HEX_64.matcher(result).replaceAll(REDACTED);
        return escapeLineBreaks(result);
    }

    /** CR as {@code \r} and LF as {@code \n}, literally: a record stays one line. */
    public static String escapeLineBreaks(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    /**
     * A JUL message with its parameters substituted as {@link java.util.logging.Formatter#formatMessage}
     * does ({@link MessageFormat} when the message has a {@code {0}}-style placeholder), so that a secret
     * split between the message ({@code "password={0}"}) and a parameter is seen whole before redaction.
     */
    public static String format(String message, Object[] parameters) {
        if (message == null || parameters == null || parameters.length == 0) {
            return message;
        }
        if (!message.contains("{0") && !message.contains("{1") && !message.contains("{2")
                && !message.contains("{3")) {
            return message;
        }
        try {
            return MessageFormat.format(message, parameters);
        } catch (IllegalArgumentException e) {
            // Not a MessageFormat pattern after all: log it as written, as JUL's formatters do.
            return message;
        }
    }
}
