/** The event contract's types and topics (docs/events), shared by producers and consumers. */
package vn.dti.plumbing.events;
