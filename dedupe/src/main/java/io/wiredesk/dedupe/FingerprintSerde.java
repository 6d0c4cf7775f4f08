package io.wiredesk.dedupe;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Compact binary form of a {@link Fingerprint} for the feature store and the bucket repartition topic: varints,
 * article ids and Wikidata ids as numbers, MinHash slots in their {@link Fingerprinter#SIGNATURE_BITS} bits, the
 * term hashes of the {@link TermVector} as Rice-coded gaps (sorted {@value TermVector#HASH_BITS}-bit hashes: ~2.3
 * bytes a term) followed by the quantized weights, entity weights in one byte. Lossless for
 * everything the scorer reads: the fingerprint already holds the quantized values. The feature store's form
 * ({@link #indexed()}) leaves out the blocking words, which only place the article into buckets on arrival.
 */
public final class FingerprintSerde implements Serde<Fingerprint> {
    static final int VERSION = 2;
    private static final int DATED = 1;
    private static final int YEAR_KNOWN = 2;
    private static final int BLOCKING_WORDS = 4;

    private final boolean withBlockingWords;

    /** The complete form (the bucket repartition topic). */
    public FingerprintSerde() {
        this(true);
    }

    private FingerprintSerde(boolean withBlockingWords) {
        this.withBlockingWords = withBlockingWords;
    }

    /** The feature store's form: without the blocking words (decoded with none). */
    public static FingerprintSerde indexed() {
        return new FingerprintSerde(false);
    }

    @Override
    public Serializer<Fingerprint> serializer() {
        return (topic, f) -> f == null ? null : encode(f, withBlockingWords);
    }

    @Override
    public Deserializer<Fingerprint> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }

    public static byte[] encode(Fingerprint f) {
        return encode(f, true);
    }

    public static byte[] encode(Fingerprint f, boolean withBlockingWords) {
        BinaryWriter w = new BinaryWriter(512);
        write(w, f, withBlockingWords);
        return w.toByteArray();
    }

    public static Fingerprint decode(byte[] bytes) {
        return read(new BinaryReader(bytes));
    }

    /** Appends the fingerprint to {@code w} (how {@link BucketVisitSerde} embeds it). */
    static void write(BinaryWriter w, Fingerprint f) {
        write(w, f, true);
    }

    static void write(BinaryWriter w, Fingerprint f, boolean withBlockingWords) {
        List<String> titleTerms = f.titleTerms() == null ? List.of() : f.titleTerms();
        boolean words = withBlockingWords && !titleTerms.isEmpty();
        w.writeByte(VERSION);
        w.writeByte((f.dated() ? DATED : 0) | (f.eventYearKnown() ? YEAR_KNOWN : 0) | (words ? BLOCKING_WORDS : 0));
        w.writeArticleId(f.id());
        w.writeSignedVarLong(f.time());
        w.writeSignedVarLong(f.received() - f.time());
        int[] sig = f.signature() == null ? new int[0] : f.signature();
        w.writeVarInt(sig.length);
        int slotBytes = Fingerprinter.SIGNATURE_BITS / 8;
        for (int slot : sig) {
            w.writeFixed(slot & 0xFFFFFFFFL, slotBytes);
        }
        w.writeVarInt(f.shingles());
        writeTerms(w, f.terms() == null ? TermVector.EMPTY : f.terms());
        List<WeightedEntity> entities = f.entities() == null ? List.of() : f.entities();
        w.writeVarInt(entities.size());
        for (WeightedEntity e : entities) {
            writeEntityId(w, e.id());
            w.writeByte(Fingerprinter.entityWeightCode(e.weight()));
        }
        writeDate(w, f.eventDate());
        if (words) {
            w.writeVarInt(titleTerms.size());
            titleTerms.forEach(w::writeString);
        }
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
        int slotBytes = Fingerprinter.SIGNATURE_BITS / 8;
        for (int i = 0; i < sig.length; i++) {
            sig[i] = (int) r.readFixed(slotBytes);
        }
        int shingles = r.readVarInt();
        TermVector terms = readTerms(r);
        int n = r.readVarInt();
        List<WeightedEntity> entities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String entity = readEntityId(r);
            entities.add(new WeightedEntity(entity, Fingerprinter.entityWeight(r.readByte())));
        }
        String eventDate = readDate(r);
        List<String> titleTerms = new ArrayList<>();
        if ((flags & BLOCKING_WORDS) != 0) {
            int t = r.readVarInt();
            for (int i = 0; i < t; i++) {
                titleTerms.add(r.readString());
            }
        }
        return new Fingerprint(id, time, received, (flags & DATED) != 0, sig, shingles, terms, List.copyOf(entities),
                eventDate, (flags & YEAR_KNOWN) != 0, List.copyOf(titleTerms));
    }

    /** Count, Rice parameter, then as one length-prefixed bit section the hashes' gaps and the weights. */
    private static void writeTerms(BinaryWriter w, TermVector terms) {
        int n = terms.size();
        w.writeVarInt(n);
        if (n == 0) {
            return;
        }
        int k = riceParameter(n);
        w.writeByte(k);
        BinaryWriter section = new BinaryWriter(3 * n);
        BitPacking.Writer bits = new BitPacking.Writer(section);
        int previous = -1;
        for (int i = 0; i < n; i++) {
            bits.rice(terms.hashAt(i) - previous - 1L, k);
            previous = terms.hashAt(i);
        }
        for (int i = 0; i < n; i++) {
            bits.write(terms.weightAt(i), TermVector.WEIGHT_BITS);
        }
        bits.finish();
        w.writeSection(section);
    }

    private static TermVector readTerms(BinaryReader r) {
        int n = r.readVarInt();
        if (n == 0) {
            return TermVector.EMPTY;
        }
        if (n < 0 || n > (1 << TermVector.HASH_BITS)) {
            throw new IllegalArgumentException("bad term count " + n);
        }
        int k = r.readByte();
        BitPacking.Reader bits = r.bits(r.readVarInt());
        int[] hashes = new int[n];
        long previous = -1;
        for (int i = 0; i < n; i++) {
            previous = previous + 1 + bits.rice(k);
            if (previous >= 1L << TermVector.HASH_BITS) {
                throw new IllegalArgumentException("term hash out of range");
            }
            hashes[i] = (int) previous;
        }
        int[] weights = new int[n];
        for (int i = 0; i < n; i++) {
            weights[i] = (int) bits.read(TermVector.WEIGHT_BITS);
        }
        return new TermVector(hashes, weights);
    }

    /** Golomb-Rice parameter for n sorted uniform hashes: about log2 of the mean gap times ln 2. */
    private static int riceParameter(int n) {
        double meanGap = (double) (1L << TermVector.HASH_BITS) / (n + 1);
        return Math.max(0, (int) Math.floor(Math.log(meanGap * Math.log(2)) / Math.log(2)));
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
