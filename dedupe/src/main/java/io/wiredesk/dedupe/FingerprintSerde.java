package io.wiredesk.dedupe;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Compact binary form of a {@link Fingerprint} for the feature store and the bucket repartition topic (about a
 * third of the JSON, and no JSON parsing per bucket member): varints, article ids and Wikidata ids as numbers,
 * front-coded terms, entity weights as floats (the only loss: a float's 24 bits of mantissa).
 */
public final class FingerprintSerde implements Serde<Fingerprint> {
    static final int VERSION = 1;
    private static final int DATED = 1;
    private static final int YEAR_KNOWN = 2;

    @Override
    public Serializer<Fingerprint> serializer() {
        return (topic, f) -> f == null ? null : encode(f);
    }

    @Override
    public Deserializer<Fingerprint> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }

    public static byte[] encode(Fingerprint f) {
        BinaryWriter w = new BinaryWriter(1024);
        write(w, f);
        return w.toByteArray();
    }

    public static Fingerprint decode(byte[] bytes) {
        return read(new BinaryReader(bytes));
    }

    /** Appends the fingerprint to {@code w} (how {@link BucketVisitSerde} embeds it). */
    static void write(BinaryWriter w, Fingerprint f) {
        w.writeByte(VERSION);
        w.writeByte((f.dated() ? DATED : 0) | (f.eventYearKnown() ? YEAR_KNOWN : 0));
        w.writeArticleId(f.id());
        w.writeSignedVarLong(f.time());
        w.writeSignedVarLong(f.received() - f.time());
        int[] sig = f.signature() == null ? new int[0] : f.signature();
        w.writeVarInt(sig.length);
        for (int slot : sig) {
            w.writeFixed(slot & 0xFFFFFFFFL, 4);
        }
        w.writeVarInt(f.shingles());
        writeTerms(w, f.terms() == null ? Map.of() : f.terms());
        List<WeightedEntity> entities = f.entities() == null ? List.of() : f.entities();
        w.writeVarInt(entities.size());
        for (WeightedEntity e : entities) {
            writeEntityId(w, e.id());
            w.writeFixed(Float.floatToIntBits((float) e.weight()), 4);
        }
        writeDate(w, f.eventDate());
        List<String> titleTerms = f.titleTerms() == null ? List.of() : f.titleTerms();
        w.writeVarInt(titleTerms.size());
        titleTerms.forEach(w::writeString);
    }

    static Fingerprint read(BinaryReader r) {
        int version = r.readByte();
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown fingerprint format version " + version);
        }
        int flags = r.readByte();
        String id = r.readArticleId();
        long time = r.readSignedVarLong();
        long received = time + r.readSignedVarLong();
        int[] sig = new int[r.readVarInt()];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = (int) r.readFixed(4);
        }
        int shingles = r.readVarInt();
        Map<String, Integer> terms = readTerms(r);
        int n = r.readVarInt();
        List<WeightedEntity> entities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String entity = readEntityId(r);
            entities.add(new WeightedEntity(entity, Float.intBitsToFloat((int) r.readFixed(4))));
        }
        String eventDate = readDate(r);
        int t = r.readVarInt();
        List<String> titleTerms = new ArrayList<>(t);
        for (int i = 0; i < t; i++) {
            titleTerms.add(r.readString());
        }
        return new Fingerprint(id, time, received, (flags & DATED) != 0, sig, shingles, terms, List.copyOf(entities),
                eventDate, (flags & YEAR_KNOWN) != 0, List.copyOf(titleTerms));
    }

    /**
     * Terms in sorted order, front-coded (characters shared with the previous term, then the rest): the word
     * pairs share their first word with the word before them, so most terms cost a few bytes.
     */
    private static void writeTerms(BinaryWriter w, Map<String, Integer> terms) {
        String[] keys = terms.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        w.writeVarInt(keys.length);
        String previous = "";
        for (String term : keys) {
            int shared = sharedPrefix(previous, term);
            w.writeVarInt(shared).writeString(term.substring(shared)).writeVarInt(Math.max(0, terms.get(term)));
            previous = term;
        }
    }

    private static Map<String, Integer> readTerms(BinaryReader r) {
        int n = r.readVarInt();
        Map<String, Integer> terms = new HashMap<>(n * 4 / 3 + 1);
        String previous = "";
        for (int i = 0; i < n; i++) {
            int shared = r.readVarInt();
            if (shared > previous.length()) {
                throw new IllegalArgumentException("bad term prefix length " + shared);
            }
            String term = previous.substring(0, shared) + r.readString();
            terms.put(term, r.readVarInt());
            previous = term;
        }
        return terms;
    }

    private static int sharedPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int i = 0;
        while (i < max && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // never split a surrogate pair: the suffix is written as UTF-8 on its own
        return i > 0 && Character.isHighSurrogate(b.charAt(i - 1)) ? i - 1 : i;
    }

    /** Wikidata ids ("Q" + digits) as a number, other ids as strings. */
    private static void writeEntityId(BinaryWriter w, String id) {
        if (id.length() > 1 && id.length() < 19 && id.charAt(0) == 'Q' && id.charAt(1) != '0'
                && id.chars().skip(1).allMatch(c -> c >= '0' && c <= '9')) {
            w.writeByte(0).writeVarLong(Long.parseLong(id.substring(1)));
        } else {
            w.writeByte(1).writeString(id);
        }
    }

    private static String readEntityId(BinaryReader r) {
        return r.readByte() == 0 ? "Q" + r.readVarLong() : r.readString();
    }

    private static void writeDate(BinaryWriter w, String date) {
        if (date == null) {
            w.writeByte(0);
            return;
        }
        try {
            LocalDate d = LocalDate.parse(date);
            if (d.toString().equals(date)) {
                w.writeByte(1).writeSignedVarLong(d.toEpochDay());
                return;
            }
        } catch (DateTimeParseException e) {
            // not an ISO date: kept as text
        }
        w.writeByte(2).writeString(date);
    }

    private static String readDate(BinaryReader r) {
        return switch (r.readByte()) {
            case 0 -> null;
            case 1 -> LocalDate.ofEpochDay(r.readSignedVarLong()).toString();
            default -> r.readString();
        };
    }
}
