package vn.dti.indicator.service;

import java.util.List;

/**
 * A parsed submission, whatever format it came in, with the JSON Pointer of every field so that
 * later checks can point at the exact place in the original request.
 */
public record SubmissionRequest(String unitCode, String frameworkCode, String period, List<ValueInput> values,
                                String unitPointer, String frameworkPointer, String periodPointer) {

    /** {@code fromBoolean}: the value was sent as true/false (allowed for BOOLEAN indicators only). */
    public record ValueInput(String indicatorCode, double value, String note,
                             String indicatorPointer, String valuePointer, boolean fromBoolean) {
    }
}
