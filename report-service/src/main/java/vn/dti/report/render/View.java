package vn.dti.report.render;

import io.quarkus.qute.TemplateData;
import vn.dti.report.brief.BriefContent;
import vn.dti.report.brief.BriefMessages;
import vn.dti.report.brief.Formats;
import vn.dti.report.brief.Messages;

/** What the templates see: the brief, its language's labels and formats, and the charts. */
@TemplateData
public record View(BriefContent b, BriefMessages t, Formats f, Charts.ScoreBars bars, Charts.HeatMap heat) {

    public static View of(BriefContent b) {
        Formats f = Formats.of(b.language());
        return new View(b, Messages.of(b.language()), f, Charts.scoreBars(b, f), Charts.heatMap(b));
    }

    /** A label by key, e.g. {v.l('method.GOALPOSTS')}; the key itself when there is no such label. */
    public String l(String key) {
        String label = Messages.label(t, key);
        return label != null ? label : key;
    }

    public String method(String code) {
        return l("method." + code);
    }

    public String missingPolicy(String code) {
        return l("missing." + code);
    }

    public String comparator(String code) {
        return l(Messages.comparatorKey(code));
    }

    /** The pillar's name in the brief's language, from its code. */
    public String pillar(String code) {
        return b.pillars().stream().filter(p -> p.code().equals(code)).map(BriefContent.Pillar::name).findFirst().orElse(code);
    }

    public long metTargets() {
        return b.targets().stream().filter(x -> Boolean.TRUE.equals(x.met())).count();
    }

    /** CSS class of a rank change: up, down or none. */
    public String changeClass(Integer change) {
        return change == null || change == 0 ? "" : change > 0 ? "up" : "down";
    }

    public String targetClass(Boolean met) {
        return met == null ? "nodata" : met ? "met" : "missed";
    }

    public String targetVerdict(Boolean met) {
        return l(met == null ? "noData" : met ? "met" : "notMet");
    }

    public int heatLabelX() {
        return Charts.LABEL;
    }

    public boolean compared() {
        return b.comparePeriod() != null;
    }

    public String footer() {
        return t.footer(Integer.toString(b.standingsVersion()), f.dateTime(b.dataCutoff()));
    }

    /** Markdown-escapes user and data text (titles, names) so it cannot become markup or break a table. */
    public static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }
}
