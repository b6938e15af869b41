package vn.dti.report.rest;

/** Request and response examples shown in the OpenAPI document. */
final class ApiExamples {

    static final String BRIEF_REQUEST = """
            {"title": "Báo cáo phiên họp Ủy ban Quốc gia về chuyển đổi số: DTI cấp tỉnh năm 2024",
             "meetingDate": "2025-04-10", "frameworkCode": "DTI-PROVINCE", "period": "2024",
             "comparePeriod": "2023", "language": "vi"}""";

    static final String BRIEF = """
            {"id": "6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10", "title": "Provincial DTI 2024 meeting brief",
             "meetingDate": "2025-04-10", "language": "en", "createdAt": "2025-04-02T07:05:09.871Z", "createdBy": "committee",
             "frameworkCode": "DTI-PROVINCE", "frameworkName": "Provincial Digital Transformation Index", "period": "2024",
             "comparePeriod": "2023", "standingsVersion": 17, "standingsComputedAt": "2025-04-02T07:05:09.871Z",
             "compareStandingsVersion": 9, "dataCutoff": "2025-03-31T16:58:12.004Z",
             "summary": ["63 provinces were ranked on Provincial Digital Transformation Index for 2024; 1,794 of 1,827 indicator values were reported (98.2 %) and 59 provinces reported in full.",
                         "Đà Nẵng leads with a score of 0.7814, ahead of Hà Nội (0.7402)."],
             "headline": {"unitsRanked": 63, "indicators": 29, "expectedValues": 1827, "reportedValues": 1794, "completeness": 0.9819,
                          "unitsReporting": 61, "unitsFullyReported": 59, "lateValues": 58, "onTimeShare": 0.9677, "unitsOnTime": 58,
                          "meanScore": 0.5512, "medianScore": 0.5431, "compareMeanScore": 0.5207, "meanChange": 0.0305, "compareMedianScore": 0.5144},
             "ranking": [{"rank": 1, "unitCode": "48", "unitName": "Đà Nẵng", "score": 0.7814, "complete": true, "missing": 0,
                          "previousRank": 1, "rankChange": 0, "previousScore": 0.7623, "scoreChange": 0.0191,
                          "pillars": [{"code": "DG_ACTIVITY", "score": 0.8921, "rank": 1}]}],
             "top": [], "bottom": [], "pillars": [], "pillarLeaders": [], "movers": {"up": [], "down": []},
             "targets": [{"indicatorCode": "ECOMMERCE_RETAIL_SHARE", "indicatorName": "E-commerce share of retail sales",
                          "label": "E-commerce share of retail sales", "comparator": ">=", "target": 7, "unit": "PERCENT",
                          "nationalFigure": 11.27, "met": true, "unitsReporting": 61, "unitsMeeting": 40,
                          "unitsBelow": [{"unitCode": "02", "unitName": "Hà Giang", "value": 2.1}], "unitsWithoutValue": [],
                          "sentence": "E-commerce share of retail sales: the national figure is 11.27 % against a target of at least 7 % — met. 21 of 61 reporting provinces are below it."}],
             "reporting": {"dueAt": "2025-03-31T16:59:59Z", "notReported": [], "incomplete": [], "late": []},
             "profiles": [],
             "methodology": {"frameworkCode": "DTI-PROVINCE", "frameworkName": "Provincial Digital Transformation Index",
                             "frameworkVersion": 1, "rootCode": "DTI",
                             "pillars": [{"code": "DG_ACTIVITY", "name": "Digital-government activity", "weight": 0.5, "share": 0.5}],
                             "normalisation": [{"method": "GOALPOSTS", "indicators": 29}], "missingValues": "ZERO", "rankPrecision": 4,
                             "standingsVersion": 17, "standingsComputedAt": "2025-04-02T07:05:09.871Z",
                             "compareStandingsVersion": 9, "compareStandingsComputedAt": "2024-04-01T06:00:00Z",
                             "dataCutoff": "2025-03-31T16:58:12.004Z", "notes": []},
             "release": null}""";

    static final String BRIEF_MARKDOWN = """
            # Provincial DTI 2024 meeting brief

            *Digital Transformation Index — committee meeting brief*
            ...""";

    static final String BRIEF_HTML = "<!DOCTYPE html><html lang=\"vi\">…</html>";

    static final String PAGE = """
            {"items": [{"id": "6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10", "title": "Provincial DTI 2024 meeting brief",
                        "meetingDate": "2025-04-10", "frameworkCode": "DTI-PROVINCE", "period": "2024", "comparePeriod": "2023",
                        "language": "en", "createdAt": "2025-04-02T07:05:09.871Z", "createdBy": "committee", "standingsVersion": 17,
                        "compareStandingsVersion": 9, "dataCutoff": "2025-03-31T16:58:12.004Z",
                        "href": "/api/v1/briefs/6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10", "status": "PUBLISHED",
                        "publishedAt": "2025-04-03T01:00:00Z", "publishedBy": "committee"}],
             "page": 0, "size": 20, "total": 1}""";

    static final String VALIDATION_PROBLEM = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "2 problems in the request; see errors",
             "errors": [{"pointer": "/period", "code": "NO_STANDINGS", "detail": "no standings of DTI-PROVINCE for 2026 have been received yet"},
                        {"pointer": "/language", "code": "INVALID_VALUE", "detail": "must be \\"en\\" or \\"vi\\""}]}""";

    static final String MALFORMED = """
            {"type": "https://dti.gov.vn/problems/malformed-body", "title": "Malformed request body", "status": 400,
             "detail": "The body is not well-formed JSON at line 1, column 12."}""";

    static final String NOT_FOUND = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No brief 6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10."}""";

    static final String BAD_PAGE = """
            {"type": "https://dti.gov.vn/problems/bad-request", "title": "Bad request", "status": 400,
             "detail": "page must be >= 0 and size between 1 and 200."}""";

    private ApiExamples() {
    }
}
