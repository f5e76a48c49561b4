package io.algogate.gateway.interfaces.web;

/** The login page's view model. */
public class LoginView {

    private final String username;
    private final String error;
    private final String notice;

    public LoginView(String username, String error, String notice) {
        this.username = username;
        this.error = error;
        this.notice = notice;
    }

    public String getNotice() {
        return notice;
    }

    public String getUsername() {
        return username;
    }

    public String getError() {
        return error;
    }
}
