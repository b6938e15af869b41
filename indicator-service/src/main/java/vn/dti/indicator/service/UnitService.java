package vn.dti.indicator.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.indicator.domain.Unit;
import vn.dti.indicator.limits.Limits;
import vn.dti.plumbing.problem.Text;
import vn.dti.indicator.mapping.UnitChanged;
import vn.dti.indicator.mapping.UnitView;
import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.outbox.Outbox;
import vn.dti.plumbing.problem.RequestFields;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.Validation;
import vn.dti.indicator.repository.UnitRepository;

@ApplicationScoped
public class UnitService {

    @jakarta.inject.Inject
    HistoryService history;

    public static final Pattern CODE = Pattern.compile("^[0-9A-Z]{2,10}$");
    /** Units created without validFrom are valid from before any DTI period. */
    public static final LocalDate DEFAULT_VALID_FROM = LocalDate.of(2000, 1, 1);
    /** A unit is created with the fields it is shown with (the OpenAPI request body is UnitView too). */
    private static final Set<String> FIELDS = RequestFields.of(UnitView.class);
    private static final Set<String> UPDATE_FIELDS = RequestFields.of(UnitUpdateInput.class);

    @Inject
    UnitRepository units;

    @Inject
    Outbox outbox;

    @Inject
    UnitTypeService unitTypes;

    public List<Unit> validOn(LocalDate day, String type) {
        return units.validOn(day, type);
    }

    public Optional<Unit> find(String code, LocalDate day) {
        return units.validOn(code, day);
    }

    /** True when some version of the unit exists, whatever its validity. */
    public boolean exists(String code) {
        return units.exists(code);
    }

