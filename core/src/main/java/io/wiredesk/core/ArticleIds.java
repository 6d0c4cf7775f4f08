package io.wiredesk.core;

import io.wiredesk.core.text.TextNormalizer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids: a hash of the normalised URL when there is one, else of the normalised body, so
 * feeding the same article twice gives the same id.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    public static String of(String url, String body) {
        if (url != null && !url.isBlank()) {
            return "a-" + sha256Hex(normaliseUrl(url)).substring(0, 16);
        }
        return "a-" + sha256Hex(TextNormalizer.collapseWhitespace(TextNormalizer.nfkc(body == null ? "" : body)))
                .substring(0, 16);
    }

    /** Lower-case scheme and host, no fragment, no default port, no trailing slash, http = https. */
    public static String normaliseUrl(String url) {
        String trimmed = url.trim();
        try {
            URI u = URI.create(trimmed);
            if (u.getHost() == null) {
                return trimmed;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
            return host + path + query;
        } catch (IllegalArgumentException e) {
            return trimmed;
        }
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
