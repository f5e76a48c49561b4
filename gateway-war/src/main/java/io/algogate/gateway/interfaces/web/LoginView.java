package io.algogate.gateway.interfaces.web;

/** The login page's view model. */
public class LoginView {

    private final String username;
    private final String error;

    public LoginView(String username, String error) {
        this.username = username;
        this.error = error;
    }

    public String getUsername() {
        return username;
    }

    public String getError() {
        return error;
    }
}
