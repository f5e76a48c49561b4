package io.algogate.gateway.interfaces.web;

/** The one page that shows the API key in full, right after setup. */
public class SetupDoneView {

    private final String username;
    private final String apiKey;

    public SetupDoneView(String username, String apiKey) {
        this.username = username;
        this.apiKey = apiKey;
    }

    public String getUsername() {
        return username;
    }

    public String getApiKey() {
        return apiKey;
    }
}