    @Transactional
    public Unit create(JsonNode body) {
        Validation v = new Validation();
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the unit must be a JSON object");
        }
        unknownFields(body, FIELDS, "is not a field of a unit", v);
        Unit u = new Unit();
        u.code = text(body, "code", v, true, Limits.UNIT_CODE);
        if (u.code != null && !CODE.matcher(u.code).matches()) {
            v.add("/code", "INVALID_FORMAT", "codes are 2-10 of 0-9, A-Z (provinces use the GSO code, e.g. 48)");
        }
        u.name = text(body, "name", v, true, Limits.UNIT_NAME);
        u.nameEn = text(body, "nameEn", v, false, Limits.UNIT_NAME);
        u.type = text(body, "type", v, true, Limits.UNIT_TYPE_CODE);
        if (u.type != null && !unitTypes.defined(u.type)) {
            v.add("/type", "UNKNOWN_UNIT_TYPE", UnitTypeService.undefined(u.type));
        }
        u.group = text(body, "group", v, false, Limits.UNIT_GROUP);
        u.region = text(body, "region", v, false, Limits.UNIT_REGION);
        JsonNode cr = body.get("centrallyRun");
        if (cr != null && !cr.isNull() && !cr.isBoolean()) {
            v.add("/centrallyRun", "INVALID_TYPE", "must be true or false");
        }
        u.centrallyRun = cr != null && cr.asBoolean(false);
        u.validFrom = date(body, "validFrom", v);
        if (u.validFrom == null) {
            u.validFrom = DEFAULT_VALID_FROM;
        }
        u.validTo = date(body, "validTo", v);
        if (u.validTo != null && u.validTo.isBefore(u.validFrom)) {
            v.add("/validTo", "INVALID_RANGE", "must not be before validFrom");
        }
        List<String> predecessors = new ArrayList<>();
        JsonNode p = body.get("predecessors");
        if (p != null && !p.isNull()) {
            if (!p.isArray()) {
                v.add("/predecessors", "INVALID_TYPE", "must be an array of unit codes");
            } else if (p.size() > Limits.UNIT_PREDECESSORS) {
                v.add("/predecessors", "TOO_MANY", "at most " + Limits.UNIT_PREDECESSORS + " predecessors");
            } else {
                if (u.validFrom.isAfter(Limits.FIRST_DAY)) {
                    // The predecessors stay as they are until this unit is stored (see update).
                    List<String> codes = new ArrayList<>();
                    p.forEach(e -> codes.add(e.asText()));
                    // malformed codes are reported below; they name no unit to lock
                    units.lockValidOn(codes.stream().filter(c -> CODE.matcher(c).matches()).distinct().sorted().toList(),
                            u.validFrom.minusDays(1));
                }
                Set<String> seen = new LinkedHashSet<>();
                for (int i = 0; i < p.size(); i++) {
                    String code = p.get(i).isTextual() ? p.get(i).asText() : null;
                    if (code == null || !seen.add(code)) {
                        v.add("/predecessors/" + i, code == null ? "INVALID_TYPE" : "DUPLICATE", "must be a distinct unit code");
                        continue;
                    }
                    if (!CODE.matcher(code).matches()) {
                        v.add("/predecessors/" + i, "INVALID_FORMAT", "codes are 2-10 of 0-9, A-Z");
                        continue;
                    }
                    if (u.validFrom.isAfter(Limits.FIRST_DAY)) {
                        Optional<Unit> predecessor = units.validOn(code, u.validFrom.minusDays(1));
                        if (predecessor.isEmpty()) {
                            v.add("/predecessors/" + i, "UNKNOWN_UNIT", "no unit " + code + " was valid on " + u.validFrom.minusDays(1));
                        } else if (u.type != null && !predecessor.get().type.equals(u.type)) {
                            v.add("/predecessors/" + i, "PREDECESSOR_TYPE_MISMATCH", "unit " + code + " is a " + predecessor.get().type
                                    + "; a " + u.type + " can only succeed units of its own type");
                        }
                    } else {
                        v.add("/predecessors/" + i, "UNKNOWN_UNIT", "no unit was valid before " + Limits.FIRST_DAY);
                    }
                }
                predecessors.addAll(seen);
            }
        }
        v.throwIfInvalid();
        u.predecessorCodes = String.join(" ", predecessors);
        for (Unit other : units.versions(u.code)) {
            boolean overlaps = (other.validTo == null || !other.validTo.isBefore(u.validFrom))
                    && (u.validTo == null || !u.validTo.isBefore(other.validFrom));
            if (overlaps) {
                throw ProblemException.conflict("unit-exists", "Unit already exists",
                        "Unit " + u.code + " (" + other.name + ") is already valid from " + other.validFrom
                                + (other.validTo == null ? "" : " to " + other.validTo)
                                + "; a new unit with this code must start after that.");
            }
        }
        units.insert(u);
        outbox.append(EventTypes.UNIT_CHANGED, u.code + "@" + u.validFrom, u.code, UnitChanged.of(u, OffsetDateTime.now()));
        history.record(HistoryService.UNIT, u.code, "CREATED", vn.dti.indicator.mapping.UnitView.of(u));
        return u;
    }

    /**
     * Replaces the names, group, region, centrallyRun and validTo of one version of {@code code} (the one
     * starting on the body's validFrom, else the latest), kept as history and announced with
     * {@code dti.unit.changed.v1}. Every field problem is reported at once (422); a validTo that would
     * overlap the code's next version or a successor, or cut the lineage of a successor, is 409.
     */
    @Transactional
    public Unit update(String code, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the unit must be a JSON object");
        }
        Validation v = new Validation();
        unknownFields(body, UPDATE_FIELDS, "is not a field of a unit", v);
        LocalDate selected = date(body, "validFrom", v);
        // Every version of the code, locked: updates of one code serialise, and a unit created with
        // this code as predecessor (which locks it too) cannot slip in between the check and the write.
        List<Unit> versions = CODE.matcher(code).matches() ? units.lockVersions(code) : List.of();
        if (versions.isEmpty()) {
            throw ProblemException.notFound("No unit " + code + ".");
        }
        Unit u = versions.get(versions.size() - 1);
        if (selected != null) {
            u = versions.stream().filter(x -> x.validFrom.equals(selected)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("Unit " + code + " has no version starting on " + selected
                            + "; its versions start on " + versions.stream().map(x -> x.validFrom.toString()).toList() + "."));
        }
        String bodyCode = text(body, "code", v, false, Limits.UNIT_CODE);
        if (bodyCode != null && !bodyCode.equals(code)) {
            v.add("/code", "CODE_MISMATCH", "must equal the code in the path (" + code + ")");
        }
        String type = text(body, "type", v, false, Limits.UNIT_TYPE_CODE);
        if (type != null && !type.equals(u.type)) {
            v.add("/type", "TYPE_FIXED", "a unit's type is fixed: unit " + code + " is a " + u.type
                    + " (lineage joins units of one type); end it and create a unit of type " + type + " instead");
        }
        JsonNode p = body.get("predecessors");
        if (p != null && !p.isNull()) {
            Set<String> given = new LinkedHashSet<>();
            p.forEach(e -> given.add(e.isTextual() ? e.asText() : e.toString()));
            if (!p.isArray() || given.size() != p.size() || !given.equals(new LinkedHashSet<>(u.predecessors()))) {
                v.add("/predecessors", "LINEAGE_FIXED", "the lineage of a unit is fixed: unit " + code + " from " + u.validFrom
                        + " has predecessors " + u.predecessors());
            }
        }
        String name = text(body, "name", v, true, Limits.UNIT_NAME);
        String nameEn = text(body, "nameEn", v, false, Limits.UNIT_NAME);
        String group = text(body, "group", v, false, Limits.UNIT_GROUP);
        String region = text(body, "region", v, false, Limits.UNIT_REGION);
        JsonNode cr = body.get("centrallyRun");
        if (cr != null && !cr.isNull() && !cr.isBoolean()) {
            v.add("/centrallyRun", "INVALID_TYPE", "must be true or false");
        }
        LocalDate validTo = date(body, "validTo", v);
        if (validTo != null && validTo.isBefore(u.validFrom)) {
            v.add("/validTo", "INVALID_RANGE", "must not be before validFrom (" + u.validFrom + ")");
        }
        v.throwIfInvalid();
        checkSuccessors(u, versions, validTo);
        UnitView before = UnitView.of(u);
        u.name = name;
        u.nameEn = nameEn;
        u.group = group;
        u.region = region;
        u.centrallyRun = cr != null && cr.asBoolean(false);
        u.validTo = validTo;
        if (UnitView.of(u).equals(before)) {
            return u; // nothing changed: no history, no event
        }
        units.update(u);
        outbox.append(EventTypes.UNIT_CHANGED, u.code + "@" + u.validFrom, u.code, UnitChanged.of(u, OffsetDateTime.now()));
        history.record(HistoryService.UNIT, u.code, "UPDATED", UnitView.of(u));
        return u;
    }

    /**
     * A unit version ends before the next version of its code starts and, when successors name it as a
     * predecessor, exactly the day before they start (lineage stays intact): 409 otherwise.
     */
    private void checkSuccessors(Unit u, List<Unit> versions, LocalDate validTo) {
        LocalDate end = validTo == null ? LocalDate.MAX : validTo;
        Optional<Unit> next = versions.stream().filter(x -> x.validFrom.isAfter(u.validFrom)).findFirst();
        if (next.isPresent() && !end.isBefore(next.get().validFrom)) {
            throw ProblemException.conflict("unit-overlap", "Unit versions would overlap", "Unit " + u.code + " is "
                    + next.get().name + " from " + next.get().validFrom + "; the version from " + u.validFrom
                    + " must end by " + next.get().validFrom.minusDays(1) + ".");
        }
        for (Unit s : units.successors(u.code, u.validFrom, next.map(x -> x.validFrom).orElse(null))) {
            LocalDate lastDay = s.validFrom.minusDays(1);
            if (!end.isBefore(s.validFrom)) {
                throw ProblemException.conflict("unit-overlap", "Unit would overlap its successor", "Unit " + s.code + " ("
                        + s.name + ") succeeds unit " + u.code + " from " + s.validFrom + "; unit " + u.code
                        + " must end on " + lastDay + ", not " + (validTo == null ? "never" : validTo.toString()) + ".");
            }
            if (end.isBefore(lastDay)) {
                throw ProblemException.conflict("lineage-broken", "Unit would break its successor's lineage", "Unit " + s.code
                        + " (" + s.name + ") from " + s.validFrom + " names unit " + u.code + " as a predecessor, so unit "
                        + u.code + " must be valid until " + lastDay + ".");
            }
        }
    }

    /** UNKNOWN_FIELD for every field of {@code body} that is not one of {@code fields} (a request record's). */
    static void unknownFields(JsonNode body, Set<String> fields, String detail, Validation v) {
        body.fieldNames().forEachRemaining(f -> {
            if (!fields.contains(f)) {
                v.add("/" + f, "UNKNOWN_FIELD", detail);
            }
        });
    }

    static String text(JsonNode body, String field, Validation v, boolean required, int max) {
        JsonNode f = body.get(field);
        if (f == null || f.isNull()) {
            if (required) {
                v.add("/" + field, "REQUIRED", "is required");
            }
            return null;
        }
        if (!f.isTextual() || f.asText().isBlank()) {
            v.add("/" + field, "INVALID_TYPE", "must be a non-empty string");
            return null;
        }
        if (f.asText().strip().length() > max) {
            v.add("/" + field, "TOO_LONG", "at most " + max + " characters");
            return null;
        }
        if (!Text.check(f.asText(), false, "/" + field, v)) {
            return null;
        }
        return f.asText().strip();
    }

    static LocalDate date(JsonNode body, String field, Validation v) {
        JsonNode f = body.get(field);
        if (f == null || f.isNull()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(f.asText());
        } catch (RuntimeException e) {
            v.add("/" + field, "INVALID_DATE", "must be a date like 2025-07-01");
            return null;
        }
        if (!Limits.inRange(day)) {
            v.add("/" + field, "OUT_OF_RANGE", "must be from " + Limits.dateRange());
            return null;
        }
        return day;
    }
}
