package io.wiredesk.sink;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.CanonicalStory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /stories/feed}: a live feed of story changes as server-sent events. One consumer (no group,
 * read_committed) follows the whole compacted stories topic from its end, so any instance serves every
 * change, not only those of its own partitions. Events: {@code story} (the story as JSON, id
 * {@code storyId/version}) and {@code removed} (a tombstone: the story was merged into another).
 * {@code ?entity=} and {@code ?publisher=} (repeatable) filter stories; tombstones always pass.
 */
public final class StoryFeed implements HttpHandler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoryFeed.class);
    private static final Duration KEEPALIVE = Duration.ofSeconds(15);

    private record Subscriber(HttpExchange exchange, OutputStream out, StoryFilter filter) {
    }

    private final Properties clientProperties;
    private final int maxSubscribers;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running = true;
    private Thread thread;

    public StoryFeed(Properties clientProperties, int maxSubscribers) {
        this.clientProperties = clientProperties;
        this.maxSubscribers = maxSubscribers;
    }

    public StoryFeed start() {
        thread = new Thread(this::follow, "wiredesk-story-feed");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            reject(ex, 405, "only GET is supported");
            return;
        }
        StoryFilter filter;
        try {
            Map<String, List<String>> params = StoryRoutes.multiParams(ex.getRequestURI().getRawQuery());
            filter = new StoryFilter(Set.copyOf(params.getOrDefault("entity", List.of())),
                    Set.copyOf(params.getOrDefault("publisher", List.of())), null);
        } catch (IllegalArgumentException e) {
            reject(ex, 400, e.getMessage());
            return;
        }
        if (!awaitPositioned()) {
            reject(ex, 503, "the story feed is not connected to Kafka yet");
            return;
        }
        if (subscribers.size() >= maxSubscribers) {
            reject(ex, 503, "too many feed subscribers (" + maxSubscribers + "); set wiredesk.sink.feed.max.subscribers");
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        Subscriber s = new Subscriber(ex, ex.getResponseBody(), filter);
        subscribers.add(s);
        write(s, ": connected to " + Topics.STORIES + "\n\n");
        // the exchange stays open: the feed thread writes to it until the client goes away
    }

    private boolean awaitPositioned() {
        try {
            return positioned.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How many clients are connected (for tests and metrics). */
    public int subscribers() {
        return subscribers.size();
    }

    private void follow() {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(io.wiredesk.core.kafka.StageConfig.MAX_RECORD_BYTES));
        long lastKeepalive = System.nanoTime();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = c;
            List<TopicPartition> parts = partitions(c);
            c.assign(parts);
            c.seekToEnd(parts);
            parts.forEach(c::position); // resolve the end now, so a subscriber that is told "connected" misses nothing after it
            positioned.countDown();
            while (running) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    broadcast(r);
                }
                if (System.nanoTime() - lastKeepalive > KEEPALIVE.toNanos()) {
                    lastKeepalive = System.nanoTime();
                    subscribers.forEach(s -> write(s, ": keepalive\n\n"));
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the consumer
        } catch (RuntimeException e) {
            if (running) {
                LOG.error("story feed stopped: {}", e.toString(), e);
            }
        } finally {
            subscribers.forEach(this::drop);
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c) {
        while (running) {
            var infos = c.partitionsFor(Topics.STORIES, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
            LOG.info("story feed: waiting for topic {}", Topics.STORIES);
        }
        throw new WakeupException();
    }

    private void broadcast(ConsumerRecord<String, byte[]> r) {
        if (subscribers.isEmpty()) {
            return;
        }
        if (r.value() == null) {
            String event = "event: removed\ndata: {\"storyId\":" + Json.string(r.key()) + ",\"tombstone\":true}\n\n";
            subscribers.forEach(s -> write(s, event));
            return;
        }
        CanonicalStory story;
        try {
            story = Json.read(r.value(), CanonicalStory.class);
        } catch (RuntimeException e) {
            LOG.warn("story feed: skipping unreadable record {} at {}-{}@{}", r.key(), r.topic(), r.partition(), r.offset());
            return;
        }
        String event = "id: " + story.storyId() + "/" + story.version() + "\nevent: story\ndata: "
                + new String(r.value(), StandardCharsets.UTF_8).replace("\n", "") + "\n\n";
        for (Subscriber s : subscribers) {
            if (s.filter().matches(story)) {
                write(s, event);
            }
        }
    }

    private void write(Subscriber s, String text) {
        try {
            s.out().write(text.getBytes(StandardCharsets.UTF_8));
            s.out().flush();
        } catch (IOException gone) {
            drop(s);
        }
    }

    private void drop(Subscriber s) {
        subscribers.remove(s);
        s.exchange().close();
    }

    private static void reject(HttpExchange ex, int status, String reason) throws IOException {
        byte[] body = Json.bytes(Map.of("error", reason));
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
        ex.close();
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
