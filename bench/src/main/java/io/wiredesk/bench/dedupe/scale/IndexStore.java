package io.wiredesk.bench.dedupe.scale;

import java.nio.file.Path;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * One RocksDB key-value store with String keys and serialized values, as a Kafka Streams persistent store keeps
 * them (changelogging and record caching left out: the bench measures the lookups and writes).
 */
final class IndexStore implements AutoCloseable {
    static {
        RocksDB.loadLibrary();
    }

    private final Options options;
    private final RocksDB db;

    IndexStore(Path dir) {
        try {
            options = new Options().setCreateIfMissing(true);
            db = RocksDB.open(options, dir.toString());
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot open RocksDB at " + dir, e);
        }
    }

    byte[] get(String key) {
        try {
            return db.get(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    void put(String key, byte[] value) {
        try {
            db.put(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), value);
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys, key bytes and value bytes of the live entries. */
    long[] totals() {
        long keys = 0;
        long keyBytes = 0;
        long valueBytes = 0;
        try (RocksIterator it = db.newIterator()) {
            for (it.seekToFirst(); it.isValid(); it.next()) {
                keys++;
                keyBytes += it.key().length;
                valueBytes += it.value().length;
            }
        }
        return new long[] {keys, keyBytes, valueBytes};
    }

    /** Bytes of SST files after a flush (RocksDB's compressed on-disk size). */
    long sstBytes() {
        try {
            db.flush(new org.rocksdb.FlushOptions().setWaitForFlush(true));
            return Long.parseLong(db.getProperty("rocksdb.total-sst-files-size"));
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        db.close();
        options.close();
    }
}
