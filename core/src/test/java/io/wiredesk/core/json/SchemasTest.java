package io.wiredesk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.wiredesk.core.Topics;
import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.Attribution;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.model.EventDate;
import io.wiredesk.core.model.Mention;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEntity;
import io.wiredesk.core.model.StoryEvent;
import io.wiredesk.core.model.StoryMember;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemasTest {
    private static final Instant RECEIVED = Instant.parse("2024-10-22T03:15:30.123456Z");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static JsonSchema schema(String topic) throws IOException {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(Schemas.schemaFor(topic))) {
            assertThat(in).as("schema resource of " + topic).isNotNull();
            return FACTORY.getSchema(in, CONFIG);
        }
    }

    private static Set<ValidationMessage> validate(String topic, Object value) throws IOException {
        return schema(topic).validate(Json.MAPPER.valueToTree(value));
    }

    private static CleanArticle clean() {
        return new CleanArticle(CleanArticle.SCHEMA, "a-0123456789abcdef", "https://world.kbs.co.kr/news/view.htm?id=1",
                "world.kbs.co.kr", RECEIVED, "Yoon, Rutte discuss North Korean troops in Russia",
                List.of("President Yoon Suk Yeol spoke with NATO Secretary General Mark Rutte on Wednesday.",
                        "They discussed North Korea's troop deployment to Russia."),
                "President Yoon Suk Yeol spoke with NATO Secretary General Mark Rutte on Wednesday.",
                "2024-11-06T18:40", "broadcast-header", "Kim Ji-hyun", "SEOUL", "KBS", "en", 22, "sha256:ab12");
    }

    private static EntityRef yoon(boolean withMentions) {
        return new EntityRef("Q21001", "Q21001", "Yoon Suk Yeol", "person", 0.82, true,
                withMentions ? List.of(new Mention(10, 23, "Yoon Suk Yeol")) : List.of());
    }

    private static EnrichedArticle enriched() {
        EntityRef candidate = new EntityRef("candidate:kim-ji-hyun", null, "Kim Ji-hyun", "candidate", 0.1, false,
                List.of(new Mention(120, 131, "Kim Ji-hyun")));
        return new EnrichedArticle(EnrichedArticle.SCHEMA, "a-0123456789abcdef", clean(), List.of(yoon(true), candidate),
                List.of(new EventDate("2024-11-06", "on Wednesday", 70, 82)),
                List.of(new Attribution("Q21001", "said", 90, 94)));
    }

    private static CanonicalStory story() {
        return new CanonicalStory(CanonicalStory.SCHEMA, "s-a-0123456789abcdef", "Yoon, Rutte discuss North Korean troops",
                "President Yoon spoke with Mark Rutte.", "a-0123456789abcdef", "2024-11-06", RECEIVED,
                List.of(new StoryMember("a-0123456789abcdef", "https://world.kbs.co.kr/news/view.htm?id=1", "world.kbs.co.kr",
                                "Yoon, Rutte discuss", "2024-11-06", "KBS", Relation.ORIGINAL, 1.0),
                        new StoryMember("a-fedcba9876543210", null, "viewusglobal.com", null, null, "KBS", Relation.COPY, 0.93)),
                List.of("viewusglobal.com", "world.kbs.co.kr"), List.of("KBS"),
                List.of(new StoryEntity("Q21001", "Q21001", "Yoon Suk Yeol", "person", 1.6, 2),
                        new StoryEntity("candidate:kim-ji-hyun", null, "Kim Ji-hyun", "candidate", 0.1, 1)),
                "2024-11-06", 3);
    }

    @Test
    void everyPipelineTopicHasASchemaAndTheOthersDoNot() {
        for (String topic : List.of(Topics.RAW, Topics.CLEAN, Topics.ENRICHED, Topics.STORY_EVENTS, Topics.STORIES)) {
            assertThat(Schemas.schemaFor(topic)).startsWith(Schemas.DIR).endsWith(".schema.json");
        }
        assertThatThrownBy(() -> Schemas.schemaFor(Topics.DLQ)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rawArticlesValidateWithAndWithoutOptionalFields() throws IOException {
        RawArticle full = new RawArticle(RawArticle.SCHEMA, "a-1", "https://ontimenews.ae/?p=1717", "ontimenews.ae",
                RECEIVED, "2024-10-22", RawArticle.HTML, "Seoul, NATO share concerns", "<html><p>text</p></html>");
        RawArticle minimal = new RawArticle(RawArticle.SCHEMA, null, null, null, RECEIVED, null, RawArticle.TEXT, null, "text");
        assertThat(validate(Topics.RAW, full)).isEmpty();
        assertThat(validate(Topics.RAW, minimal)).isEmpty();
    }

    @Test
    void cleanAndEnrichedArticlesValidate() throws IOException {
        assertThat(validate(Topics.CLEAN, clean())).isEmpty();
        assertThat(validate(Topics.ENRICHED, enriched())).isEmpty();
    }

    @Test
    void everyKindOfStoryEventValidates() throws IOException {
        ArticleSummary summary = ArticleSummary.of(enriched());
        assertThat(validate(Topics.STORY_EVENTS, StoryEvent.joined("s-1", summary, Relation.COPY, 0.91, RECEIVED))).isEmpty();
        assertThat(validate(Topics.STORY_EVENTS, StoryEvent.left("s-2", "a-1", "s-1", RECEIVED))).isEmpty();
        assertThat(validate(Topics.STORY_EVENTS, StoryEvent.merged("s-2", "s-1", RECEIVED))).isEmpty();
    }

    @Test
    void canonicalStoriesValidate() throws IOException {
        assertThat(validate(Topics.STORIES, story())).isEmpty();
    }

    @Test
    void invalidInstancesFail() throws IOException {
        ObjectNode noVersion = Json.MAPPER.valueToTree(story());
        noVersion.remove("schema");
        assertThat(schema(Topics.STORIES).validate(noVersion)).isNotEmpty();

        ObjectNode badRelation = Json.MAPPER.valueToTree(story());
        ((ObjectNode) badRelation.withArray("members").get(0)).put("relation", "ORIGINAL");
        assertThat(schema(Topics.STORIES).validate(badRelation)).isNotEmpty();

        ObjectNode unknownField = Json.MAPPER.valueToTree(clean());
        unknownField.put("bodyHtml", "<p>");
        assertThat(schema(Topics.CLEAN).validate(unknownField)).isNotEmpty();

        ObjectNode epochMillis = Json.MAPPER.valueToTree(enriched());
        ((ObjectNode) epochMillis.get("article")).put("receivedAt", 1729566930123L);
        assertThat(schema(Topics.ENRICHED).validate(epochMillis)).isNotEmpty();

        JsonNode mergedWithoutTarget = Json.MAPPER.valueToTree(new StoryEvent(StoryEvent.SCHEMA, StoryEvent.Type.MERGED,
                "s-2", null, null, 0, null, null, RECEIVED));
        assertThat(schema(Topics.STORY_EVENTS).validate(mergedWithoutTarget)).isNotEmpty();

        ObjectNode badDate = Json.MAPPER.valueToTree(new RawArticle(RawArticle.SCHEMA, null, null, null, RECEIVED, null,
                RawArticle.TEXT, null, "text"));
        badDate.put("receivedAt", "yesterday");
        assertThat(schema(Topics.RAW).validate(badDate)).isNotEmpty();
    }
}
