package io.wiredesk.sink;

import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.model.StoryEntity;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Merges the entities of a story's articles: salience summed over articles, ranked, the top few kept. */
final class StoryEntities {
    private static final Comparator<StoryEntity> RANK = Comparator
            .comparingDouble(StoryEntity::salience).reversed()
            .thenComparing(StoryEntity::articles, Comparator.reverseOrder())
            .thenComparing(StoryEntity::id);

    private StoryEntities() {
    }

    static List<StoryEntity> merge(List<ArticleSummary> articles, int limit) {
        Map<String, Accumulator> byId = new LinkedHashMap<>();
        for (ArticleSummary article : articles) {
            if (article.entities() == null) {
                continue;
            }
            // an article that names an entity twice (two refs, same id) still counts once
            article.entities().stream()
                    .collect(Collectors.toMap(EntityRef::id, e -> e, StoryEntities::moreSalient, LinkedHashMap::new))
                    .values()
                    .forEach(e -> byId.computeIfAbsent(e.id(), id -> new Accumulator()).add(e));
        }
        return byId.values().stream().map(Accumulator::toEntity).sorted(RANK).limit(limit).toList();
    }

    private static EntityRef moreSalient(EntityRef a, EntityRef b) {
        return b.salience() > a.salience() ? b : a;
    }

    /** Sums one entity over articles; names it after its most salient mention. */
    private static final class Accumulator {
        private EntityRef best;
        private String wikidata;
        private double salience;
        private int articles;

        void add(EntityRef e) {
            if (best == null || e.salience() > best.salience()) {
                best = e;
            }
            if (wikidata == null) {
                wikidata = e.wikidata();
            }
            salience += e.salience();
            articles++;
        }

        StoryEntity toEntity() {
            double rounded = Math.round(salience * 10_000d) / 10_000d;
            return new StoryEntity(best.id(), wikidata, best.name(), best.type(), rounded, articles);
        }
    }
}
