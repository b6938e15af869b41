package vn.dti.ranking.rest;

/** Response examples shown in the OpenAPI document. */
final class ApiExamples {

    static final String STANDINGS = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "version": 17, "basis": "submitted", "computedAt": "2025-04-02T07:05:09.871Z",
             "unitCount": 3, "node": "DTI",
             "entries": [
               {"rank": 1, "unitCode": "48", "unitName": "Đà Nẵng", "score": 0.7814, "complete": true, "missing": 0,
                "children": [{"code": "DG_ACTIVITY", "score": 0.8921, "rank": 1}, {"code": "DE_ACTIVITY", "score": 0.653, "rank": 2}]},
               {"rank": 2, "unitCode": "01", "unitName": "Hà Nội", "score": 0.7402, "complete": true, "missing": 0,
                "children": [{"code": "DG_ACTIVITY", "score": 0.8113, "rank": 2}, {"code": "DE_ACTIVITY", "score": 0.6691, "rank": 1}]},
               {"rank": 2, "unitCode": "79", "unitName": "Thành phố Hồ Chí Minh", "score": 0.74018, "complete": false, "missing": 2,
                "children": [{"code": "DG_ACTIVITY", "score": 0.795, "rank": 3}, {"code": "DE_ACTIVITY", "score": 0.6312, "rank": 3}]}]}""";
    static final String PROFILE = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "version": 17, "basis": "submitted", "computedAt": "2025-04-02T07:05:09.871Z",
             "unitCode": "48", "unitName": "Đà Nẵng", "unitCount": 63, "score": 0.61, "rank": 1, "complete": true, "missing": 0,
             "tree": {"code": "DTI", "name": "Digital Transformation Index", "weight": 1.0, "score": 0.61, "rank": 1, "children": [
               {"code": "DG_ACTIVITY", "name": "Digital-government activity", "weight": 0.5, "score": 0.9, "rank": 1, "children": [
                 {"code": "OPS_TIMELY_RATE", "name": "Online public services processed on time", "weight": 1.0, "score": 0.9, "rank": 2}]},
               {"code": "DE_ACTIVITY", "name": "Digital-economy activity", "weight": 0.5, "score": 0.32, "rank": 5, "children": [
                 {"code": "ECOMMERCE_RETAIL_SHARE", "name": "E-commerce share of retail sales", "weight": 1.0, "score": 0.32, "rank": 5}]}]},
             "indicators": [
               {"code": "OPS_TIMELY_RATE", "name": "Online public services processed on time", "raw": 95.0, "normalised": 0.9, "contribution": 0.45, "rank": 2,
                "submissionId": "3f6c1f9e-8f5e-4c1a-9d7e-2b1f0c9a4e11"},
               {"code": "ECOMMERCE_RETAIL_SHARE", "name": "E-commerce share of retail sales", "raw": 2.24, "normalised": 0.32, "contribution": 0.16, "rank": 5,
                "submissionId": "0b7d2c44-51a3-4f0e-8c2e-6a9d3e5f7b20"}],
             "strengths": [{"indicatorCode": "OPS_TIMELY_RATE", "name": "Online public services processed on time", "raw": 95.0,
                            "normalised": 0.9, "median": 0.7, "gap": 0.2}],
             "weaknesses": [{"indicatorCode": "ECOMMERCE_RETAIL_SHARE", "name": "E-commerce share of retail sales", "raw": 2.24,
                             "normalised": 0.32, "median": 0.5, "gap": -0.18}],
             "comparison": {"frameworkCode": "DTI-PROVINCE", "period": "2023", "version": 9, "basis": "SAME_UNIT", "comparedWith": ["48"],
                            "compareBasis": "SAME_UNITS", "restatedAsOf": null, "rule": null,
                            "previousScore": 0.55, "scoreChange": 0.06, "previousRank": 3, "rankChange": 2,
                            "nodes": [{"code": "DTI", "score": 0.61, "previousScore": 0.55, "rank": 1, "previousRank": 3, "contributionChange": 0.06},
                                      {"code": "DG_ACTIVITY", "score": 0.9, "previousScore": 0.8, "rank": 1, "previousRank": 2, "contributionChange": 0.05},
                                      {"code": "DE_ACTIVITY", "score": 0.32, "previousScore": 0.3, "rank": 5, "previousRank": 5, "contributionChange": 0.01}]}}""";
    static final String SENSITIVITY = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "version": 17, "basis": "submitted", "computedAt": "2025-04-02T07:05:09.871Z",
             "runs": 1000, "seed": 1, "weightNoise": 0.25,
             "units": [{"unitCode": "48", "unitName": "Đà Nẵng", "rank": 1, "medianRank": 1.0, "p5Rank": 1, "p95Rank": 2},
                       {"unitCode": "01", "unitName": "Hà Nội", "rank": 2, "medianRank": 2.0, "p5Rank": 1, "p95Rank": 3}]}""";
    static final String FORBIDDEN = """
            {"type": "https://dti.gov.vn/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token is for unit 48; it cannot read the profile of unit 49."}""";
    static final String NOT_FOUND = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No standings for framework DTI-PROVINCE and period 2019 (unknown framework or period, or nothing reported yet)."}""";
    static final String UNKNOWN_NODE = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Framework DTI-PROVINCE has no node INFRASTRUCTUR."}""";
    static final String BAD_COMPARE = """
            {"type": "https://dti.gov.vn/problems/bad-request", "title": "Bad request", "status": 400,
             "detail": "compareTo must be a period (2023) or FRAMEWORK/PERIOD (DTI-2023-PROVINCE/2023): last-year."}""";
    static final String BAD_BASIS = """
            {"type": "https://dti.gov.vn/problems/bad-request", "title": "Bad request", "status": 400,
             "detail": "basis must be submitted or approved: final."}""";
    static final String BAD_PARAMETER = """
            {"type": "https://dti.gov.vn/problems/bad-request", "title": "Bad request", "status": 400,
             "detail": "runs must be a whole number from 1 to 10000: 0."}""";

    static final String VERSIONS = """
            {"items": [
               {"version": 57, "computedAt": "2025-04-02T07:05:09.871Z", "basis": "approved", "inputsWatermark": 1204, "droppedAt": null},
               {"version": 56, "computedAt": "2025-04-02T06:59:41.002Z", "basis": "approved", "inputsWatermark": 1198, "droppedAt": null},
               {"version": 12, "computedAt": "2025-01-10T02:00:00.000Z", "basis": "approved", "inputsWatermark": 310,
                "droppedAt": "2025-04-01T03:05:00.000Z"}],
             "page": 0, "size": 3, "total": 57}""";
    static final String BAD_VERSION = """
            {"type": "https://dti.gov.vn/problems/bad-request", "title": "Bad request", "status": 400,
             "detail": "version must be a positive whole number: latest."}""";
    static final String BAD_PAGE_SIZE = """
            {"type": "https://dti.gov.vn/problems/bad-request", "title": "Bad request", "status": 400,
             "detail": "size must be a whole number from 1 to 200: 500."}""";
    static final String UNKNOWN_VERSION = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Version 99 (basis approved) of the standings of framework DTI-PROVINCE and period 2024 does not exist."}""";
    static final String VERSION_GONE = """
            {"type": "https://dti.gov.vn/problems/version-gone", "title": "Version gone", "status": 410,
             "detail": "Version 12 (basis approved) of the standings of framework DTI-PROVINCE and period 2024 was dropped by the retention policy; it is no longer stored (GET .../versions lists what is kept)."}""";
    static final String RELEASE_REQUEST = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "version": 57, "label": "DTI 2024 official results, revision 2",
             "note": "Corrects Đà Nẵng's e-commerce figure after dispute 7."}""";
    static final String RELEASE = """
            {"id": "9b2f6c1e-3d4a-4f5b-8c7d-1e2f3a4b5c6d", "frameworkCode": "DTI-PROVINCE", "period": "2024", "basis": "approved",
             "revision": 2, "version": 57, "label": "DTI 2024 official results, revision 2",
             "note": "Corrects Đà Nẵng's e-commerce figure after dispute 7.", "releasedBy": "committee-chair",
             "releasedAt": "2026-11-30T10:00:00.120Z", "supersedes": "5a1d2c3b-4e5f-4a6b-9c8d-7e6f5a4b3c2d",
             "changes": [{"unitCode": "48", "previousRank": 2, "rank": 1, "previousScore": 0.6012, "score": 0.6301},
                         {"unitCode": "01", "previousRank": 1, "rank": 2, "previousScore": 0.61234, "score": 0.61234}],
             "standings": {"frameworkCode": "DTI-PROVINCE", "period": "2024", "version": 57, "computedAt": "2026-11-30T09:58:12.345Z",
                           "basis": "approved", "unitCount": 2, "node": "DTI",
                           "entries": [{"rank": 1, "unitCode": "48", "unitName": "Đà Nẵng", "score": 0.6301, "complete": true, "missing": 0,
                                        "children": [{"code": "DG_ACTIVITY", "score": 0.71, "rank": 1}]},
                                       {"rank": 2, "unitCode": "01", "unitName": "Hà Nội", "score": 0.61234, "complete": true, "missing": 0,
                                        "children": [{"code": "DG_ACTIVITY", "score": 0.66, "rank": 2}]}]}}""";
    static final String RELEASES = """
            [{"id": "9b2f6c1e-3d4a-4f5b-8c7d-1e2f3a4b5c6d", "frameworkCode": "DTI-PROVINCE", "period": "2024", "basis": "approved",
              "revision": 2, "version": 57, "label": "DTI 2024 official results, revision 2", "note": null,
              "releasedBy": "committee-chair", "releasedAt": "2026-11-30T10:00:00.120Z", "supersedes": "5a1d2c3b-4e5f-4a6b-9c8d-7e6f5a4b3c2d"},
             {"id": "5a1d2c3b-4e5f-4a6b-9c8d-7e6f5a4b3c2d", "frameworkCode": "DTI-PROVINCE", "period": "2024", "basis": "approved",
              "revision": 1, "version": 41, "label": "DTI 2024 official results", "note": null,
              "releasedBy": "committee-chair", "releasedAt": "2026-11-02T09:00:00Z", "supersedes": null}]""";
    static final String RELEASE_INVALID = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "2 problems in the request; see errors",
             "errors": [{"pointer": "/version", "code": "INVALID_TYPE", "detail": "must be a whole number"},
                        {"pointer": "/label", "code": "REQUIRED", "detail": "is required"}]}""";
    static final String RELEASE_MALFORMED = """
            {"type": "https://dti.gov.vn/problems/malformed-body", "title": "Malformed request body", "status": 400,
             "detail": "The body is not well-formed JSON at line 1, column 12."}""";
    static final String NO_VERSION = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Framework DTI-PROVINCE, period 2024 has no standings version 99 on the approved basis."}""";
    static final String ALREADY_RELEASED = """
            {"type": "https://dti.gov.vn/problems/already-released", "title": "Already released", "status": 409,
             "detail": "Version 57 (approved) of DTI-PROVINCE 2024 is revision 2 (release 9b2f6c1e-3d4a-4f5b-8c7d-1e2f3a4b5c6d)."}""";
    static final String NO_RELEASE = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No release 9b2f6c1e-3d4a-4f5b-8c7d-1e2f3a4b5c6d."}""";
    static final String NOT_RELEASED = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404,
             "detail": "DTI-PROVINCE 2024 has not been released yet."}""";
    static final String RESTATED = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "version": 17, "basis": "submitted", "computedAt": "2025-04-02T07:05:09.871Z",
             "asOf": "2025-07-01", "rule": "MEAN_OF_PREDECESSORS", "unitCount": 3, "node": "DTI",
             "entries": [
               {"rank": 1, "unitCode": "79", "unitName": "Thành phố Hồ Chí Minh", "score": 0.7333333333333334, "complete": true, "missing": 0,
                "predecessors": ["74", "77", "79"], "notReported": [], "incomplete": [],
                "children": [{"code": "DG_ACTIVITY", "score": 0.6833333333333332, "rank": 2}, {"code": "DE_ACTIVITY", "score": 0.7833333333333333, "rank": 1}]},
               {"rank": 2, "unitCode": "01", "unitName": "Hà Nội", "score": 0.7, "complete": true, "missing": 0,
                "predecessors": ["01"], "notReported": [], "incomplete": [],
                "children": [{"code": "DG_ACTIVITY", "score": 0.8, "rank": 1}, {"code": "DE_ACTIVITY", "score": 0.6, "rank": 3}]},
               {"rank": 3, "unitCode": "48", "unitName": "Đà Nẵng", "score": 0.6, "complete": false, "missing": 1,
                "predecessors": ["48", "49"], "notReported": [], "incomplete": ["49"],
                "children": [{"code": "DG_ACTIVITY", "score": 0.6, "rank": 3}, {"code": "DE_ACTIVITY", "score": 0.6, "rank": 3}]}]}""";
    static final String BAD_AS_OF = """
            {"type": "https://dti.gov.vn/problems/bad-request", "title": "Bad request", "status": 400,
             "detail": "asOf must be a date like 2025-07-01: 2025-13-01."}""";
    static final String NO_LINEAGE = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No lineage from the unit 99 valid on 2025-07-01 to any unit of the period. Restating DTI-PROVINCE 2024 on 2025-07-01 needs every unit valid then to descend from units of the period."}""";

    private ApiExamples() {
    }
}
