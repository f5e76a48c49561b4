package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.GttTriggerType;
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
 * OpenAlgo's rules across a GTT's fields: the quantity above 0 and whole unless CRYPTO; SINGLE with
 * exactly one of the two trigger prices above 0; OCO with both trigger prices above 0, a stop-loss and
 * a target price, and the stop-loss trigger below the target trigger. Each violation names its field;
 * fields that failed to parse (null) are left to their own errors.
 */
@Documented
@Constraint(validatedBy = ConsistentGtt.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentGtt {

    String message() default "Inconsistent GTT order.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentGtt, GttOrderSchema> {

        static final String SINGLE_ONE_TRIGGER =
                "A SINGLE trigger needs exactly one of triggerprice_sl and triggerprice_tg greater than 0.";
        static final String OCO_NEEDS = "Required for OCO triggers (greater than 0).";
        static final String OCO_ORDER = "For OCO triggers triggerprice_sl must be below triggerprice_tg.";

        @Override
        public boolean isValid(GttOrderSchema gtt, ConstraintValidatorContext context) {
            if (gtt == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = ConsistentOrder.Validator.validQuantity(context, gtt.quantity(), gtt.exchange(), false);
            BigDecimal sl = gtt.triggerpriceSl();
            BigDecimal tg = gtt.triggerpriceTg();
            if (gtt.triggerType() == GttTriggerType.SINGLE && sl != null && tg != null
                    && positive(sl) == positive(tg)) {
                valid = violation(context, "triggerpriceSl", SINGLE_ONE_TRIGGER)
                        & violation(context, "triggerpriceTg", SINGLE_ONE_TRIGGER);
            }
            if (gtt.triggerType() == GttTriggerType.OCO) {
                boolean complete = true;
                if (sl != null && !positive(sl)) {
                    complete = violation(context, "triggerpriceSl", OCO_NEEDS);
                }
                if (tg != null && !positive(tg)) {
                    complete = violation(context, "triggerpriceTg", OCO_NEEDS);
                }
                if (gtt.stoploss() == null || !positive(gtt.stoploss())) {
                    complete = violation(context, "stoploss", OCO_NEEDS);
                }
                if (gtt.target() == null || !positive(gtt.target())) {
                    complete = violation(context, "target", OCO_NEEDS);
                }
                if (sl != null && tg != null && positive(sl) && positive(tg) && sl.compareTo(tg) >= 0) {
                    complete = violation(context, "triggerpriceSl", OCO_ORDER);
                }
                valid &= complete;
            }
            return valid;
        }

        private static boolean positive(BigDecimal value) {
            return value.signum() > 0;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            return ConsistentOrder.Validator.violation(context, field, message);
        }
    }
}
