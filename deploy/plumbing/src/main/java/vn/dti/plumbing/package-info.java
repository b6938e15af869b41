/**
 * Plumbing shared by the three services that carries no domain type (docs/contract.md §2 allows one copy in
 * a reactor module under deploy/): each subpackage is one concern.
 */
package vn.dti.plumbing;
