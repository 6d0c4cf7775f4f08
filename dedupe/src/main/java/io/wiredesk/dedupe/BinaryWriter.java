package io.wiredesk.dedupe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the few encodings the binary serdes need: varints, fixed ints, strings, article ids. */
final class BinaryWriter {
    private byte[] buf;
    private int size;

    BinaryWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    BinaryWriter writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    /** Unsigned LEB128. */
    BinaryWriter writeVarLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
        return this;
    }

    BinaryWriter writeVarInt(int v) {
        return writeVarLong(v & 0xFFFFFFFFL);
    }

    /** Zig-zag LEB128: small negative numbers stay short. */
    BinaryWriter writeSignedVarLong(long v) {
        return writeVarLong((v << 1) ^ (v >> 63));
    }

    BinaryWriter writeFixed(long v, int bytes) {
        ensure(bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            buf[size++] = (byte) (v >>> (8 * i));
        }
        return this;
    }

    BinaryWriter writeString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeVarInt(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    BinaryWriter writeNullableString(String s) {
        if (s == null) {
            return writeByte(0);
        }
        writeByte(1);
        return writeString(s);
    }

    /**
     * An article id: "a-" and 16 lower-case hex digits (every id {@code ArticleIds} makes) in 9 bytes, any
     * other id as a string.
     */
    BinaryWriter writeArticleId(String id) {
        if (CompactIds.isPackable(id)) {
            writeByte(1);
            return writeFixed(CompactIds.packHex(id), 8);
        }
        writeByte(0);
        return writeString(id);
    }

    /** Appends the bytes another writer collected, after their count. */
    BinaryWriter writeSection(BinaryWriter section) {
        writeVarInt(section.size);
        ensure(section.size);
        System.arraycopy(section.buf, 0, buf, size, section.size);
        size += section.size;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
