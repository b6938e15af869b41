import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Fallback for machines without openssl, run as a single source file ({@code java LocalJwt.java ...}) by
 * deploy/local/lib.sh. Uses only the JDK.
 *
 * <pre>
 *   java LocalJwt.java keygen DIR        writes DIR/privateKey.pem (PKCS#8) and DIR/publicKey.pem (X.509 SPKI), RSA 2048
 *   java LocalJwt.java sign PRIVATE_PEM  reads the JWS signing input on stdin, prints its RS256 signature, base64url
 * </pre>
 */
public class LocalJwt {

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("keygen")) {
            keygen(Path.of(args[1]));
        } else if (args.length == 2 && args[0].equals("sign")) {
            System.out.println(sign(Path.of(args[1]), readAll(System.in)));
        } else {
            System.err.println("usage: java LocalJwt.java keygen DIR | sign PRIVATE_KEY_PEM < signing-input");
            System.exit(2);
        }
    }

    private static void keygen(Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(dir);
        // getEncoded() of an RSA private key is PKCS#8, of a public key X.509 SubjectPublicKeyInfo.
        Files.writeString(dir.resolve("privateKey.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve("publicKey.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static String sign(Path privateKeyPem, byte[] signingInput) throws Exception {
        String base64 = Files.readString(privateKeyPem, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(signingInput);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
