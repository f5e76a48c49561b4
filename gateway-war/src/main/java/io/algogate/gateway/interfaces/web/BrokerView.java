package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.LoginField;
import io.algogate.gateway.domain.BrokerSessionRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The Broker page's view model (a JavaBean: JSP's EL cannot read records, D6). */
public class BrokerView {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm 'IST'")
            .withZone(ZoneId.of("Asia/Kolkata"));

    private final String brokerName;
    private final String loginKind;
    private final BrokerSessionRecord session;
    private final List<Field> fields;
    private final String notice;
    private final String error;

    BrokerView(String brokerName, String loginKind, BrokerSessionRecord session, List<Field> fields, String notice,
            String error) {
        this.brokerName = brokerName;
        this.loginKind = loginKind;
        this.session = session;
        this.fields = List.copyOf(fields);
        this.notice = notice;
        this.error = error;
    }

    public String getBrokerName() {
        return brokerName;
    }

    /** {@code none} (the sandbox), {@code redirect} or {@code form}. */
    public String getLoginKind() {
        return loginKind;
    }

    public boolean isConnected() {
        return session != null;
    }

    /** Until when the session lasts; empty when it does not end by the clock. */
    public String getConnectedUntil() {
        return session == null || session.getExpiresAt() == null ? "" : UNTIL.format(session.getExpiresAt());
    }

    public String getUserAtBroker() {
        return session == null || session.getBrokerUserId() == null ? "" : session.getBrokerUserId();
    }

    public List<Field> getFields() {
        return fields;
    }

    public String getNotice() {
        return notice;
    }

    public String getError() {
        return error;
    }

    /** One field of a form login. */
    public static class Field {
        private final LoginField field;

        Field(LoginField field) {
            this.field = field;
        }

        public String getName() {
            return field.name();
        }

        public String getLabel() {
            return field.label();
        }

        public boolean isSecret() {
            return field.secret();
        }
    }
}
