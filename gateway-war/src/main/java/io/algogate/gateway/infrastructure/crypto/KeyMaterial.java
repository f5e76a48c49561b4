package io.algogate.gateway.infrastructure.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Secret text and salt from which an encryption key is derived. {@link #toString()} never shows them.
 */
public record KeyMaterial(String material, byte[] salt) {

    public KeyMaterial {
        Objects.requireNonNull(material, "material");
        salt = Objects.requireNonNull(salt, "salt").clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /**
     * Parses the previous keys' setting: a comma-separated list of {@code <material>@<hexsalt>}
     * entries. The last {@code @} splits an entry, as a hex salt never contains one; the material must
     * not contain a comma (generated material is urlsafe base64, which never does). Errors name the
     * entry's position, never its value.
     */
    public static List<KeyMaterial> parseList(String setting, String source) {
        List<KeyMaterial> keys = new ArrayList<>();
        if (setting == null || setting.isBlank()) {
            return keys;
        }
        String[] entries = setting.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            String where = "entry " + (i + 1) + " of " + source;
            int at = entry.lastIndexOf('@');
            if (at <= 0 || at == entry.length() - 1) {
                throw new IllegalStateException("The " + where + " must read <material>@<hexsalt>");
            }
            keys.add(new KeyMaterial(entry.substring(0, at), GatewaySecrets.parseSalt(entry.substring(at + 1), where)));
        }
        return keys;
    }

    @Override
    public String toString() {
        return "KeyMaterial[values hidden]";
    }
}
