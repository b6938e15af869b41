/** Kafka client settings from the service configuration (kafka.* / KAFKA_*), for every producer, consumer and admin client. */
package vn.dti.plumbing.kafka;
