package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.BanView;

/** One active ban as the security page shows it (a JavaBean for EL). */
public class BanRow {

    private final BanView ban;

    BanRow(BanView ban) {
        this.ban = ban;
    }

    public String getIp() {
        return ban.clientKey();
    }

    public String getReason() {
        return ban.reason();
    }

    public int getBanCount() {
        return ban.banCount();
    }

    public String getSource() {
        return ban.source();
    }

    public String getBannedAt() {
        return DisplayTime.of(ban.bannedAt());
    }

    public boolean isPermanent() {
        return ban.permanent();
    }

    /** When the ban ends, or "permanent". */
    public String getExpiry() {
        return ban.permanent() ? "permanent" : DisplayTime.of(ban.expiresAt());
    }
}
