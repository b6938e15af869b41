package vn.dti.indicator.service;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The field names of a request record: what a body may carry is what the OpenAPI document shows. */
final class RequestFields {

    private RequestFields() {
    }

    static Set<String> of(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
    }
}
