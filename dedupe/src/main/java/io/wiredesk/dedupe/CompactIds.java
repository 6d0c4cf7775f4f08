package io.wiredesk.dedupe;

/** Article ids of the form "a-" + 16 lower-case hex digits as one long, and back. */
final class CompactIds {
    private static final String PREFIX = "a-";
    private static final int HEX_DIGITS = 16;

    private CompactIds() {
    }

    static boolean isPackable(String id) {
        if (id.length() != PREFIX.length() + HEX_DIGITS || !id.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The 64 bits of a packable id ({@link #isPackable}). */
    static long packHex(String id) {
        return Long.parseUnsignedLong(id.substring(PREFIX.length()), 16);
    }

    static String unpackHex(long bits) {
        String hex = Long.toHexString(bits);
        return PREFIX + "0".repeat(HEX_DIGITS - hex.length()) + hex;
    }
}
