/**
 * RFC 9457 problem+json (docs/contract.md §4): the document, the exception services throw, the mappers that
 * turn every failure into one, and the 413 answer given before REST reads a body.
 */
package vn.dti.plumbing.problem;
