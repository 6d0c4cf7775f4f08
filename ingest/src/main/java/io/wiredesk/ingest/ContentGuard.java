package io.wiredesk.ingest;

import io.wiredesk.core.kafka.RejectedRecord;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Rejects input that is not an article's text before any parsing: missing, oversized or binary content.
 * Reasons are the stable DLQ codes {@value #MISSING_BODY}, {@value #TOO_LARGE}, {@value #BINARY}.
 */
public final class ContentGuard {
    public static final String MISSING_BODY = "missing-body";
    public static final String TOO_LARGE = "too-large";
    public static final String BINARY = "binary";
    public static final String NO_CONTENT = "no-content";
    public static final String NOT_JSON = "not-json";

    /** Control or replacement characters above this share (or any NUL) mean the "text" is really bytes. */
    private static final double MAX_SUSPECT_SHARE = 0.01;
    private static final int MIN_SUSPECT_COUNT = 8;
    private static final int CHUNK = 8192;

    private ContentGuard() {
    }

    /** Throws a {@link RejectedRecord} when the body cannot be an article's text. */
    public static void checkBody(String body, long maxBodyBytes) {
        if (body == null || body.isBlank()) {
            throw new RejectedRecord(MISSING_BODY, "the article has no body");
        }
        // a UTF-8 byte is at most 3 bytes per char, so the exact count is only needed near the limit
        if ((long) body.length() * 3 > maxBodyBytes && utf8Length(body) > maxBodyBytes) {
            throw new RejectedRecord(TOO_LARGE, "body of " + utf8Length(body) + " bytes exceeds " + maxBodyBytes);
        }
        if (looksBinary(body)) {
            throw new RejectedRecord(BINARY, "the body holds binary data, not text");
        }
    }

    public static boolean looksBinary(String text) {
        int suspect = 0;
        // copied out in chunks: a loop over a char[] runs several times faster than charAt on a large page
        char[] chunk = new char[Math.min(text.length(), CHUNK)];
        for (int from = 0; from < text.length(); from += CHUNK) {
            int to = Math.min(text.length(), from + CHUNK);
            text.getChars(from, to, chunk, 0);
            for (int i = 0, n = to - from; i < n; i++) {
                char c = chunk[i];
                if (c >= ' ' && c < 0x7F) {
                    continue;
                }
                if (c == 0) {
                    return true;
                }
                if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                    suspect++;
                }
            }
        }
        return suspect >= MIN_SUSPECT_COUNT && suspect > text.length() * MAX_SUSPECT_SHARE;
    }

    /** Raw record bytes that are not UTF-8 text (JSON never holds a raw NUL byte). */
    public static boolean looksBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return looksBinary(text);
        } catch (CharacterCodingException e) {
            return true;
        }
    }

    static long utf8Length(String s) {
        long n = 0;
        boolean lowSurrogateNext = false;
        char[] chunk = new char[Math.min(s.length(), CHUNK)];
        for (int from = 0; from < s.length(); from += CHUNK) {
            int to = Math.min(s.length(), from + CHUNK);
            s.getChars(from, to, chunk, 0);
            for (int i = 0, end = to - from; i < end; i++) {
                char c = chunk[i];
                if (lowSurrogateNext) {
                    lowSurrogateNext = false;
                } else if (c < 0x80) {
                    n += 1;
                } else if (c < 0x800) {
                    n += 2;
                } else if (Character.isHighSurrogate(c)) {
                    n += 4;
                    lowSurrogateNext = true;
                } else {
                    n += 3;
                }
            }
        }
        return n;
    }
}
