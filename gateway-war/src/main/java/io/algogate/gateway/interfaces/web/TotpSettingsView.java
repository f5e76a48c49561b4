package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.TotpStatus;

/** The two-factor page's view model (a JavaBean: JSP's EL cannot read records). */
public class TotpSettingsView {

    private final boolean enabled;
    private final boolean requiredForLogin;
    private final boolean requiredForReset;
    private final boolean requiredForApiKey;
    private final String notice;
    private final String error;
    private String secret;
    private String otpauthUri;
    private String qrCode;

    public TotpSettingsView(TotpStatus status, String notice, String error) {
        this.enabled = status.enabled();
        this.requiredForLogin = status.requiredForLogin();
        this.requiredForReset = status.requiredForReset();
        this.requiredForApiKey = status.requiredForApiKey();
        this.notice = notice;
        this.error = error;
    }

    void setEnrollment(String newSecret, String uri, String qrCodeDataUri) {
        this.secret = newSecret;
        this.otpauthUri = uri;
        this.qrCode = qrCodeDataUri;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isRequiredForLogin() {
        return requiredForLogin;
    }

    public boolean isRequiredForReset() {
        return requiredForReset;
    }

    public boolean isRequiredForApiKey() {
        return requiredForApiKey;
    }

    public String getNotice() {
        return notice;
    }

    public String getError() {
        return error;
    }

    public String getSecret() {
        return secret;
    }

    public String getOtpauthUri() {
        return otpauthUri;
    }

    public String getQrCode() {
        return qrCode;
    }
}
