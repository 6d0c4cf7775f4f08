package io.wiredesk.dedupe;

/** Bit-level writing and reading on top of the byte serdes: fixed-width fields (up to 32 bits) and Rice codes, padded to a byte. */
final class BitPacking {
    private BitPacking() {
    }

    /** Collects bits (most significant first) and hands full bytes to a {@link BinaryWriter}. */
    static final class Writer {
        private final BinaryWriter out;
        private long acc;
        private int bits;

        Writer(BinaryWriter out) {
            this.out = out;
        }

        Writer write(long value, int width) {
            if (width == 0) {
                return this;
            }
            acc = acc << width | value & (1L << width) - 1;
            bits += width;
            while (bits >= 8) {
                bits -= 8;
                out.writeByte((int) (acc >>> bits));
            }
            return this;
        }

        /** Rice code of a non-negative value: value >>> k in unary (ones, then a zero), then the k low bits. */
        Writer rice(long value, int k) {
            for (long q = value >>> k; q > 0; q--) {
                write(1, 1);
            }
            write(0, 1);
            return write(value, k);
        }

        /** Pads the last byte with zeros. */
        void finish() {
            if (bits > 0) {
                out.writeByte((int) (acc << (8 - bits)));
                acc = 0;
                bits = 0;
            }
        }
    }

    /**
     * Reads what {@link Writer} wrote, from a byte range that holds the bit section alone (so it may read ahead
     * into a 64-bit buffer: whole bytes at a time instead of bit by bit).
     */
    static final class Reader {
        private final byte[] bytes;
        private final int end;
        private int pos;
        private long current;
        private int left;

        Reader(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.pos = from;
            this.end = to;
        }

        private void refill() {
            while (left <= 56 && pos < end) {
                current = current << 8 | bytes[pos++] & 0xFF;
                left += 8;
            }
        }

        long read(int width) {
            if (width == 0) {
                return 0;
            }
            if (left < width) {
                refill();
                if (left < width) {
                    throw new IllegalArgumentException("truncated bit section");
                }
            }
            left -= width;
            return current >>> left & (1L << width) - 1;
        }

        long rice(int k) {
            long q = 0;
            while (true) {
                if (left == 0) {
                    refill();
                    if (left == 0) {
                        throw new IllegalArgumentException("truncated bit section");
                    }
                }
                // the leading ones among the unread bits, at once
                int ones = Long.numberOfLeadingZeros(~(current << (64 - left)));
                if (ones < left) {
                    q += ones;
                    left -= ones + 1;
                    break;
                }
                q += left;
                left = 0;
                if (q > 1L << 40) {
                    throw new IllegalArgumentException("malformed Rice code");
                }
            }
            return q << k | read(k);
        }
    }
}
