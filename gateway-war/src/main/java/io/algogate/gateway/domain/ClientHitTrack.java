package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.List;

/**
 * What a tracker keeps per client: the times of its recent hits (404s, invalid keys), so a sliding
 * window can count them, and when the row last changed. The subclasses add what the client tried.
 */
@MappedSuperclass
public abstract class ClientHitTrack implements ClientKeyed {

    /**
     * The most hit times a row can hold, so a threshold cannot exceed it: 360 times of 11 characters
     * fit the column below, which stays a portable VARCHAR rather than a CLOB.
     */
    public static final int MAX_HITS = 360;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_key", nullable = false, unique = true, length = MAX_CLIENT_KEY_LENGTH)
    private String clientKey;

    @Column(name = "hit_times", nullable = false, length = MAX_HITS * 11)
    private String hitTimes = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClientHitTrack() {
    }

    protected ClientHitTrack(String clientKey, Instant createdAt) {
        this.clientKey = clientKey;
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getClientKey() {
        return clientKey;
    }

    /** The recorded hit times, oldest first, to the second. */
    public List<Instant> getHitTimes() {
        return StoredLists.parseEpochSeconds(hitTimes);
    }

    public void setHitTimes(List<Instant> hits) {
        if (hits.size() > MAX_HITS) {
            throw new IllegalArgumentException("At most " + MAX_HITS + " hit times fit a tracker row");
        }
        this.hitTimes = StoredLists.joinEpochSeconds(hits);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
