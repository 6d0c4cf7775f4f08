package io.wiredesk.dedupe;

import java.nio.charset.StandardCharsets;

/** Reads what {@link BinaryWriter} wrote. */
final class BinaryReader {
    private final byte[] buf;
    private int pos;

    BinaryReader(byte[] buf) {
        this.buf = buf;
    }

    /** A reader of the next {@code n} bytes as bits; this reader moves past them. */
    BitPacking.Reader bits(int n) {
        if (n < 0 || pos + n > buf.length) {
            throw new IllegalArgumentException("bad bit section length " + n + " at byte " + pos);
        }
        BitPacking.Reader r = new BitPacking.Reader(buf, pos, pos + n);
        pos += n;
        return r;
    }

    boolean hasMore() {
        return pos < buf.length;
    }

    int readByte() {
        if (pos >= buf.length) {
            throw new IllegalArgumentException("truncated record at byte " + pos);
        }
        return buf[pos++] & 0xFF;
    }

    long readVarLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("malformed varint at byte " + pos);
    }

    int readVarInt() {
        return (int) readVarLong();
    }

    long readSignedVarLong() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    long readFixed(int bytes) {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            v = (v << 8) | readByte();
        }
        return v;
    }

    String readString() {
        int n = readVarInt();
        if (n < 0 || pos + n > buf.length) {
            throw new IllegalArgumentException("bad string length " + n + " at byte " + pos);
        }
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    String readNullableString() {
        return readByte() == 0 ? null : readString();
    }

    String readArticleId() {
        return readByte() == 1 ? CompactIds.unpackHex(readFixed(8)) : readString();
    }
}
