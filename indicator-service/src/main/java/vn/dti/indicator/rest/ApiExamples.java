package vn.dti.indicator.rest;

/** Request and response examples shown in the OpenAPI document. */
final class ApiExamples {

    static final String REVIEW_REQUEST = """
            {"decision": "RETURN", "submissionId": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11",
             "comment": "Please check the timely-processing rate against the portal report.",
             "valueComments": [{"indicatorCode": "OPS_TIMELY_RATE", "comment": "Far above last year"}]}""";

    static final String SUBMISSION_REQUEST = """
            {"unitCode": "48", "frameworkCode": "DTI-PROVINCE", "period": "2024",
             "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": 98.01, "note": "Provincial portal, 31 Dec"},
                        {"indicatorCode": "ECOMMERCE_RETAIL_SHARE", "value": 11.27},
                        {"indicatorCode": "DX_PLAN_APPROVED", "value": true}]}""";
    static final String SUBMISSION_CSV = """
            unit_code,framework_code,period,indicator_code,value,note
            48,DTI-PROVINCE,2024,OPS_TIMELY_RATE,98.01,Provincial portal
            48,DTI-PROVINCE,2024,ECOMMERCE_RETAIL_SHARE,11.27,
            """;
    static final String SUBMISSION = """
            {"id": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11", "unitCode": "48", "frameworkCode": "DTI-PROVINCE",
             "period": "2024", "receivedAt": "2025-01-15T02:13:44.120Z", "late": false,
             "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": 98.01, "note": "Provincial portal, 31 Dec"},
                        {"indicatorCode": "ECOMMERCE_RETAIL_SHARE", "value": 11.27}],
             "supersededValues": [{"indicatorCode": "OPS_TIMELY_RATE", "value": 97.5,
                                   "submissionId": "5d0c6a7e-0f57-4a43-b1d6-2b3c7f3a9e10", "receivedAt": "2025-01-10T08:00:00Z"}],
             "summary": {"imported": 1, "updated": 1, "unchanged": 0, "ignored": 0},
             "warnings": [{"pointer": "/values/1/value", "code": "OUTLIER",
                           "detail": "11.27 is far from the other 62 units' values of 2024: median 4.1, MAD 1.3, robust z 3.72 (|z| > 3.5)"}]}""";
    static final String VALIDATION_PROBLEM = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "2 problems in the request; see errors",
             "errors": [{"pointer": "/values/0/value", "code": "OUT_OF_RANGE", "detail": "must be between 0 and 100 (a percentage, e.g. 98.01 for 98.01 %)"},
                        {"pointer": "/values/1/indicatorCode", "code": "UNKNOWN_INDICATOR", "detail": "framework DTI-PROVINCE has no indicator ECOMERCE"}]}""";
    static final String FORBIDDEN = """
            {"type": "https://dti.gov.vn/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token is for unit 48; it cannot submit data of unit 49."}""";
    static final String NOT_FOUND = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404, "detail": "No such resource."}""";
    static final String PERIOD_CLOSED = """
            {"type": "https://dti.gov.vn/problems/period-closed", "title": "Period closed", "status": 409,
             "detail": "Period 2024 of DTI-PROVINCE closed at 2025-03-31T23:59:59+07:00; submissions are no longer accepted."}""";
    static final String MALFORMED = """
            {"type": "https://dti.gov.vn/problems/malformed-body", "title": "Malformed request body", "status": 400,
             "detail": "The body is not well-formed JSON at line 1, column 17."}""";
    static final String UNIT = """
            {"code": "48", "name": "Đà Nẵng", "nameEn": "Da Nang", "type": "PROVINCE", "group": null, "region": "North Central and Central Coast",
             "centrallyRun": true, "validFrom": "2025-07-01", "validTo": null, "predecessors": ["48", "49"]}""";
    static final String UNIT_REQUEST = """
            {"code": "B01", "name": "Bộ Thông tin và Truyền thông", "nameEn": "Ministry of Information and Communications",
             "type": "MINISTRY", "group": "Ministries providing public services", "validFrom": "2020-01-01"}""";
    static final String PERIOD_REQUEST = """
            {"dueAt": "2025-03-31T23:59:59+07:00", "closesAt": "2025-04-30T23:59:59+07:00"}""";
    static final String PERIOD = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "periodType": "ANNUAL", "startsOn": "2024-01-01",
             "endsOn": "2024-12-31", "dueAt": "2025-03-31T16:59:59Z", "closesAt": "2025-04-30T16:59:59Z",
             "changedAt": "2025-01-02T03:00:00Z"}""";
    static final String FRAMEWORK = "{" + ApiExamples.FRAMEWORK_FIELDS + "}";
    /** A framework as the API answers it: the document with its lifecycle fields. */
    static final String FRAMEWORK_VIEW = "{" + ApiExamples.FRAMEWORK_FIELDS
            + ", \"version\": 3, \"status\": \"PUBLISHED\", \"publishedAt\": \"2025-01-02T03:00:00Z\"}";
    static final String DRAFT_FRAMEWORK = "{" + ApiExamples.FRAMEWORK_FIELDS + ", \"version\": 1, \"status\": \"DRAFT\"}";
    private static final String FRAMEWORK_FIELDS = """
            "code": "DTI-2022-PROVINCE", "name": "Provincial DTI 2022", "unitType": "PROVINCE", "periodType": "ANNUAL",
             "rankPrecision": 4, "missingValues": "ZERO",
             "root": {"code": "DTI", "aggregation": "WEIGHTED_MEAN", "children": [
               {"code": "AWARENESS", "name": "Digital awareness", "weight": 0.1, "children": [
                 {"code": "AW_PLAN", "name": "Provincial DX plan approved", "weight": 1,
                  "indicator": {"unit": "BOOLEAN", "normalization": {"method": "BOOLEAN"}}}]},
               {"code": "DG_ACTIVITY", "name": "Digital-government activity", "weight": 0.2, "children": [
                 {"code": "OPS_TIMELY_RATE", "name": "Online public services processed on time", "weight": 1,
                  "indicator": {"unit": "PERCENT", "min": 0, "max": 100, "direction": "HIGHER_IS_BETTER",
                                "normalization": {"method": "GOALPOSTS", "low": 50, "high": 100}}}]}]},
             "targets": [{"indicatorCode": "OPS_TIMELY_RATE", "comparator": ">=", "value": 80,
                          "label": "Online public services processed on time"}]""";
    static final String UNIT_CREATED = """
            {"code": "B01", "name": "Bộ Thông tin và Truyền thông", "nameEn": "Ministry of Information and Communications",
             "type": "MINISTRY", "group": "Ministries providing public services", "region": null, "centrallyRun": false,
             "validFrom": "2020-01-01", "validTo": null, "predecessors": []}""";
    static final String HISTORY_FRAMEWORK = """
            {"entity": "FRAMEWORK", "key": "DTI-PROVINCE",
             "changes": [{"action": "DRAFT_CREATED", "changedBy": "admin", "changedAt": "2025-01-02T03:04:05.678Z", "detail": {"version": 1}},
                         {"action": "PUBLISHED", "changedBy": "admin", "changedAt": "2025-01-03T03:04:05.678Z", "detail": {"version": 1}}]}""";
    static final String HISTORY_PERIOD = """
            {"entity": "PERIOD", "key": "DTI-PROVINCE/2024",
             "changes": [{"action": "SCHEDULED", "changedBy": "admin", "changedAt": "2025-01-02T03:04:05.678Z",
                          "detail": {"dueAt": "2025-03-31T23:59:59+07:00", "closesAt": "2025-04-15T23:59:59+07:00"}}]}""";
    static final String HISTORY_UNIT = """
            {"entity": "UNIT", "key": "48",
             "changes": [{"action": "CREATED", "changedBy": "admin", "changedAt": "2025-01-02T03:04:05.678Z",
                          "detail": {"code": "48", "name": "Đà Nẵng", "type": "PROVINCE", "validFrom": "2025-07-01"}},
                         {"action": "UPDATED", "changedBy": "admin", "changedAt": "2025-08-02T03:04:05.678Z",
                          "detail": {"code": "48", "name": "Đà Nẵng", "nameEn": "Da Nang", "type": "PROVINCE", "validFrom": "2025-07-01",
                                     "validTo": null}}]}""";
    static final String UNIT_TYPE_REQUEST = """
            {"code": "COUNTRY", "name": "Country", "nameVi": "Quốc gia"}""";
    static final String UNIT_TYPE = """
            {"code": "COUNTRY", "name": "Country", "nameVi": "Quốc gia",
             "createdAt": "2026-11-30T03:04:05.678Z", "changedAt": "2026-11-30T03:04:05.678Z"}""";
    static final String UNIT_TYPES = """
            [{"code": "MINISTRY", "name": "Ministry or ministry-level agency", "nameVi": "Bộ, cơ quan ngang bộ",
              "createdAt": "2025-01-02T03:04:05.678Z", "changedAt": "2025-01-02T03:04:05.678Z"},
             {"code": "PROVINCE", "name": "Province or centrally-run city", "nameVi": "Tỉnh, thành phố trực thuộc trung ương",
              "createdAt": "2025-01-02T03:04:05.678Z", "changedAt": "2025-01-02T03:04:05.678Z"}]""";
    static final String UNIT_TYPE_INVALID = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "2 problems in the request; see errors",
             "errors": [{"pointer": "/code", "code": "INVALID_FORMAT", "detail": "unit type codes are an upper-case letter then 1 to 15 of A-Z, 0-9, '_' (e.g. COUNTRY)"},
                        {"pointer": "/name", "code": "REQUIRED", "detail": "is required"}]}""";
    static final String UNIT_UPDATE_REQUEST = """
            {"code": "B01", "name": "Bộ Thông tin và Truyền thông", "nameEn": "Ministry of Information and Communications",
             "type": "MINISTRY", "group": "Ministries providing public services", "validFrom": "2020-01-01", "validTo": "2025-02-28"}""";
    static final String UNIT_UPDATED = """
            {"code": "B01", "name": "Bộ Thông tin và Truyền thông", "nameEn": "Ministry of Information and Communications",
             "type": "MINISTRY", "group": "Ministries providing public services", "region": null, "centrallyRun": false,
             "validFrom": "2020-01-01", "validTo": "2025-02-28", "predecessors": []}""";
    static final String UNIT_OVERLAP = """
            {"type": "https://dti.gov.vn/problems/unit-overlap", "title": "Unit would overlap its successor", "status": 409,
             "detail": "Unit 44 (Quảng Trị) succeeds unit 45 from 2025-07-01; unit 45 must end on 2025-06-30, not 2025-12-31."}""";
    static final String UNIT_UPDATE_INVALID = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "2 problems in the request; see errors",
             "errors": [{"pointer": "/type", "code": "TYPE_FIXED", "detail": "a unit's type is fixed: unit B01 is a MINISTRY (lineage joins units of one type); end it and create a unit of type AGENCY instead"},
                        {"pointer": "/validTo", "code": "INVALID_RANGE", "detail": "must not be before validFrom (2020-01-01)"}]}""";
    static final String REVIEWS = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "requireApproval": true,
             "units": [{"unitCode": "48", "unitName": "Đà Nẵng", "status": "APPROVED", "submissionId": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11",
                        "warnings": [], "reviewedBy": "reviewer", "reviewedAt": "2025-04-01T02:00:00Z",
                        "reviewedSubmissionId": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11", "decision": "APPROVE"},
                       {"unitCode": "79", "unitName": "Hồ Chí Minh", "status": "NOT_SUBMITTED"}]}""";
    static final String REVIEW_OUTCOME = """
            {"unitCode": "48", "frameworkCode": "DTI-PROVINCE", "period": "2024", "status": "RETURNED",
             "submissionId": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11", "decision": "RETURN", "reviewedBy": "reviewer",
             "reviewedAt": "2025-04-01T02:00:00Z", "comment": "Please check OPS_TIMELY_RATE against the portal report",
             "valueComments": [{"indicatorCode": "OPS_TIMELY_RATE", "comment": "Far above last year; attach the portal report"}]}""";
    static final String DRY_RUN = """
            {"id": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11", "unitCode": "48", "frameworkCode": "DTI-PROVINCE",
             "period": "2024", "receivedAt": "2025-01-15T02:13:44.120Z", "late": false,
             "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": 98.01}], "dryRun": true}""";
    static final String SUBMISSION_PAGE = """
            {"items": [{"id": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11", "unitCode": "48", "frameworkCode": "DTI-PROVINCE",
                        "period": "2024", "receivedAt": "2025-01-15T02:13:44.120Z", "late": false,
                        "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": 98.01}]}],
             "page": 0, "size": 20, "total": 1}""";
    static final String CURRENT_VALUES = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024",
             "values": [{"unitCode": "48", "indicatorCode": "OPS_TIMELY_RATE", "value": 98.01, "note": "Provincial portal, 31 Dec",
                         "submissionId": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11", "receivedAt": "2025-01-15T02:13:44.120Z", "late": false},
                        {"unitCode": "48", "indicatorCode": "DX_PLAN_APPROVED", "value": 1, "note": null,
                         "submissionId": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11", "receivedAt": "2025-01-15T02:13:44.120Z", "late": false}]}""";
    static final String COMPLETENESS = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "indicatorsExpected": 24,
             "units": [{"unitCode": "48", "unitName": "Đà Nẵng", "expected": 24, "reported": 24, "missing": 0, "complete": true,
                        "late": false, "submissions": 2, "firstReceivedAt": "2025-01-10T08:00:00Z", "lastReceivedAt": "2025-01-15T02:13:44.120Z"},
                       {"unitCode": "01", "unitName": "Hà Nội", "expected": 24, "reported": 0, "missing": 24, "complete": false,
                        "late": false, "submissions": 0, "firstReceivedAt": null, "lastReceivedAt": null}],
             "totals": {"units": 2, "reporting": 1, "complete": 1, "notReported": 1, "late": 0,
                        "valuesExpected": 48, "valuesReported": 24, "share": 0.5}}""";
    static final String IDEMPOTENCY_REUSED = """
            {"type": "https://dti.gov.vn/problems/idempotency-key-reused", "title": "Idempotency key reused", "status": 422,
             "detail": "Idempotency-Key 'dn-2024-01' was already used with a different request body; use a new key for a new submission.",
             "errors": [{"pointer": "", "code": "IDEMPOTENCY_KEY_REUSED", "detail": "the key belongs to another request"}]}""";

    private ApiExamples() {
    }

    static final String CSV_DRY_RUN = "{\"submissions\": [" + DRY_RUN + "], \"summary\": {\"imported\": 1, \"updated\": 0, \"unchanged\": 0, \"ignored\": 0}, "
            + "\"warnings\": [], \"conflicts\": []}";
    static final String CSV_ACCEPTED = "{\"submissions\": [" + SUBMISSION + "], \"summary\": {\"imported\": 1, \"updated\": 0, \"unchanged\": 0, \"ignored\": 0}, "
            + "\"warnings\": [], \"conflicts\": []}";

    static final String DISPUTE_REQUEST = """
            {"releaseId": "6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20", "unitCode": "48", "indicatorCode": "OPS_TIMELY_RATE",
             "reason": "The portal report of 2024 gives 98.01 %, not 89.01 %: a typing error in our submission."}""";
    static final String DISPUTE_OPEN = """
            {"id": "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b", "releaseId": "6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20",
             "frameworkCode": "DTI-PROVINCE", "period": "2024", "revision": 1, "unitCode": "48", "indicatorCode": "OPS_TIMELY_RATE",
             "reason": "The portal report of 2024 gives 98.01 %, not 89.01 %: a typing error in our submission.",
             "status": "OPEN", "filedBy": "submitter-48", "filedAt": "2026-11-30T10:05:00Z", "resolution": null,
             "correctionSubmissionId": null, "revisedReleaseId": null}""";
    static final String DISPUTE_UPHELD = """
            {"id": "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b", "releaseId": "6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20",
             "frameworkCode": "DTI-PROVINCE", "period": "2024", "revision": 1, "unitCode": "48", "indicatorCode": "OPS_TIMELY_RATE",
             "reason": "The portal report of 2024 gives 98.01 %, not 89.01 %: a typing error in our submission.",
             "status": "UPHELD", "filedBy": "submitter-48", "filedAt": "2026-11-30T10:05:00Z",
             "resolution": {"decision": "UPHELD", "comment": "Confirmed against the portal report; an admin will correct the value.",
                            "resolvedBy": "reviewer", "resolvedAt": "2026-11-30T10:20:00Z"},
             "correctionSubmissionId": null, "revisedReleaseId": null}""";
    static final String DISPUTE_REVISED = """
            {"id": "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b", "releaseId": "6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20",
             "frameworkCode": "DTI-PROVINCE", "period": "2024", "revision": 1, "unitCode": "48", "indicatorCode": "OPS_TIMELY_RATE",
             "reason": "The portal report of 2024 gives 98.01 %, not 89.01 %: a typing error in our submission.",
             "status": "UPHELD", "filedBy": "submitter-48", "filedAt": "2026-11-30T10:05:00Z",
             "resolution": {"decision": "UPHELD", "comment": "Confirmed against the portal report; an admin will correct the value.",
                            "resolvedBy": "reviewer", "resolvedAt": "2026-11-30T10:20:00Z"},
             "correctionSubmissionId": "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11",
             "revisedReleaseId": "9c8b7a65-4d3e-4f21-8a0b-1c2d3e4f5a6b"}""";
    static final String DISPUTE_LIST = """
            {"disputes": [{"id": "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b", "releaseId": "6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20",
             "frameworkCode": "DTI-PROVINCE", "period": "2024", "revision": 1, "unitCode": "48", "indicatorCode": null,
             "reason": "Our e-invoice share was counted for 2023, not 2024.", "status": "OPEN", "filedBy": "submitter-48",
             "filedAt": "2026-11-30T10:05:00Z", "resolution": null, "correctionSubmissionId": null, "revisedReleaseId": null}]}""";
    static final String RESOLUTION_REQUEST = """
            {"decision": "UPHELD", "comment": "Confirmed against the portal report; an admin will correct the value."}""";
    static final String DISPUTE_FORBIDDEN = """
            {"type": "https://dti.gov.vn/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token is for unit 48; it cannot dispute the result of unit 49."}""";
    static final String DISPUTE_INVALID = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "2 problems in the request; see errors",
             "errors": [{"pointer": "/unitCode", "code": "UNIT_NOT_IN_RELEASE", "detail": "unit 48 is not ranked in release 6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20 (DTI-PROVINCE 2025)"},
                        {"pointer": "/reason", "code": "REQUIRED", "detail": "must not be blank: why the released result is wrong"}]}""";
    static final String DISPUTE_RESOLVED_CONFLICT = """
            {"type": "https://dti.gov.vn/problems/dispute-resolved", "title": "Dispute already resolved", "status": 409,
             "detail": "Dispute 3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b was already UPHELD by reviewer at 2026-11-30T10:20Z; a decision is not changed."}""";
}
