package vn.dti.plumbing.problem;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The field names of a request record: a service refuses any other field of a body with
 * UNKNOWN_FIELD, so what a body may carry is exactly what the OpenAPI document shows of the record.
 */
public final class RequestFields {

    private RequestFields() {
    }

    public static Set<String> of(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
    }
}
