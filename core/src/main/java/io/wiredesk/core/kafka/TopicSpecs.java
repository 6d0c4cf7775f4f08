package io.wiredesk.core.kafka;

import io.wiredesk.core.Topics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** The topics wiredesk needs, with their partition counts and policies, and how to create them. */
public final class TopicSpecs {
    private TopicSpecs() {
    }

    public static List<NewTopic> all(int partitions, short replication) {
        String maxBytes = String.valueOf(StageConfig.MAX_RECORD_BYTES);
        List<NewTopic> topics = new ArrayList<>();
        for (String name : Topics.ALL) {
            NewTopic t = new NewTopic(name, Optional.of(partitions), Optional.of(replication));
            if (name.equals(Topics.STORIES)) {
                t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes));
            } else {
                t.configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes));
            }
            topics.add(t);
        }
        return topics;
    }

    /** Creates whichever of the topics are missing; existing topics are left as they are. */
    public static void ensure(Admin admin, int partitions, short replication) {
        try {
            Set<String> existing = new HashSet<>(admin.listTopics().names().get());
            List<NewTopic> missing = all(partitions, replication).stream()
                    .filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().forEach((name, f) -> {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
