/** Health checks of the consumer loop and the outbox relay; the causes of failures stay in the log. */
package vn.dti.plumbing.health;
