package io.wiredesk.dedupe;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary form of a bucket's members, oldest first: one header byte (format version, whether every id is a
 * packed article id, whether the bucket holds one member), the count unless one, the first receive time (seconds after {@link #BASE_SECOND}, 4 bytes until 2032),
 * then per member its id (8 bytes) and the seconds since the previous member (a byte or two). A bucket of one
 * article, as most LSH band buckets are, takes 13 bytes.
 */
public final class BucketMembersSerde implements Serde<BucketMembers> {
    static final int VERSION = 2;
    /** 2024-01-01T00:00:00Z. */
    static final long BASE_SECOND = 1_704_067_200L;
    private static final int PACKED_IDS = 1;
    /** One member: the count is left out (most LSH band buckets). */
    private static final int SINGLE = 2;

    @Override
    public Serializer<BucketMembers> serializer() {
        return (topic, b) -> b == null ? null : encode(b);
    }

    @Override
    public Deserializer<BucketMembers> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }

    public static byte[] encode(BucketMembers b) {
        List<BucketEntry> members = b.members();
        boolean packed = members.stream().allMatch(e -> CompactIds.isPackable(e.id()));
        BinaryWriter w = new BinaryWriter(8 + 10 * members.size());
        boolean single = members.size() == 1;
        w.writeByte(VERSION << 4 | (packed ? PACKED_IDS : 0) | (single ? SINGLE : 0));
        if (!single) {
            w.writeVarInt(members.size());
        }
        long previous = BASE_SECOND;
        for (int i = 0; i < members.size(); i++) {
            BucketEntry e = members.get(i);
            if (i == 0) {
                w.writeSignedVarLong(e.received() - BASE_SECOND);
            } else {
                if (e.received() < previous) {
                    throw new IllegalArgumentException("bucket members out of receive order");
                }
                w.writeVarLong(e.received() - previous);
            }
            previous = e.received();
            if (packed) {
                w.writeFixed(CompactIds.packHex(e.id()), 8);
            } else {
                w.writeString(e.id());
            }
        }
        return w.toByteArray();
    }

    public static BucketMembers decode(byte[] bytes) {
        BinaryReader r = new BinaryReader(bytes);
        int header = r.readByte();
        if (header >>> 4 != VERSION) {
            throw new IllegalArgumentException("unknown bucket format version " + (header >>> 4));
        }
        boolean packed = (header & PACKED_IDS) != 0;
        int n = (header & SINGLE) != 0 ? 1 : r.readVarInt();
        if (n < 0 || n > bytes.length) {
            throw new IllegalArgumentException("bad bucket size " + n);
        }
        List<BucketEntry> members = new ArrayList<>(n);
        long received = BASE_SECOND;
        for (int i = 0; i < n; i++) {
            received = i == 0 ? BASE_SECOND + r.readSignedVarLong() : received + r.readVarLong();
            String id = packed ? CompactIds.unpackHex(r.readFixed(8)) : r.readString();
            members.add(new BucketEntry(id, received));
        }
        return new BucketMembers(List.copyOf(members));
    }
}
