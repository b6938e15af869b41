package vn.dti.ranking.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.postgresql.PGConnection;

import vn.dti.ranking.engine.Dataset;
import vn.dti.ranking.engine.Framework;
import vn.dti.ranking.engine.Framework.MissingValues;
import vn.dti.ranking.engine.Framework.Method;
import vn.dti.ranking.engine.Framework.Node;
import vn.dti.ranking.engine.Framework.Rule;
import vn.dti.ranking.engine.Scores;
import vn.dti.testing.db.TestDatabases;

/**
 * The standings by SQL alone (src/test/resources/sql/standings-by-sql.sql) next to the engine's:
 * generated inputs the script can compute (MIN_MAX indicators of either direction, weighted means,
 * ZERO or RESCALE), a scratch database to load them into, and the comparison of both results.
 */
final class SqlStandings {

    private SqlStandings() {
    }

    /** A framework and its values, generated from a seed. */
    record Inputs(Framework framework, Dataset dataset) {
    }

    /** The SQL's result in the engine's layout: {@code [node][unit]}, nodes and units in the engine's order. */
    record Result(double[][] score, int[][] rank) {
    }

    /**
     * {@code units} × {@code indicators} under a tree of {@code pillars} weighted pillars (the first
     * {@code subPillars} of them split into two sub-pillars: a third level), integer weights 1–5, one
     * indicator in five lower-is-better, {@code missingShare} of the values missing, raw values drawn
     * from {@code distinctValues} integers so that ties occur (0 for continuous values).
     */
    static Inputs generate(long seed, int units, int indicators, int pillars, int subPillars, double missingShare,
                           int distinctValues, MissingValues policy, int precision) {
        Random random = new Random(seed);
        List<List<Node>> groups = new ArrayList<>();
        int groupCount = pillars + subPillars;
        for (int g = 0; g < groupCount; g++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < indicators; i++) {
            Rule rule = Rule.of(Method.MIN_MAX);
            groups.get(i % groupCount).add(Node.indicator("I" + i, 1 + random.nextInt(5),
                    random.nextInt(5) == 0 ? rule.lowerIsBetter() : rule));
        }
        List<Node> roots = new ArrayList<>();
        int g = 0;
        for (int p = 0; p < pillars; p++) {
            List<Node> children = new ArrayList<>();
            if (p < subPillars) {
                children.add(new Node("P" + p + "a", "P" + p + "a", 1 + random.nextInt(5), null, groups.get(g++), null));
                children.add(new Node("P" + p + "b", "P" + p + "b", 1 + random.nextInt(5), null, groups.get(g++), null));
            } else {
                children.addAll(groups.get(g++));
            }
            roots.add(new Node("P" + p, "P" + p, 1 + random.nextInt(5), null, children, null));
        }
        Framework framework = new Framework("SQL-" + seed, precision, policy,
                new Node("R", "R", 1, null, roots, null));
        String[] unitCodes = new String[units];
        for (int u = 0; u < units; u++) {
            unitCodes[u] = "U" + u;
        }
        String[] codes = framework.indicatorCodes();
        double[][] values = new double[codes.length][units];
        for (double[] row : values) {
            for (int u = 0; u < units; u++) {
                row[u] = random.nextDouble() < missingShare ? Double.NaN
                        : distinctValues > 0 ? random.nextInt(distinctValues) : random.nextDouble() * 1000;
            }
        }
        return new Inputs(framework, new Dataset(unitCodes, codes, values));
    }

