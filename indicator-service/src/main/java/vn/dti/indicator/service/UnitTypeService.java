package vn.dti.indicator.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.indicator.limits.Limits;
import vn.dti.indicator.mapping.UnitTypeView;
import vn.dti.indicator.repository.UnitTypeRepository;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.RequestFields;
import vn.dti.plumbing.problem.Validation;

/** Unit types are data (DESIGN §13): any defined type can hold units and be ranked by a framework. */
@ApplicationScoped
public class UnitTypeService {

    /** Like the other codes: an upper-case letter, then upper-case letters, digits and '_'; 2 to 16 in all. */
    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{1,15}$";
    public static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    public static final String CODE_RULE = "unit type codes are an upper-case letter then 1 to " + (Limits.UNIT_TYPE_CODE - 1)
            + " of A-Z, 0-9, '_' (e.g. COUNTRY)";
    private static final Set<String> FIELDS = RequestFields.of(UnitTypeInput.class);

    @Inject
    UnitTypeRepository types;

    @Inject
    HistoryService history;

    @Transactional
    public List<UnitTypeView> list() {
        return types.list();
    }

    @Transactional
    public java.util.Optional<UnitTypeView> find(String code) {
        return CODE.matcher(code).matches() ? types.find(code) : java.util.Optional.empty();
    }

    /** Adds INVALID_FORMAT at /code unless {@code code} is a well-formed unit type code. Pure. */
    public static void checkCode(String code, Validation v) {
        if (code == null || code.length() > Limits.UNIT_TYPE_CODE || !CODE.matcher(code).matches()) {
            v.add("/code", "INVALID_FORMAT", CODE_RULE);
        }
    }

    /** What a request naming an undefined type is told. */
    public static String undefined(String code) {
        return CODE.matcher(code).matches()
                ? "no unit type " + code + " is defined (see GET /api/v1/unit-types; an admin defines one with PUT /api/v1/unit-types/" + code + ")"
                : "no unit type " + code + " is defined: " + CODE_RULE;
    }

    /** True when {@code code} names a defined type. */
    @Transactional
    public boolean defined(String code) {
        return code != null && CODE.matcher(code).matches() && types.exists(code);
    }

    /** Defines the type {@code code} or renames it; every problem of the body is reported at once. */
    @Transactional
    public UnitTypeRepository.Saved put(String code, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the unit type must be a JSON object");
        }
        Validation v = new Validation();
        UnitService.unknownFields(body, FIELDS, "is not a field of a unit type (code, name, nameVi)", v);
        checkCode(code, v);
        String bodyCode = UnitService.text(body, "code", v, false, Limits.UNIT_TYPE_CODE);
        if (bodyCode != null && !bodyCode.equals(code)) {
            v.add("/code", "CODE_MISMATCH", "must equal the code in the path (" + code + ")");
        }
        String name = UnitService.text(body, "name", v, true, Limits.UNIT_TYPE_NAME);
        String nameVi = UnitService.text(body, "nameVi", v, false, Limits.UNIT_TYPE_NAME);
        v.throwIfInvalid();
        UnitTypeRepository.Saved saved = types.put(code, name, nameVi, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        history.record(HistoryService.UNIT_TYPE, code, saved.created() ? "CREATED" : "UPDATED", saved.type());
        return saved;
    }
}
