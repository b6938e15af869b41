package vn.dti.report.portal;

import java.util.Set;

/** The outcomes an officer or reviewer page announces after a form ({@code ?notice=}); WorkMessages has each as notice_{key}. */
final class WorkNotices {

    private static final Set<String> KEYS = Set.of("stored", "approved", "returned", "stale", "filed", "resolved",
            "alreadyResolved", "noFile");

    private WorkNotices() {
    }

    /** The key when it is one of ours, else null: the query string is the person's to edit, the page's text is not. */
    static String known(String key) {
        return key != null && KEYS.contains(key) ? key : null;
    }
}
