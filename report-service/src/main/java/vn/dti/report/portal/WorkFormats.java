package vn.dti.report.portal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

/** How the portal's pages print an instant: Vietnam's time, as people there read deadlines and dates. */
public final class WorkFormats {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WorkFormats() {
    }

    /** {@code {t.inVietnam}}: 2025-03-31 23:59 (UTC+7). */
    @TemplateExtension
    static String inVietnam(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(VIETNAM).format(DAY_TIME) + " (UTC+7)";
    }

    /** An instant as the APIs send it (ISO-8601 with offset), printed as {@link #inVietnam(OffsetDateTime)}; text that is not one stays as it is. */
    static String inVietnam(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return inVietnam(OffsetDateTime.parse(iso));
        } catch (DateTimeParseException notAnInstant) {
            return iso;
        }
    }
}
