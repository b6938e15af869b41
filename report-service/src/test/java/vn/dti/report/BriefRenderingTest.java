package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The same brief as HTML, Markdown and PDF, in both languages; escaping of user text; negotiation. */
@QuarkusTest
class BriefRenderingTest {

    static final String HOSTILE = "<script>alert('x')</script> Phiên họp & \"Q2\"";

    @Inject
    Db db;

    @BeforeEach
    void fixture() {
        Fixture.load(db);
    }

    /** Keeps what a person would look at under target/briefs/, for review. */
    static void save(String name, byte[] content) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "briefs");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), content);
    }

    private static String create(String title, String language) {
        return Api.create(Api.request(title, Fixture.FW, "2031", "2030", language)).header("Location");
    }

    @Test
    void htmlIsASelfContainedPrintablePageWithEverySectionAndEscapedUserText() {
        String location = create(HOSTILE, "en");
        Response r = Api.read(location, "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        String html = r.asString().replace('\u00a0', ' ');
        assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"en\"");
        assertThat(html).doesNotContain("<script").doesNotContain("alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Phiên họp &amp; &quot;Q2&quot;");
        for (String id : List.of("headline", "ranking", "top-bottom", "leaders", "movers", "targets", "reporting", "heat-map",
                "profiles", "methodology")) {
            assertThat(html).contains("id=\"" + id + "\"").contains("href=\"#" + id + "\"");
        }
        assertThat(html).contains("Headline figures", "Full ranking", "Top five and bottom five", "Leaders of the pillars",
                "Biggest movers", "National targets", "Units that have not reported", "Pillar heat map", "Unit profiles",
                "Methodology note");
        // two inline SVG charts, a print stylesheet, nothing fetched from elsewhere
        assertThat(html.split("<svg ", -1)).hasSize(3);
        assertThat(html).contains("@media print").contains("@page");
        assertThat(html).doesNotContain("<link").doesNotContain("src=").doesNotContain("http://fonts").doesNotContain("https://");
        assertThat(html).contains("Bình Dương", "Thừa Thiên Huế", "Đà Nẵng", "11.27 %", "0.8850", "8.75 %");
    }

    @Test
    void vietnameseHtmlAndMarkdownUseVietnameseHeadingsAndNumbers() {
        String location = create("Báo cáo phiên họp quý II", "vi");
        String html = Api.read(location, "text/html").asString().replace('\u00a0', ' ');
        assertThat(html).contains("lang=\"vi\"", "Chỉ số chuyển đổi số", "Báo cáo", "Bảng xếp hạng đầy đủ", "Các chỉ tiêu quốc gia",
                "Ghi chú phương pháp", "11,27 %", "0,8850", "8,75 %", "Thừa Thiên Huế", "ngày 15 tháng 4 năm 2032");
        assertThat(html).doesNotContain("11.27 %");

        Response md = Api.read(location, "text/markdown");
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.contentType()).startsWith("text/markdown");
        String text = md.asString();
        assertThat(text).startsWith("# Báo cáo phiên họp quý II");
        assertThat(text).contains("## 1. Số liệu chính", "## 2. Bảng xếp hạng đầy đủ", "## 3. Năm đơn vị dẫn đầu và năm đơn vị cuối bảng",
                "## 4. Đơn vị dẫn đầu từng trụ cột", "## 5. Các đơn vị thay đổi thứ hạng nhiều nhất", "## 6. Các chỉ tiêu quốc gia",
                "## 7. Tình hình báo cáo", "## 8. Hồ sơ từng đơn vị", "## 9. Ghi chú phương pháp");
        assertThat(text).contains("| 1 | ▲ 2 | Bình Dương | 0,8850 | +0,1850 | đầy đủ |", "11,27 %", "| Thừa Thiên Huế | 5 % |");
    }

    @Test
    void markdownHasEverySectionAndEscapesMarkup() {
        String location = create(HOSTILE, "en");
        String text = Api.read(location, "text/markdown").asString();
        assertThat(text).startsWith("# \\<script\\>alert('x')\\</script\\> Phiên họp & \"Q2\"");
        assertThat(text).contains("## 1. Headline figures", "## 2. Full ranking", "## 3. Top five and bottom five",
                "## 4. Leaders of the pillars", "## 5. Biggest movers", "## 6. National targets", "## 7. Reporting",
                "## 8. Unit profiles", "## 9. Methodology note");
        assertThat(text).contains("| Reporting completeness | 80.0 % (24 / 30) |", "| Hải Phòng | 85 % |", "Hà Giang",
                "### E-commerce share of retail sales — met", "### Online public services processed on time — not met");
    }

    @Test
    void pdfParsesKeepsVietnameseNamesAndEmbedsItsFont() throws Exception {
        String location = create("Báo cáo DTI 2031 — Thừa Thiên Huế", "vi");
        Response r = Api.read(location, "application/pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/pdf");
        byte[] pdf = r.asByteArray();
        save("brief-vi.pdf", pdf);
        save("brief-vi.html", Api.read(location, "text/html").asByteArray());
        save("brief-vi.md", Api.read(location, "text/markdown").asByteArray());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
            assertThat(text).contains("Bình Dương", "Thừa Thiên Huế", "Đà Nẵng", "Hải Phòng", "Hà Giang", "Hạ tầng số",
                    "Các chỉ tiêu quốc gia", "11,27 %");
            // Every visible character is drawn with an embedded DejaVu Sans (the renderer also lists
            // the standard Helvetica in some resource dictionaries, but draws nothing visible with it).
            Map<String, Boolean> used = new TreeMap<>();
            StringBuilder unembedded = new StringBuilder();
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        used.put(p.getFont().getName(), p.getFont().isEmbedded());
                        if (!p.getFont().isEmbedded() && !p.getUnicode().isBlank()) {
                            unembedded.append(p.getUnicode());
                        }
                    }
                }
            };
            glyphs.getText(doc);
            assertThat(unembedded.toString()).as("characters drawn with a font that is not embedded (fonts: %s)", used).isEmpty();
            assertThat(used.keySet()).anyMatch(name -> name.endsWith("+DejaVuSans"))
                    .anyMatch(name -> name.endsWith("+DejaVuSans-Bold"));
        }
    }

    @Test
    void jsonIsTheDefaultAndOtherFormatsAre406() {
        Response created = Api.create(Api.request("Default format", Fixture.FW, "2031", null, "en"));
        String location = created.header("Location");
        Response plain = Api.as("submitter").get(location);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.contentType()).startsWith("application/json");
        assertThat(plain.asString()).isEqualTo(created.asString());
        assertThat(Api.read(location, "*/*").contentType()).startsWith("application/json");
        assertThat(Api.read(location, "text/html;q=0.5, application/pdf;q=0.9").contentType()).isEqualTo("application/pdf");

        Response xml = Api.read(location, "application/xml");
        assertThat(xml.statusCode()).isEqualTo(406);
        assertThat(xml.contentType()).startsWith("application/problem+json");
        assertThat(xml.jsonPath().getInt("status")).isEqualTo(406);

        Response missing = Api.read("/api/v1/briefs/00000000-0000-0000-0000-000000000000", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(Api.read("/api/v1/briefs/not-a-uuid", "application/json").statusCode()).isEqualTo(404);
    }
}
