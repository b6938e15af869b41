package vn.dti.indicator.rest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import jakarta.ws.rs.core.MediaType;

import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;

/**
 * A request body as text, decoded strictly: invalid bytes are a 400, never replaced by U+FFFD. JSON is
 * UTF-8 (RFC 8259); a CSV may name another charset (a spreadsheet export in windows-1258 or
 * ISO-8859-1), which is converted to UTF-8 (NFC), or refused with 415 when this JVM does not know it.
 * A leading byte order mark is dropped.
 */
final class BodyText {

    private BodyText() {
    }

    static String decode(byte[] body, String contentType, boolean csv) {
        if (body == null || body.length == 0) {
            return "";
        }
        Charset charset = charset(contentType, csv);
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.of(400, "malformed-body", "Malformed request body",
                    "The body is not valid " + charset.name() + " text" + (csv ? "; send UTF-8 or name the file's charset in Content-Type." : "; JSON is UTF-8.")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return charset.equals(StandardCharsets.UTF_8) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static Charset charset(String contentType, boolean csv) {
        String name = null;
        if (contentType != null) {
            try {
                name = MediaType.valueOf(contentType).getParameters().get("charset");
            } catch (IllegalArgumentException e) {
                throw unsupported(contentType);
            }
        }
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        name = name.strip().replace("\"", "");
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (RuntimeException e) {
            throw unsupported("charset " + name);
        }
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
            return charset;
        }
        if (!csv || !charset.canEncode()) {
            throw unsupported("charset " + name);
        }
        return charset;
    }

    private static ProblemException unsupported(String what) {
        return new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                "Unsupported " + what + ": JSON must be UTF-8; a CSV may be UTF-8 or a charset this server converts (e.g. windows-1258, ISO-8859-1)."));
    }
}
