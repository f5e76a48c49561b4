package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A choice the admin made at run time that must outlive a restart (the active broker, ...). */
@Entity
@Table(name = "gateway_settings")
public class GatewaySetting {

    @Id
    @Column(name = "setting_name", length = 64)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 1024)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GatewaySetting() {
    }

    public GatewaySetting(String name, String value, Instant updatedAt) {
        this.name = name;
        this.value = value;
        this.updatedAt = updatedAt;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
