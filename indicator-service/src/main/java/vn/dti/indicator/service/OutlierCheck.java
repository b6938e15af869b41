package vn.dti.indicator.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.indicator.framework.FrameworkDocument;
import vn.dti.indicator.repository.ValueRepository;
import vn.dti.plumbing.period.PeriodCode;
import vn.dti.plumbing.problem.FieldError;

/**
 * Outliers, as warnings (never refusals), computed before the write transaction:
 * <ul>
 * <li>{@code OUTLIER}: the robust z-score {@code 0.6745 * (x - median) / MAD} of a value against the
 * other units' current values of the same indicator and period is above the framework's
 * {@code outlierThreshold} in absolute value. Not checked with fewer than {@link #MIN_PEERS} other
 * units, when MAD is 0 (most other units report the same value: z is not defined), and for yes/no
 * indicators.</li>
 * <li>{@code SUDDEN_CHANGE}: when the framework sets {@code maxChangeRatio}, {@code |x - p| / |p|}
 * against the unit's current value {@code p} of the previous period is above it. Not checked
 * without a previous value or when it is 0.</li>
 * </ul>
 * One query for the medians and MADs of all submitted indicators, one for the previous values.
 */
@ApplicationScoped
public class OutlierCheck {

    public static final int MIN_PEERS = 5;
    static final double Z_FACTOR = 0.6745;

    @Inject
    ValueRepository values;

    public List<FieldError> check(SubmissionRequest r, FrameworkCatalog.Published framework) {
        List<SubmissionRequest.ValueInput> numeric = r.values().stream().filter(v -> {
            FrameworkDocument.Node node = framework.indicators().get(v.indicatorCode());
            return node != null && node.indicator() != null && !"BOOLEAN".equals(node.indicator().unit());
        }).toList();
        List<FieldError> out = new ArrayList<>();
        if (numeric.isEmpty()) {
            return out;
        }
        List<String> codes = numeric.stream().map(SubmissionRequest.ValueInput::indicatorCode).toList();
        Map<String, ValueRepository.PeerStats> stats = values.peerStats(r.frameworkCode(), r.period(), r.unitCode(), codes);
        double threshold = framework.document().outlierThresholdOrDefault();
        for (SubmissionRequest.ValueInput v : numeric) {
            FieldError e = outlier(v.valuePointer(), v.value(), stats.get(v.indicatorCode()), threshold, r.period());
            if (e != null) {
                out.add(e);
            }
        }
        Double maxChange = framework.document().maxChangeRatio();
        String previous = previous(r.period());
        if (maxChange != null && previous != null) {
            Map<String, vn.dti.indicator.mapping.SubmissionView.Superseded> before =
                    values.current(r.frameworkCode(), previous, r.unitCode(), codes);
            for (SubmissionRequest.ValueInput v : numeric) {
                var p = before.get(v.indicatorCode());
                FieldError e = p == null ? null : suddenChange(v.valuePointer(), v.value(), p.value(), maxChange, previous);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The OUTLIER warning for {@code x}, or null (too few peers, MAD 0, within the threshold). */
    static FieldError outlier(String pointer, double x, ValueRepository.PeerStats s, double threshold, String period) {
        if (s == null || s.n() < MIN_PEERS || s.mad() == 0) {
            return null;
        }
        double z = Z_FACTOR * (x - s.median()) / s.mad();
        if (Math.abs(z) <= threshold) {
            return null;
        }
        return new FieldError(pointer, "OUTLIER", String.format(Locale.ROOT,
                "%s is far from the other %d units' values of %s: median %s, MAD %s, robust z %.2f (|z| > %s)",
                fmt(x), s.n(), period, fmt(s.median()), fmt(s.mad()), z, fmt(threshold)));
    }

    /** The SUDDEN_CHANGE warning for {@code x} against the previous period's {@code p}, or null. */
    static FieldError suddenChange(String pointer, double x, double p, double maxChangeRatio, String previousPeriod) {
        if (p == 0) {
            return null;
        }
        double ratio = Math.abs(x - p) / Math.abs(p);
        if (ratio <= maxChangeRatio) {
            return null;
        }
        return new FieldError(pointer, "SUDDEN_CHANGE", String.format(Locale.ROOT,
                "%s against %s in %s: a change ratio of %.4f (> maxChangeRatio %s)",
                fmt(x), fmt(p), previousPeriod, ratio, fmt(maxChangeRatio)));
    }

    /** The period before {@code code} of the same type (2024 → 2023, 2024-H1 → 2023-H2, 2024-Q1 → 2023-Q4). */
    static String previous(String code) {
        PeriodCode p = PeriodCode.parse(code);
        if (p == null) {
            return null;
        }
        int year = p.startsOn().getYear();
        return switch (p.periodType()) {
            case PeriodCode.HALF_YEAR -> code.endsWith("H1") ? (year - 1) + "-H2" : year + "-H1";
            case PeriodCode.QUARTER -> {
                int q = code.charAt(code.length() - 1) - '0';
                yield q == 1 ? (year - 1) + "-Q4" : year + "-Q" + (q - 1);
            }
            default -> Integer.toString(year - 1);
        };
    }

    static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
