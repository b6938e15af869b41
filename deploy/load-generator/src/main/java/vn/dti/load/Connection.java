package vn.dti.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where the suite runs and how to sign its tokens (defaults: the local suite of deploy/local). */
final class Connection {

    @Option(names = "--indicator-url", defaultValue = "http://127.0.0.1:8081", description = "indicator-service (default: ${DEFAULT-VALUE}).")
    URI indicator;

    @Option(names = "--ranking-url", defaultValue = "http://127.0.0.1:8082", description = "ranking-service (default: ${DEFAULT-VALUE}).")
    URI ranking;

    @Option(names = "--report-url", defaultValue = "http://127.0.0.1:8083", description = "report-service (default: ${DEFAULT-VALUE}).")
    URI report;

    @Option(names = "--kafka", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka bootstrap servers (default: KAFKA_BOOTSTRAP_SERVERS or ${DEFAULT-VALUE}); other KAFKA_* variables "
                    + "(security.protocol, sasl.*, ssl.*) apply to every Kafka client.")
    String kafka;

    @Option(names = "--private-key", defaultValue = "deploy/local/.run/jwt/privateKey.pem",
            description = "PKCS#8 PEM key that signs the tokens (default: ${DEFAULT-VALUE}).")
    Path privateKey;

    // the local suite's Keycloak realm (deploy/local/up.sh), whose signing key is the key above
    @Option(names = "--issuer", defaultValue = "http://127.0.0.1:8180/realms/dti", description = "Token issuer (default: ${DEFAULT-VALUE}).")
    String issuer;

    Api api(int threads) throws IOException {
        return new Api(new Tokens(privateKey, issuer), threads);
    }
}
