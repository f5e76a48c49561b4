package io.algogate.gateway.interfaces.web;

/** One auto-ban threshold as the security page shows it: its configuration key, value and meaning. */
public class AutoBanSetting {

    private final String key;
    private final String value;
    private final String meaning;

    AutoBanSetting(String key, String value, String meaning) {
        this.key = key;
        this.value = value;
        this.meaning = meaning;
    }

    /** The field name in the form: the key without dots, so it is a plain HTML id. */
    public String getId() {
        return key.replace('.', '-');
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public String getMeaning() {
        return meaning;
    }
}
