package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A client's recent invalid API keys: the times, and the last distinct SHA-256 prefixes of the keys.
 * Only a 16-hex-character prefix is ever stored, never a key: enough to tell one guess from another.
 */
@Entity
@Table(name = "invalid_key_trackers")
public class InvalidKeyTrack extends ClientHitTrack {

    public static final int MAX_PREFIXES = 20;
    public static final int PREFIX_LENGTH = 16;
    private static final Pattern HEX_PREFIX = Pattern.compile("[0-9a-f]{" + PREFIX_LENGTH + "}");

    /** Newest last, one per line. */
    @Column(name = "key_prefixes", nullable = false, length = MAX_PREFIXES * (PREFIX_LENGTH + 1))
    private String keyPrefixes = "";

    protected InvalidKeyTrack() {
    }

    public InvalidKeyTrack(String clientKey, Instant createdAt) {
        super(clientKey, createdAt);
    }

    /** The last distinct key prefixes tried, newest last. */
    public List<String> getKeyPrefixes() {
        return StoredLists.parseLines(keyPrefixes);
    }

    /**
     * Remembers the first 16 characters of a key's SHA-256 hex; anything longer is cut, so a caller that
     * passes a whole digest (or, by mistake, a key) still stores only a prefix. Anything that is not hex
     * is not stored at all.
     */
    public void rememberKeyPrefix(String sha256Prefix) {
        String prefix = sha256Prefix.length() <= PREFIX_LENGTH ? sha256Prefix
                : sha256Prefix.substring(0, PREFIX_LENGTH);
        prefix = prefix.toLowerCase(Locale.ROOT);
        if (HEX_PREFIX.matcher(prefix).matches()) {
            keyPrefixes = StoredLists.withNewestLine(keyPrefixes, prefix, MAX_PREFIXES);
        }
    }
}
