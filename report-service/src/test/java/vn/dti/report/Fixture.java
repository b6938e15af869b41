package vn.dti.report;

import static org.awaitility.Awaitility.await;
import static vn.dti.report.Events.entry;
import static vn.dti.report.Events.values;

import java.time.Duration;

/**
 * The small world most tests read, sent once per test JVM as the producers would: a framework
 * with three pillars (weights 2, 1, 1: shares 0.5, 0.25, 0.25), five indicators and two national
 * targets; six provinces; the standings of 2030 and 2031; the 2031 submissions, with one late
 * unit, one correction arriving late, one incomplete unit and one unit that never reports.
 * Every expected figure in the tests is computed by hand from the numbers here.
 */
public final class Fixture {

    public static final String FW = "T-BRIEF";
    static final String DOCUMENT = """
            {"code": "T-BRIEF", "name": "Test provincial DTI", "nameVi": "Chỉ số chuyển đổi số cấp tỉnh (thử nghiệm)",
             "unitType": "PROVINCE", "periodType": "ANNUAL", "rankPrecision": 4, "missingValues": "ZERO",
             "root": {"code": "DTI", "name": "Digital Transformation Index", "nameVi": "Chỉ số chuyển đổi số", "aggregation": "WEIGHTED_MEAN", "children": [
               {"code": "INFRA", "name": "Digital infrastructure", "nameVi": "Hạ tầng số", "weight": 2, "children": [
                 {"code": "FIBRE", "name": "Households with fibre broadband", "nameVi": "Tỷ lệ hộ gia đình có cáp quang", "weight": 1,
                  "indicator": {"unit": "PERCENT", "min": 0, "max": 100, "direction": "HIGHER_IS_BETTER",
                                "normalization": {"method": "GOALPOSTS", "low": 50, "high": 100}}},
                 {"code": "PLAN", "name": "Digital-transformation plan approved", "nameVi": "Kế hoạch chuyển đổi số được phê duyệt", "weight": 1,
                  "indicator": {"unit": "BOOLEAN", "normalization": {"method": "BOOLEAN"}}}]},
               {"code": "GOV", "name": "Digital government", "nameVi": "Chính quyền số", "weight": 1, "children": [
                 {"code": "OPS_TIMELY", "name": "Online public services processed on time", "nameVi": "Tỷ lệ hồ sơ trực tuyến được xử lý đúng hạn", "weight": 1,
                  "indicator": {"unit": "PERCENT", "min": 0, "max": 100, "direction": "HIGHER_IS_BETTER",
                                "normalization": {"method": "GOALPOSTS", "low": 50, "high": 100}}}]},
               {"code": "ECON", "name": "Digital economy", "nameVi": "Kinh tế số", "weight": 1, "children": [
                 {"code": "ECOMMERCE", "name": "E-commerce share of retail sales", "nameVi": "Tỷ trọng thương mại điện tử trong bán lẻ", "weight": 2,
                  "indicator": {"unit": "PERCENT", "min": 0, "max": 100, "direction": "HIGHER_IS_BETTER",
                                "normalization": {"method": "TARGET", "target": 10}}},
                 {"code": "INCIDENTS", "name": "Cyber incidents per 100 systems", "nameVi": "Số sự cố an toàn thông tin trên 100 hệ thống", "weight": 1,
                  "indicator": {"unit": "NUMBER", "min": 0, "direction": "LOWER_IS_BETTER", "normalization": {"method": "MIN_MAX"}}}]}]},
             "targets": [
               {"indicatorCode": "ECOMMERCE", "comparator": ">=", "value": 7, "label": "E-commerce share of retail sales",
                "labelVi": "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ"},
               {"indicatorCode": "OPS_TIMELY", "comparator": ">=", "value": 95, "label": "Online public services processed on time",
                "labelVi": "Tỷ lệ hồ sơ dịch vụ công trực tuyến được xử lý đúng hạn"}]}""";

    /** Due 2032-03-31 23:59:59 +07:00; on-time submissions arrive in March, late ones in April. */
    static final String DUE = "2032-03-31T23:59:59+07:00";
    private static boolean loaded;
    /** The ce_id of the stale standings version 2: the read model is complete only once it was processed (and ignored). */
    private static String staleStandings;

    private Fixture() {
    }

    /** Sends the fixture once and waits until the report-service's read model holds all of it. */
    public static synchronized void load(Db db) {
        if (!loaded) {
            send();
            loaded = true;
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                db.count("current_value", "framework_code = '" + FW + "'") == 24
                        && db.count("standings", "framework_code = '" + FW + "' and version in (1, 3)") == 2
                        && db.count("reporting_period", "framework_code = '" + FW + "'") == 1
                        && db.count("framework", "code = '" + FW + "'") == 1
                        && db.count("unit", "code in ('74','48','46','01','31','02') and valid_from = '2008-08-01'") == 6
                        && db.count("current_value", "framework_code = '" + FW + "' and unit_code = '31' and indicator_code = 'ECOMMERCE' and value = 6") == 1
                        && db.processed(java.util.List.of(staleStandings)) == 1);
    }

