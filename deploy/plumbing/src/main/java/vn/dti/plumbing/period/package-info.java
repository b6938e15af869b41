/** Reporting period codes, read the same way by every service. */
package vn.dti.plumbing.period;
