package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The packaged application (target/quarkus-app, as deploy/local/up.sh runs it) against the real
 * test broker and database: it consumes the fixture and renders every format. The packaged
 * class path differs from the test one (a stray JAXP API jar once broke the PDF only there).
 */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void thePackagedServiceConsumesEventsAndRendersEveryFormat() throws Exception {
        Fixture.send();
        String body = Api.request("Báo cáo DTI — Thừa Thiên Huế", Fixture.FW, "2031", "2030", "vi");
        Response created = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(
                () -> Api.as("committee").contentType(ContentType.JSON).body(body).post("/api/v1/briefs"),
                r -> r.statusCode() == 201 && Api.json(r).getInt("headline.reportedValues") == 24
                        && Api.json(r).getInt("standingsVersion") == 3 && Api.json(r).get("compareStandingsVersion") != null
                        && Api.json(r).getList("pillars").size() == 3 && Api.json(r).getList("targets").size() == 2);
        String location = created.header("Location");
        // made as a draft; Api.read reads as a reviewer, who sees published briefs only
        Api.as("committee").post(location + "/publish").then().statusCode(200);
        assertThat(Api.read(location, "text/html").asString()).contains("lang=\"vi\"", "Thừa Thiên Huế", "<svg ");
        assertThat(Api.read(location, "text/markdown").asString()).contains("## 6. Các chỉ tiêu quốc gia");
        Response pdf = Api.read(location, "application/pdf");
        assertThat(pdf.statusCode()).as(pdf.asString()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.asByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Bình Dương", "Thừa Thiên Huế", "Hạ tầng số");
        }
    }
}
