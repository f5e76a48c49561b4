package io.algogate.gateway.interfaces.web;

import java.util.List;

/**
 * The security page's model: active bans, the 404 and invalid-key trackers, the auto-ban thresholds,
 * and the ban form as typed (kept when it is refused) with its message.
 */
public class AdminSecurityView {

    private final List<BanRow> bans;
    private final List<TrackerRow> notFound;
    private final List<TrackerRow> invalidKeys;
    private final List<AutoBanSetting> autoBan;
    private final BanForm form;
    private final String error;

    AdminSecurityView(List<BanRow> bans, List<TrackerRow> notFound, List<TrackerRow> invalidKeys,
            List<AutoBanSetting> autoBan, BanForm form, String error) {
        this.bans = bans;
        this.notFound = notFound;
        this.invalidKeys = invalidKeys;
        this.autoBan = autoBan;
        this.form = form;
        this.error = error;
    }

    public List<BanRow> getBans() {
        return bans;
    }

    public List<TrackerRow> getNotFound() {
        return notFound;
    }

    public List<TrackerRow> getInvalidKeys() {
        return invalidKeys;
    }

    public List<AutoBanSetting> getAutoBan() {
        return autoBan;
    }

    public BanForm getForm() {
        return form;
    }

    public String getError() {
        return error;
    }

    /** The ban form's fields as typed, for the form to show again after a refusal. */
    public static class BanForm {
        static final BanForm EMPTY = new BanForm("", "", "");

        private final String ip;
        private final String reason;
        private final String durationHours;

        BanForm(String ip, String reason, String durationHours) {
            this.ip = ip == null ? "" : ip;
            this.reason = reason == null ? "" : reason;
            this.durationHours = durationHours == null ? "" : durationHours;
        }

        public String getIp() {
            return ip;
        }

        public String getReason() {
            return reason;
        }

        public String getDurationHours() {
            return durationHours;
        }
    }
}
