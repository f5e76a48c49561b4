package io.algogate.gateway.interfaces.web;

/** The API key page's view model (a JavaBean: JSP's EL cannot read records). */
public class AccountView {

    private final String username;
    private final String maskedKey;
    private final String newKey;
    private final String notice;
    private final String baseUrl;
    private String error;
    private boolean codeRequired;

    /**
     * @param newKey the whole key, only in the answer to its regeneration; null on every other page
     * @param baseUrl the gateway's public address, for the example call
     */
    public AccountView(String username, String maskedKey, String newKey, String notice, String baseUrl) {
        this.username = username;
        this.maskedKey = maskedKey;
        this.newKey = newKey;
        this.notice = notice;
        this.baseUrl = baseUrl;
    }

    public String getUsername() {
        return username;
    }

    public String getMaskedKey() {
        return maskedKey;
    }

    public String getNewKey() {
        return newKey;
    }

    public String getNotice() {
        return notice;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getError() {
        return error;
    }

    void setError(String error) {
        this.error = error;
    }

    /** Whether making a new key needs a two-factor code (the trader's switch). */
    public boolean isCodeRequired() {
        return codeRequired;
    }

    void setCodeRequired(boolean codeRequired) {
        this.codeRequired = codeRequired;
    }

}
