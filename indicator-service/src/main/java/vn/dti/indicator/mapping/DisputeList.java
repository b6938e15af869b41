package vn.dti.indicator.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /disputes}: the disputes the caller may read, newest first. */
@Schema(name = "DisputeList", requiredProperties = {"disputes"})
public record DisputeList(List<DisputeView> disputes) {
}