    /** Sends the fixture's events (for tests that cannot see the database). */
    public static synchronized void send() {
        // Submissions and standings before the framework: the read model keeps what arrives.
        Events.submission("74", FW, "2031", "2032-03-10T09:00:00.000+07:00", false,
                values("FIBRE", 92, "PLAN", 1, "OPS_TIMELY", 98.01, "ECOMMERCE", 11.27, "INCIDENTS", 0.5));
        Events.submission("48", FW, "2031", "2032-03-12T10:24:31.512+07:00", false,
                values("FIBRE", 95, "PLAN", 1, "OPS_TIMELY", 96.5, "ECOMMERCE", 9.5, "INCIDENTS", 0.2));
        Events.submission("46", FW, "2031", "2032-04-05T15:00:00.000+07:00", true,
                values("FIBRE", 80, "PLAN", 1, "OPS_TIMELY", 90, "ECOMMERCE", 5, "INCIDENTS", 1.5));
        Events.submission("01", FW, "2031", "2032-03-20T08:00:00.000+07:00", false,
                values("FIBRE", 90, "PLAN", 1, "OPS_TIMELY", 94, "ECOMMERCE", 12));
        // Hải Phòng's late correction (6 %) is delivered BEFORE its on-time first submission (4 %):
        // the later receivedAt wins whatever the order of arrival.
        Events.submission("31", FW, "2031", "2032-04-10T11:00:00.000+07:00", true, values("ECOMMERCE", 6));
        Events.submission("31", FW, "2031", "2032-03-25T16:30:00.000+07:00", false,
                values("FIBRE", 70, "PLAN", 0, "OPS_TIMELY", 85, "ECOMMERCE", 4, "INCIDENTS", 3.0));
        // Hà Giang (02) never reports.

        Events.standings(FW, "2030", 1, "DTI",
                entry(1, "48", "Đà Nẵng", 0.86, true, 0, "INFRA", 0.88, 1, "GOV", 0.90, 1, "ECON", 0.78, 1),
                entry(2, "01", "Hà Nội", 0.80, true, 0, "INFRA", 0.80, 2, "GOV", 0.90, 1, "ECON", 0.70, 2),
                entry(3, "74", "Bình Dương", 0.70, true, 0, "INFRA", 0.70, 3, "GOV", 0.80, 3, "ECON", 0.60, 3),
                entry(4, "31", "Hải Phòng", 0.55, true, 0, "INFRA", 0.50, 4, "GOV", 0.70, 4, "ECON", 0.50, 4),
                entry(5, "46", "Thừa Thiên Huế", 0.50, true, 0, "INFRA", 0.50, 4, "GOV", 0.60, 5, "ECON", 0.40, 5),
                entry(6, "02", "Hà Giang", 0.10, true, 0, "INFRA", 0.10, 6, "GOV", 0.10, 6, "ECON", 0.10, 6));
        // Version 3 of 2031, then a stale version 2 (an older recompute delivered late): 2 is ignored.
        Events.standings(FW, "2031", 3, "DTI", standings2031());
        staleStandings = Events.standings(FW, "2031", 2, "DTI",
                entry(1, "02", "Hà Giang", 0.99, true, 0, "INFRA", 0.99, 1, "GOV", 0.99, 1, "ECON", 0.99, 1));

        Events.framework(DOCUMENT);
        Events.period(FW, 2031, DUE);
        Events.unit("74", "Bình Dương", "Binh Duong", "2008-08-01");
        Events.unit("48", "Đà Nẵng", "Da Nang", "2008-08-01");
        Events.unit("46", "Thừa Thiên Huế", "Thua Thien Hue", "2008-08-01");
        Events.unit("01", "Hà Nội", "Ha Noi", "2008-08-01");
        Events.unit("31", "Hải Phòng", "Hai Phong", "2008-08-01");
        Events.unit("02", "Hà Giang", "Ha Giang", "2008-08-01");
    }

    /**
     * 2031: score = 0.5 INFRA + 0.25 GOV + 0.25 ECON.
     * Bình Dương 0.42 + 0.24 + 0.225 = 0.885; Đà Nẵng 0.45 + 0.2325 + 0.2 = 0.8825;
     * Hà Nội 0.40 + 0.22 + 0.175 = 0.795; Huế 0.30 + 0.21 + 0.10 = 0.61; Hải Phòng 0.15 + 0.175 + 0.075 = 0.40.
     */
    static com.fasterxml.jackson.databind.node.ObjectNode[] standings2031() {
        return new com.fasterxml.jackson.databind.node.ObjectNode[] {
            entry(1, "74", "Bình Dương", 0.885, true, 0, "INFRA", 0.84, 2, "GOV", 0.96, 1, "ECON", 0.90, 1),
            entry(2, "48", "Đà Nẵng", 0.8825, true, 0, "INFRA", 0.90, 1, "GOV", 0.93, 2, "ECON", 0.80, 2),
            entry(3, "01", "Hà Nội", 0.795, false, 1, "INFRA", 0.80, 3, "GOV", 0.88, 3, "ECON", 0.70, 3),
            entry(4, "46", "Thừa Thiên Huế", 0.61, true, 0, "INFRA", 0.60, 4, "GOV", 0.84, 4, "ECON", 0.40, 4),
            entry(5, "31", "Hải Phòng", 0.40, true, 0, "INFRA", 0.30, 5, "GOV", 0.70, 5, "ECON", 0.30, 5),
            entry(6, "02", "Hà Giang", 0.0, false, 5, "INFRA", 0.0, 6, "GOV", 0.0, 6, "ECON", 0.0, 6)};
    }
}
