package vn.dti.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateData;
import vn.dti.report.brief.BriefContent;
import vn.dti.report.brief.BriefContent.Pillar;
import vn.dti.report.brief.BriefContent.PillarStanding;
import vn.dti.report.brief.BriefContent.RankingEntry;
import vn.dti.report.brief.Formats;

/**
 * The geometry of the two charts, computed here so the templates only place shapes and text:
 * score bars of the ranking and a heat map of units × pillars. Sizes are in SVG user units; the
 * SVGs scale to the page width (viewBox); 680 units wide and 12 per unit, each fits one A4 page with 63 units.
 */
public final class Charts {

    static final int LABEL = 170;
    static final int ROW = 12;

    private Charts() {
    }

    @TemplateData
    public record Bar(int y, int textY, double width, String label, String rank, String value, String fill, double valueX) {
    }

    @TemplateData
    public record Tick(double x, String label) {
    }

    @TemplateData
    public record ScoreBars(int width, int height, int plotX, int plotWidth, int axisY, List<Tick> ticks, List<Bar> bars) {
    }

    @TemplateData
    public record Cell(double x, int y, int textY, double textX, String fill, String textFill, String text) {
    }

    @TemplateData
    public record Column(double x, String label) {
    }

    @TemplateData
    public record Row(int textY, String label, List<Cell> cells) {
    }

    @TemplateData
    public record HeatMap(int width, int height, int headerHeight, int cellWidth, List<Column> columns, List<Row> rows) {
    }

    public static ScoreBars scoreBars(BriefContent b, Formats f) {
        int width = 680;
        int plotX = LABEL + 30;
        int plotWidth = width - plotX - 70;
        int top = 8;
        List<Bar> bars = new ArrayList<>();
        int y = top;
        for (RankingEntry e : b.ranking()) {
            double w = Math.max(0, Math.min(1, e.score())) * plotWidth;
            boolean reported = e.missing() < b.headline().indicators();
            bars.add(new Bar(y, y + ROW - 3, round(w), e.unitName(), Integer.toString(e.rank()), f.score(e.score()),
                    reported ? (e.complete() ? "#2b6cb0" : "#7fa7d6") : "#c8ccd2", round(plotX + w + 4)));
            y += ROW;
        }
        int axisY = y + 4;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            double v = i / 5.0;
            ticks.add(new Tick(round(plotX + v * plotWidth), f.number(v)));
        }
        return new ScoreBars(width, axisY + 18, plotX, plotWidth, axisY, ticks, bars);
    }

    public static HeatMap heatMap(BriefContent b) {
        List<Pillar> pillars = b.pillars();
        int header = 130;
        // the column labels are rotated and run to the right of the last column: keep ~110 units for them
        int cellWidth = pillars.isEmpty() ? 60 : Math.min(60, (680 - LABEL - 20 - 110) / pillars.size());
        int width = 680;
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < pillars.size(); i++) {
            columns.add(new Column(round(LABEL + 10 + i * cellWidth + cellWidth / 2.0), pillars.get(i).name()));
        }
        List<Row> rows = new ArrayList<>();
        int y = header;
        for (RankingEntry e : b.ranking()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < pillars.size(); i++) {
                String code = pillars.get(i).code();
                PillarStanding s = e.pillars().stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
                double x = LABEL + 10 + i * cellWidth;
                if (s == null) {
                    cells.add(new Cell(x, y, y + ROW - 3, round(x + cellWidth / 2.0), "#ffffff", "#555555", "–"));
                } else {
                    cells.add(new Cell(x, y, y + ROW - 3, round(x + cellWidth / 2.0), blue(s.score()),
                            s.score() > 0.55 ? "#ffffff" : "#1a202c", Integer.toString(s.rank())));
                }
            }
            rows.add(new Row(y + ROW - 3, e.rank() + ". " + e.unitName(), cells));
            y += ROW;
        }
        return new HeatMap(width, y + 4, header, cellWidth, columns, rows);
    }

    /** A sequential blue scale: 0 is near white, 1 is dark blue (legible in greyscale print too). */
    static String blue(double score) {
        double t = Math.max(0, Math.min(1, score));
        int[] from = {239, 245, 252};
        int[] to = {8, 48, 107};
        int r = (int) Math.round(from[0] + (to[0] - from[0]) * t);
        int g = (int) Math.round(from[1] + (to[1] - from[1]) * t);
        int bl = (int) Math.round(from[2] + (to[2] - from[2]) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
