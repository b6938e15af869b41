package vn.dti.indicator.service;

import vn.dti.plumbing.problem.ProblemException;

/**
 * {@code ?atomicMode=} of a submission: {@code ALL} (the default) stores nothing if anything is
 * wrong; {@code NONE} stores every valid (unit, framework, period) group of a multi-unit CSV and
 * reports the refused groups as conflicts.
 */
public enum AtomicMode {
    ALL, NONE;

    /** The mode of the query parameter; absent or empty is ALL; anything else than ALL or NONE (any case) is 400. */
    public static AtomicMode parse(String value) {
        if (value == null || value.isEmpty()) {
            return ALL;
        }
        for (AtomicMode m : values()) {
            if (m.name().equalsIgnoreCase(value)) {
                return m;
            }
        }
        throw ProblemException.badRequest("atomicMode must be ALL (store nothing if anything is wrong; the default) or NONE "
                + "(store every valid unit/framework/period group, report the others as conflicts).");
    }
}
