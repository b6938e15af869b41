package vn.dti.report.portal;

/**
 * JSON of the indicator and ranking APIs, in the shapes of their OpenAPI examples (indicator-service
 * rest/ApiExamples, ranking-service rest/ApiExamples), for the officer and reviewer page tests.
 */
final class WorkFixtures {

    static final String FW = "DTI-PROVINCE";
    static final String SUBMISSION_ID = "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11";
    static final String DISPUTE_ID = "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b";
    static final String RELEASE_ID = "6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20";

    /** 2024 open until 2030, 2023 closed. */
    static final String PERIODS = """
            [{"frameworkCode": "DTI-PROVINCE", "period": "2023", "periodType": "ANNUAL", "startsOn": "2023-01-01",
              "endsOn": "2023-12-31", "dueAt": "2024-03-31T16:59:59Z", "closesAt": "2024-04-30T16:59:59Z", "changedAt": "2024-01-02T03:00:00Z"},
             {"frameworkCode": "DTI-PROVINCE", "period": "2024", "periodType": "ANNUAL", "startsOn": "2024-01-01",
              "endsOn": "2024-12-31", "dueAt": "2025-03-31T16:59:59Z", "closesAt": "2030-12-31T16:59:59Z", "changedAt": "2025-01-02T03:00:00Z"}]""";

