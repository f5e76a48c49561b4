package io.algogate.gateway.interfaces.web;

import java.util.Map;

/** The setup page's view model: what the user typed (never the password) and each field's error. */
public class SetupForm {

    private final String username;
    private final String email;
    private Map<String, String> errors = Map.of();

    public SetupForm(String username, String email) {
        this.username = username == null ? "" : username;
        this.email = email == null ? "" : email;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    void setErrors(Map<String, String> errors) {
        this.errors = Map.copyOf(errors);
    }
}
