package io.wiredesk.dedupe;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary form of a {@link BucketVisit}: format version, partition count, bucket keys, then the fingerprint
 * in {@link FingerprintSerde}'s form. The version differs from a bare fingerprint's, so a record of the
 * former one-record-per-key format is rejected rather than misread.
 */
public final class BucketVisitSerde implements Serde<BucketVisit> {
    static final int VERSION = 2;

    @Override
    public Serializer<BucketVisit> serializer() {
        return (topic, v) -> v == null ? null : encode(v);
    }

    @Override
    public Deserializer<BucketVisit> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }

    public static byte[] encode(BucketVisit v) {
        BinaryWriter w = new BinaryWriter(2048);
        w.writeByte(VERSION);
        w.writeVarInt(v.partitions());
        w.writeVarInt(v.bucketKeys().size());
        v.bucketKeys().forEach(w::writeString);
        FingerprintSerde.write(w, v.fingerprint());
        return w.toByteArray();
    }

    public static BucketVisit decode(byte[] bytes) {
        BinaryReader r = new BinaryReader(bytes);
        int version = r.readByte();
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown bucket visit format version " + version);
        }
        int partitions = r.readVarInt();
        int n = r.readVarInt();
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(r.readString());
        }
        return new BucketVisit(FingerprintSerde.read(r), keys, partitions);
    }
}
