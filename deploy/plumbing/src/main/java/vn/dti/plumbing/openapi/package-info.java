/** What the OpenAPI documents of all services share: the standard problem+json responses. */
package vn.dti.plumbing.openapi;
