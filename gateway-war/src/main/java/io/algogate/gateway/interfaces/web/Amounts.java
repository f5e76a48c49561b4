package io.algogate.gateway.interfaces.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money and quantities as the dashboard's pages print them: two decimals with thousands separators,
 * P&amp;L with its sign spelled out (so gain and loss do not rest on colour alone) and the CSS class
 * ({@code good}, {@code bad}) that colours it.
 */
final class Amounts {

    private Amounts() {
    }

    /** {@code 1,234.50}. */
    static String money(BigDecimal value) {
        // DecimalFormat is not thread-safe: a fresh one per call.
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** {@code +1,234.50}, {@code -12.00}, or {@code 0.00}. */
    static String signed(BigDecimal value) {
        String text = money(value);
        return text.startsWith("-") || isZero(value) ? text : "+" + text;
    }

    /** {@code good} for a gain, {@code bad} for a loss, empty for none (after rounding to paise). */
    static String tone(BigDecimal value) {
        if (isZero(value)) {
            return "";
        }
        return value.signum() > 0 ? "good" : "bad";
    }

    /** A quantity without trailing zeros: {@code 10}, {@code -3}, {@code 0.5}. */
    static String quantity(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static boolean isZero(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).signum() == 0;
    }
}
