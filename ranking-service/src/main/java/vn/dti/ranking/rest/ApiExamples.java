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
               {"code": "OPS_TIMELY_RATE", "name": "Online public services processed on time", "raw": 95.0, "normalised": 0.9, "contribution": 0.45, "rank": 2},
               {"code": "ECOMMERCE_RETAIL_SHARE", "name": "E-commerce share of retail sales", "raw": 2.24, "normalised": 0.32, "contribution": 0.16, "rank": 5}],
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
