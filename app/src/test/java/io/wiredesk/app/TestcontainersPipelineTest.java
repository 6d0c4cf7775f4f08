package io.wiredesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.kafka.TopicSpecs;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.testing.SharedData;
import io.wiredesk.ingest.feed.ArticleSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The seed test on a Kafka broker in a container (apache/kafka, KRaft), with 3 partitions per topic.
 * Skipped where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersPipelineTest {
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @Test
    void seedsBecomeTheGoldStoriesOnAContainerBroker() throws Exception {
        StageConfig config = StageConfig.builder().kafka("bootstrap.servers", KAFKA.getBootstrapServers())
                .setting(StageConfig.APP_ID_PREFIX, "wiredesk-tc").build();
        Path state = Files.createTempDirectory("wiredesk-tc-state");
        try (Admin admin = Admin.create(config.clientProperties());
             Pipeline pipeline = Pipeline.create(config, Pipeline.allStageNames(), state.toString())) {
            TopicSpecs.ensure(admin, 3, (short) 1);
            pipeline.start().awaitRunning(Duration.ofMinutes(2));
            try (ArticlePublisher publisher = new ArticlePublisher(config, null)) {
                new ArticleSources().read(List.of(SharedData.seedsDir()), publisher::publish);
                publisher.flush();
            }
            new DrainWatcher(admin, pipeline.applicationIds(config)).awaitDrained(Duration.ofSeconds(2), Duration.ofMinutes(3));
            List<CanonicalStory> stories = StoryReader.readLive(config);
            assertThat(SeedStories.groups(stories)).isEqualTo(SeedStories.goldGroups());
        }
    }
}
