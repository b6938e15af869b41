/** The roles of docs/contract.md §3 and what a bearer token says about its caller. */
package vn.dti.plumbing.security;
