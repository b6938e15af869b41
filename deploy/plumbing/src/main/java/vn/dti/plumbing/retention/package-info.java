/** Purging what is no longer needed, on a schedule, by set-based deletes in batches (docs/operations.md, Retention). */
package vn.dti.plumbing.retention;
