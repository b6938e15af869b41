package vn.dti.report.security;

import jakarta.enterprise.context.RequestScoped;

import vn.dti.plumbing.security.CallerIdentity;

/** Who is calling: recorded as the author of a brief; report-service has no unit-level rules. */
@RequestScoped
public class Caller extends CallerIdentity {
}
