package io.algogate.gateway.interfaces.web;

/** The profile page's view model (a JavaBean: JSP's EL cannot read records). */
public class ProfileView {

    private final String username;
    private final String email;
    private final boolean admin;
    private final boolean totpEnabled;
    private final boolean totpForLogin;
    private final boolean totpForReset;
    private final String notice;
    private final String error;

    public ProfileView(String username, String email, boolean admin, boolean totpEnabled, boolean totpForLogin,
            boolean totpForReset, String notice, String error) {
        this.username = username;
        this.email = email;
        this.admin = admin;
        this.totpEnabled = totpEnabled;
        this.totpForLogin = totpForLogin;
        this.totpForReset = totpForReset;
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
        return totpEnabled;
    }

    public boolean isTotpForLogin() {
        return totpForLogin;
    }

    public boolean isTotpForReset() {
        return totpForReset;
    }

    public String getNotice() {
        return notice;
    }

    public String getError() {
        return error;
    }
}
