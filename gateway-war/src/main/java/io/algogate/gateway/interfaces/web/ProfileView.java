package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.TotpStatus;

/** The profile page's view model (a JavaBean: JSP's EL cannot read records). */
public class ProfileView {

    private final String username;
    private final String email;
    private final boolean admin;
    private final TotpStatus twoFactor;
    private final String notice;
    private final String error;

    public ProfileView(String username, String email, boolean admin, TotpStatus twoFactor, String notice, String error) {
        this.username = username;
        this.email = email;
        this.admin = admin;
        this.twoFactor = twoFactor;
        this.notice = notice;
        this.error = error;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isTotpEnabled() {
        return twoFactor.enabled();
    }

    public boolean isTotpForLogin() {
        return twoFactor.requiredForLogin();
    }

    public boolean isTotpForReset() {
        return twoFactor.requiredForReset();
    }

    public boolean isTotpForApiKey() {
        return twoFactor.requiredForApiKey();
    }

    public String getNotice() {
        return notice;
    }

    public String getError() {
        return error;
    }
}