    /** The to-do list of unit 48 for 2024: two indicators missing, returned with a comment. */
    static final String TODO_48 = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "indicatorsExpected": 4,
             "units": [{"unitCode": "48", "unitName": "Đà Nẵng", "expected": 4, "reported": 2, "missing": 2, "complete": false,
                        "late": false, "submissions": 1, "firstReceivedAt": "2025-01-10T08:00:00Z", "lastReceivedAt": "2025-01-15T02:13:44.120Z",
                        "reportedIndicators": ["OPS_TIMELY_RATE", "DX_PLAN_APPROVED"],
                        "missingIndicators": ["ECOMMERCE_RETAIL_SHARE", "EINVOICE_ENTERPRISE_SHARE"],
                        "reviewStatus": "RETURNED", "reviewComment": "Please check OPS_TIMELY_RATE against the portal report"}],
             "totals": {"units": 1, "reporting": 1, "complete": 0, "notReported": 0, "late": 0,
                        "valuesExpected": 4, "valuesReported": 2, "share": 0.5},
             "dueAt": "2025-03-31T16:59:59Z", "closesAt": "2030-12-31T16:59:59Z"}""";

    static final String SUBMISSIONS_48 = """
            {"items": [{"id": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11", "unitCode": "48", "frameworkCode": "DTI-PROVINCE",
                        "period": "2024", "receivedAt": "2025-01-15T02:13:44.120Z", "late": false, "submittedBy": "officer-48",
                        "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": 98.01, "note": "Provincial portal, 31 Dec"},
                                   {"indicatorCode": "DX_PLAN_APPROVED", "value": 1}],
                        "warnings": [{"pointer": "/values/0/value", "code": "OUTLIER",
                                      "detail": "98.01 is far from the other 62 units' values of 2024: median 71, MAD 4, robust z 4.56 (|z| > 3.5)"}]}],
             "page": 0, "size": 20, "total": 1}""";

    static final String NO_DISPUTES = """
            {"disputes": []}""";

    static final String RELEASES = """
            [{"id": "6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20", "frameworkCode": "DTI-PROVINCE", "period": "2024", "basis": "approved",
              "revision": 1, "version": 41, "label": "DTI 2024 official results", "note": null,
              "releasedBy": "committee-chair", "releasedAt": "2026-11-02T09:00:00Z", "supersedes": null}]""";

    /** A one-group CSV as the API answers it: the stored submission with its summary and warnings. */
    static final String CSV_ACCEPTED = """
            {"id": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11", "unitCode": "48", "frameworkCode": "DTI-PROVINCE",
             "period": "2024", "receivedAt": "2025-01-15T02:13:44.120Z", "late": false,
             "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": 98.01, "note": "Provincial portal, 31 Dec"},
                        {"indicatorCode": "ECOMMERCE_RETAIL_SHARE", "value": 11.27},
                        {"indicatorCode": "EINVOICE_ENTERPRISE_SHARE", "value": 64.5}],
             "supersededValues": [{"indicatorCode": "OPS_TIMELY_RATE", "value": 97.5,
                                   "submissionId": "5d0c6a7e-0f57-4a43-b1d6-2b3c7f3a9e10", "receivedAt": "2025-01-10T08:00:00Z"}],
             "summary": {"imported": 2, "updated": 1, "unchanged": 0, "ignored": 0},
             "warnings": [{"pointer": "/rows/1/value", "code": "OUTLIER",
                           "detail": "11.27 is far from the other 62 units' values of 2024: median 4.1, MAD 1.3, robust z 3.72 (|z| > 3.5)"}]}""";

    static final String CSV_INVALID = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "2 problems in the request; see errors",
             "errors": [{"pointer": "/rows/0/value", "code": "OUT_OF_RANGE", "detail": "must be between 0 and 100 (a percentage, e.g. 98.01 for 98.01 %)"},
                        {"pointer": "/rows/1/indicator_code", "code": "UNKNOWN_INDICATOR", "detail": "framework DTI-PROVINCE has no indicator ECOMERCE"}]}""";

    static final String VALUE_INVALID = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "1 problem in the request; see errors",
             "errors": [{"pointer": "/values/0/value", "code": "OUT_OF_RANGE", "detail": "must be between 0 and 100 (a percentage, e.g. 98.01 for 98.01 %)"}]}""";

    static final String FORBIDDEN_79 = """
            {"type": "https://dti.gov.vn/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token is for unit 48; it cannot read data of unit 79."}""";

    static final String REVIEWS = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "requireApproval": true,
             "units": [{"unitCode": "48", "unitName": "Đà Nẵng", "status": "SUBMITTED", "submissionId": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11",
                        "warnings": [{"pointer": "/values/0/value", "code": "OUTLIER", "detail": "98.01 is far from the other units"},
                                     {"pointer": "/values/1/value", "code": "DX_BUDGET_PLAUSIBLE", "detail": "DX_BUDGET_SHARE <= 10 is broken"}]},
                       {"unitCode": "01", "unitName": "Hà Nội", "status": "APPROVED", "submissionId": "5d0c6a7e-0f57-4a43-b1d6-2b3c7f3a9e10",
                        "warnings": [], "reviewedBy": "reviewer", "reviewedAt": "2025-04-01T02:00:00Z",
                        "reviewedSubmissionId": "5d0c6a7e-0f57-4a43-b1d6-2b3c7f3a9e10", "decision": "APPROVE"},
                       {"unitCode": "79", "unitName": "Hồ Chí Minh", "status": "NOT_SUBMITTED"}]}""";

    static final String REVIEW_OUTCOME = """
            {"unitCode": "48", "frameworkCode": "DTI-PROVINCE", "period": "2024", "status": "RETURNED",
             "submissionId": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11", "decision": "RETURN", "reviewedBy": "reviewer",
             "reviewedAt": "2025-04-01T02:00:00Z", "comment": "Please check OPS_TIMELY_RATE against the portal report"}""";

    static final String STALE = """
            {"type": "https://dti.gov.vn/problems/stale-review", "title": "Stale review", "status": 409,
             "detail": "Submission 0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11 is not the latest of 48 DTI-PROVINCE 2024."}""";

    static final String RETURN_WITHOUT_COMMENT = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "1 problem in the request; see errors",
             "errors": [{"pointer": "/comment", "code": "REQUIRED", "detail": "a RETURN needs a comment for the unit"}]}""";

    static final String OPEN_DISPUTES = """
            {"disputes": [{"id": "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b", "releaseId": "6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20",
             "frameworkCode": "DTI-PROVINCE", "period": "2024", "revision": 1, "unitCode": "48", "indicatorCode": null,
             "reason": "Our e-invoice share was counted for 2023, not 2024.", "status": "OPEN", "filedBy": "officer-48",
             "filedAt": "2026-11-30T10:05:00Z", "resolution": null, "correctionSubmissionId": null, "revisedReleaseId": null}]}""";

    static final String DISPUTE_UPHELD = """
            {"id": "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b", "releaseId": "6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20",
             "frameworkCode": "DTI-PROVINCE", "period": "2024", "revision": 1, "unitCode": "48", "indicatorCode": null,
             "reason": "Our e-invoice share was counted for 2023, not 2024.", "status": "UPHELD", "filedBy": "officer-48",
             "filedAt": "2026-11-30T10:05:00Z",
             "resolution": {"decision": "UPHELD", "comment": "Confirmed.", "resolvedBy": "reviewer", "resolvedAt": "2026-11-30T10:20:00Z"},
             "correctionSubmissionId": null, "revisedReleaseId": null}""";

    static final String DISPUTE_INVALID = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "1 problem in the request; see errors",
             "errors": [{"pointer": "/reason", "code": "REQUIRED", "detail": "must not be blank: why the released result is wrong"}]}""";

    private WorkFixtures() {
    }
}
