package io.wiredesk.bench.dedupe.scale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompactionStyle;
import org.rocksdb.CompressionType;
import org.rocksdb.FlushOptions;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * One RocksDB key-value store with String keys and serialized values, configured as Kafka Streams configures its
 * persistent stores (RocksDBStore: 50 MB block cache, 4 KB blocks, Bloom filter, no compression, universal
 * compaction, 16 MB write buffers, no write-ahead log). Changelogging and record caching are left out: the bench
 * measures the lookups and writes.
 */
final class IndexStore implements AutoCloseable {
    static {
        RocksDB.loadLibrary();
    }

    private final LRUCache cache = new LRUCache(50L * 1024 * 1024);
    private final BloomFilter filter = new BloomFilter();
    private final Options options;
    private final WriteOptions writeOptions = new WriteOptions().setDisableWAL(true);
    private final RocksDB db;

    IndexStore(Path dir) {
        try {
            BlockBasedTableConfig table = new BlockBasedTableConfig().setBlockCache(cache).setBlockSize(4096).setFilterPolicy(filter);
            options = new Options().setCreateIfMissing(true).setTableFormatConfig(table).setOptimizeFiltersForHits(true)
                    .setCompressionType(CompressionType.NO_COMPRESSION).setCompactionStyle(CompactionStyle.UNIVERSAL)
                    .setWriteBufferSize(16L * 1024 * 1024).setMaxWriteBufferNumber(3).setIncreaseParallelism(2);
            db = RocksDB.open(options, dir.toString());
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot open RocksDB at " + dir, e);
        }
    }

    byte[] get(String key) {
        try {
            return db.get(key.getBytes(StandardCharsets.UTF_8));
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    void put(String key, byte[] value) {
        try {
            db.put(writeOptions, key.getBytes(StandardCharsets.UTF_8), value);
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes many entries in one batch (filling: the same bytes end up in the store, faster). */
    void putAll(Map<String, byte[]> entries) {
        try (WriteBatch batch = new WriteBatch()) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                batch.put(e.getKey().getBytes(StandardCharsets.UTF_8), e.getValue());
            }
            db.write(writeOptions, batch);
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

    /** Bytes of SST files after a flush (RocksDB's on-disk size; uncompressed, as Kafka Streams writes them). */
    long sstBytes() {
        try (FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
            db.flush(flush);
            return Long.parseLong(db.getProperty("rocksdb.total-sst-files-size"));
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        db.close();
        options.close();
        writeOptions.close();
        filter.close();
        cache.close();
    }
}
