package vn.dti.ranking.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.plumbing.period.PeriodCode;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.ranking.engine.Lineage;
import vn.dti.ranking.engine.Restatement;
import vn.dti.ranking.mapping.RestatedStandingsView;
import vn.dti.ranking.repository.StandingsRepository;
import vn.dti.ranking.repository.StandingsRepository.UnitVersion;

/**
 * A period's standings restated on the units valid on a later date (DESIGN §13,
 * docs/methodology.md §10): the lineage comes from the read model's unit versions, the rule and
 * the ranks from the engine ({@link Lineage}, {@link Restatement}).
 */
@ApplicationScoped
public class RestatementService {

    @Inject
    DataSource dataSource;

    @Inject
    StandingsRepository repository;

    /** The lineage of a snapshot's units onto the units valid on {@code asOf}, and the names of those units. */
    public record Basis(Lineage.Resolution lineage, Map<String, String> names) {
    }

    /**
     * Which of the snapshot's units each unit of the framework's type (and group) valid on
     * {@code asOf} stands for. Versions of other groups valid on {@code asOf} are not among the
     * units restated on, but stay in the history the lineage is followed through.
     */
    public Basis lineage(Snapshot period, LocalDate asOf) {
        PeriodCode code = PeriodCode.parse(period.period());
        Objects.requireNonNull(code, "a stored period is a period code");
        List<UnitVersion> versions;
        String group;
        try (Connection conn = dataSource.getConnection()) {
            StandingsRepository.FrameworkRow fw = repository.framework(conn, period.frameworkCode()).orElseThrow(
                    () -> ProblemException.notFound("Framework " + period.frameworkCode() + " is not known."));
            versions = repository.unitVersions(conn, fw.unitType());
            group = fw.unitGroup();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<Lineage.Unit> units = new ArrayList<>(versions.size());
        Map<String, String> names = new HashMap<>();
        for (UnitVersion v : versions) {
            Lineage.Unit unit = new Lineage.Unit(v.code(), v.validFrom(), v.validTo(), v.predecessors());
            if (unit.validOn(asOf)) {
                if (group != null && !group.equals(v.group())) {
                    continue;
                }
                names.put(v.code(), v.name());
            }
            units.add(unit);
        }
        return new Basis(Lineage.resolve(units, asOf, code.endsOn(), List.of(period.scores().units())), names);
    }

    /**
     * The snapshot restated on the units valid on {@code asOf}, ranked by {@code node} (null: the
     * root). 404 when a unit valid on {@code asOf} has no lineage to the period's units, or none is valid then.
     */
    public RestatedStandingsView restated(Snapshot period, LocalDate asOf, String node) {
        Basis basis = lineage(period, asOf);
        Lineage.Resolution lineage = basis.lineage();
        if (!lineage.complete()) {
            throw ProblemException.notFound(lineage.detail() + " Restating " + period.frameworkCode() + " " + period.period()
                    + " on " + asOf + " needs every unit valid then to descend from units of the period.");
        }
        if (lineage.predecessors().isEmpty()) {
            throw ProblemException.notFound("No unit ranked by " + period.frameworkCode() + " is valid on " + asOf
                    + ": there is nothing to restate " + period.period() + " on.");
        }
        Restatement.Result result = Restatement.of(period.scores(), lineage);
        int n = node == null ? 0 : result.scores().nodeIndex(node);
        if (n < 0) {
            throw ProblemException.notFound("Framework " + period.frameworkCode() + " has no node " + node + ".");
        }
        String[] names = new String[result.scores().units().length];
        for (int u = 0; u < names.length; u++) {
            names[u] = basis.names().get(result.scores().units()[u]);
        }
        return RestatedStandingsView.of(period.frameworkCode(), period.period(), period.version(), period.computedAt(),
                period.basis(), asOf, result, names, n);
    }

    /**
     * For a comparison: the current units (codes, in the order given) mapped to the earlier
     * period's units they stand for, through the lineage on {@code asOf}; a unit without lineage is
     * left out (it has nothing to compare with).
     */
    public Map<String, List<String>> predecessors(Snapshot earlier, LocalDate asOf, String[] currentUnits) {
        Lineage.Resolution lineage = lineage(earlier, asOf).lineage();
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        for (String code : currentUnits) {
            List<String> from = lineage.predecessors().get(code);
            if (from != null) {
                mapping.put(code, from);
            }
        }
        return mapping;
    }
}