    /** A scratch database of its own (the test suffix appended), created if missing, with the script's function. */
    static Connection scratch(String base) throws SQLException, IOException {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String name = TestDatabases.name(base);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.executeUpdate("create database " + name);
                }
            }
        }
        Connection conn = DriverManager.getConnection("jdbc:postgresql://" + host + ":5432/" + name, "postgres", "");
        try (InputStream in = SqlStandings.class.getResourceAsStream("/sql/standings-by-sql.sql");
             Statement s = conn.createStatement()) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return conn;
    }

    /** Drops a scratch database made by {@link #scratch}. */
    static void drop(String base) throws SQLException {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("drop database if exists " + TestDatabases.name(base));
        }
    }

    /** Replaces the scratch tables' contents with {@code inputs} (COPY; missing values get no row). */
    static void load(Connection conn, Inputs inputs) throws SQLException, IOException {
        try (Statement s = conn.createStatement()) {
            s.execute("truncate sql_standings.node, sql_standings.unit, sql_standings.value");
        }
        StringBuilder nodes = new StringBuilder();
        node(nodes, inputs.framework().root(), null);
        StringBuilder units = new StringBuilder();
        for (String u : inputs.dataset().units()) {
            units.append(u).append('\n');
        }
        var copy = conn.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("copy sql_standings.node from stdin", new StringReader(nodes.toString()));
        copy.copyIn("copy sql_standings.unit from stdin", new StringReader(units.toString()));
        StringBuilder values = new StringBuilder();
        String[] indicators = inputs.dataset().indicators();
        String[] unitCodes = inputs.dataset().units();
        double[][] raw = inputs.dataset().values();
        for (int i = 0; i < indicators.length; i++) {
            for (int u = 0; u < unitCodes.length; u++) {
                if (Double.isFinite(raw[i][u])) {
                    // Double.toString is the shortest text that reads back as the same double
                    values.append(unitCodes[u]).append('\t').append(indicators[i]).append('\t').append(raw[i][u]).append('\n');
                }
            }
        }
        copy.copyIn("copy sql_standings.value from stdin", new StringReader(values.toString()));
        try (Statement s = conn.createStatement()) {
            s.execute("analyze sql_standings.node, sql_standings.unit, sql_standings.value");
        }
    }

    private static void node(StringBuilder out, Node node, String parent) {
        out.append(node.code()).append('\t').append(parent == null ? "\\N" : parent).append('\t').append(node.weight())
                .append('\t').append(node.isLeaf() && node.rule().direction() == Framework.Direction.LOWER_IS_BETTER ? 't' : 'f')
                .append('\t').append(node.isLeaf() ? 't' : 'f').append('\n');
        node.children().forEach(child -> node(out, child, node.code()));
    }

    /** Runs the script's function; the result laid out as the engine's {@code scores}. */
    static Result run(Connection conn, Framework framework, Scores layout) throws SQLException {
        int nodes = layout.nodes().size();
        int units = layout.units().length;
        double[][] score = new double[nodes][units];
        int[][] rank = new int[nodes][units];
        Map<String, Integer> nodeIndex = new HashMap<>();
        layout.nodes().forEach(n -> nodeIndex.put(n.code(), n.index()));
        Map<String, Integer> unitIndex = Dataset.index(layout.units());
        int rows = 0;
        try (PreparedStatement ps = conn.prepareStatement("select * from sql_standings.standings(?, ?)")) {
            ps.setInt(1, framework.rankPrecision());
            ps.setBoolean(2, framework.missingValues() == MissingValues.RESCALE);
            ps.setFetchSize(50_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int n = nodeIndex.get(rs.getString(1));
                    int u = unitIndex.get(rs.getString(2));
                    score[n][u] = rs.getDouble(3);
                    rank[n][u] = rs.getInt(4);
                    rows++;
                }
            }
        }
        if (rows != nodes * units) {
            throw new IllegalStateException("the SQL returned " + rows + " rows, expected " + nodes + " × " + units);
        }
        return new Result(score, rank);
    }

    /** The differences between the engine's scores and ranks and the SQL's (empty when equal). */
    static List<String> differences(Scores engine, Result sql, double tolerance) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < engine.nodes().size(); n++) {
            for (int u = 0; u < engine.units().length; u++) {
                double e = engine.score()[n][u];
                if (!(Math.abs(e - sql.score()[n][u]) <= tolerance) || engine.rank()[n][u] != sql.rank()[n][u]) {
                    out.add(engine.nodes().get(n).code() + "/" + engine.units()[u] + ": engine " + e + " rank "
                            + engine.rank()[n][u] + ", SQL " + sql.score()[n][u] + " rank " + sql.rank()[n][u]);
                    if (out.size() >= 10) {
                        return out;
                    }
                }
            }
        }
        return out;
    }
}
