package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.PriceType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * The rules across an order's fields. OpenAlgo's schema leaves the price rules to the broker, which
 * answers them late and each broker differently; here they are refused before any broker is called:
 * LIMIT and SL need a price above 0, SL and SL-M a trigger price above 0, and the quantity is above 0
 * (at least 0 for a smart order) and whole unless the exchange is CRYPTO (OpenAlgo's own post-load rule, with its message). Each violation
 * names its field.
 */
@Documented
@Constraint(validatedBy = ConsistentOrder.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentOrder {

    String message() default "Inconsistent order.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks an {@link OrderFields}; fields that failed to parse (null) are left to their own errors. */
    class Validator implements ConstraintValidator<ConsistentOrder, OrderFields> {

        static final String PRICE_NEEDED = "A price greater than 0 is required for %s orders.";
        static final String TRIGGER_NEEDED = "A trigger price greater than 0 is required for %s orders.";

        @Override
        public boolean isValid(OrderFields order, ConstraintValidatorContext context) {
            if (order == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = validQuantity(context, order.quantity(), order.exchange(), order.zeroQuantityAllowed());
            PriceType type = order.priceType();
            if ((type == PriceType.LIMIT || type == PriceType.STOP_LOSS) && notPositive(order.price())) {
                valid = violation(context, "price", PRICE_NEEDED.formatted(type.wireName()));
            }
            if ((type == PriceType.STOP_LOSS || type == PriceType.STOP_LOSS_MARKET) && notPositive(order.triggerPrice())) {
                valid = violation(context, "triggerPrice", TRIGGER_NEEDED.formatted(type.wireName()));
            }
            return valid;
        }

        /**
         * The quantity rule every order shares: above 0 (at least 0 where zero is allowed) and whole
         * unless the exchange is CRYPTO. Null (failed in parsing) passes.
         */
        static boolean validQuantity(ConstraintValidatorContext context, BigDecimal quantity, String exchange,
                boolean zeroAllowed) {
            if (quantity != null && (zeroAllowed ? quantity.signum() < 0 : quantity.signum() <= 0)) {
                return violation(context, "quantity", zeroAllowed ? Messages.NOT_NEGATIVE : Messages.POSITIVE);
            }
            if (quantity != null && !OpenAlgoEnums.CRYPTO.equals(exchange) && quantity.stripTrailingZeros().scale() > 0) {
                return violation(context, "quantity", "Fractional quantity (" + quantity.toPlainString()
                        + ") is not allowed for non-crypto exchanges.");
            }
            return true;
        }

        private static boolean notPositive(BigDecimal value) {
            return value == null || value.signum() <= 0;
        }

        /** Adds a violation on the field with the message as literal text; always false. */
        static boolean violation(ConstraintValidatorContext context, String field, String message) {
            // The message is literal text: a quantity such as ${...} must never be read as an expression.
            context.buildConstraintViolationWithTemplate(message.replace("\\", "\\\\").replace("{", "\\{")
                    .replace("}", "\\}").replace("$", "\\$")).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
