package io.algogate.gateway.interfaces.web;

import java.util.Map;

/**
 * An order form as a page shows it (the ticket, or the modify form of one order): the values to fill
 * in, each refused field's message next to its field, a message for the whole form, and after success
 * the order's id. The values are what the trader typed or a link prefilled, shown back as text.
 */
public class OrderFormView {

    private final Map<String, String> values;
    private final Map<String, String> errors;
    private final String error;
    private final String notice;
    private final String orderId;
    private final OrderRow order;

    OrderFormView(Map<String, String> values, Map<String, String> errors, String error, String notice,
            String orderId, OrderRow order) {
        this.values = Map.copyOf(values);
        this.errors = Map.copyOf(errors);
        this.error = error;
        this.notice = notice;
        this.orderId = orderId;
        this.order = order;
    }

    /** Field name to value, for {@code ${form.values.symbol}}. */
    public Map<String, String> getValues() {
        return values;
    }

    /** Field name to its message, for the message next to the field. */
    public Map<String, String> getErrors() {
        return errors;
    }

    public String getError() {
        return error;
    }

    public String getNotice() {
        return notice;
    }

    public String getOrderId() {
        return orderId;
    }

    /** The order being modified; null on the ticket. */
    public OrderRow getOrder() {
        return order;
    }
}
