package io.wiredesk.dedupe;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Binary form of a bucket's members: per member its id (9 bytes), event time and receive time (varints). */
public final class BucketMembersSerde implements Serde<BucketMembers> {
    static final int VERSION = 1;

    @Override
    public Serializer<BucketMembers> serializer() {
        return (topic, b) -> b == null ? null : encode(b);
    }

    @Override
    public Deserializer<BucketMembers> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }

    public static byte[] encode(BucketMembers b) {
        BinaryWriter w = new BinaryWriter(8 + 24 * b.members().size());
        w.writeByte(VERSION);
        w.writeVarInt(b.members().size());
        for (BucketEntry e : b.members()) {
            w.writeArticleId(e.id());
            w.writeSignedVarLong(e.key().time());
            w.writeSignedVarLong(e.received() - e.key().time());
        }
        return w.toByteArray();
    }

    public static BucketMembers decode(byte[] bytes) {
        BinaryReader r = new BinaryReader(bytes);
        int version = r.readByte();
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown bucket format version " + version);
        }
        int n = r.readVarInt();
        List<BucketEntry> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = r.readArticleId();
            long time = r.readSignedVarLong();
            members.add(new BucketEntry(new OrderKey(time, id), time + r.readSignedVarLong()));
        }
        return new BucketMembers(List.copyOf(members));
    }
}
