package org.samklang.core.internal.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.samklang.core.api.KnowledgeService;
import org.samklang.core.api.KnowledgeService.SourceFailure;
import org.samklang.core.api.model.KnowledgeEntry;

/**
 * An in-memory word index over every knowledge source's articles and canned responses.
 * <p>
 * Each word of a title, keyword or body, folded (case, diacritics), maps to the articles holding it; a query
 * scores articles by the words they share with it, title and keyword hits weighing more. This keeps the one
 * knowledge base consistent across channels today; the Lucene index planned for the knowledge base replaces the
 * scoring, not this service's contract. Replacing a source's articles swaps an immutable snapshot, so readers
 * never wait.
 */
public final class KnowledgeIndex implements KnowledgeService {

    private static final int TITLE_WEIGHT = 3;
    private static final int TAG_WEIGHT = 2;
    private static final int MAX_LIMIT = 100;

    private record Snapshot(List<KnowledgeEntry> articles, Map<String, Map<Integer, Integer>> postings) {
    }

    private final Map<String, List<KnowledgeEntry>> bySource = new HashMap<>();
    private final KnowledgeLoads loads = new KnowledgeLoads();
    private volatile Snapshot snapshot = new Snapshot(List.of(), Map.of());

    /** A source started delivering its articles: until it has, the knowledge base says it is loading. */
    public void loading(String sourceId) {
        loads.loading(sourceId);
        loads.changed();
    }

    /** Replaces everything one source contributed; the source has loaded. */
    public void replace(String sourceId, List<KnowledgeEntry> articles) {
        synchronized (this) {
            bySource.put(sourceId, List.copyOf(articles));
            rebuild();
            loads.loaded(sourceId);
        }
        loads.changed();
    }

    /** A source could not deliver; {@code why} names it and says why, as data. Its earlier articles stay. */
    public void failed(String sourceId, SourceFailure why) {
        loads.failed(sourceId, why);
        loads.changed();
    }

    public void removeSource(String sourceId) {
        synchronized (this) {
            if (bySource.remove(sourceId) != null) {
                rebuild();
            }
            loads.removed(sourceId);
        }
        loads.changed();
    }

    @Override
    public Status status() {
        return loads.status();
    }

    @Override
    public Subscription subscribe(Runnable changed) {
        return loads.subscribe(Objects.requireNonNull(changed, "changed"));
    }

    @Override
    public List<KnowledgeEntry> search(String text, int limit) {
        Snapshot current = snapshot;
        int max = Math.clamp(limit, 1, MAX_LIMIT);
        Set<String> words = words(text == null ? "" : text);
        if (words.isEmpty()) {
            return current.articles().stream().limit(max).toList();
        }
        Map<Integer, Integer> scores = new HashMap<>();
        for (String word : words) {
            current.postings().getOrDefault(word, Map.of())
                    .forEach((doc, weight) -> scores.merge(doc, weight, Integer::sum));
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(e -> current.articles().get(e.getKey())).toList();
    }

    @Override
    public List<KnowledgeEntry> suggest(String customerText, int limit) {
        return search(customerText, limit);
    }

    private void rebuild() {
        List<KnowledgeEntry> all = new ArrayList<>();
        bySource.values().forEach(all::addAll);
        Map<String, Map<Integer, Integer>> postings = new HashMap<>();
        for (int doc = 0; doc < all.size(); doc++) {
            KnowledgeEntry article = all.get(doc);
            add(postings, words(article.title()), doc, TITLE_WEIGHT);
            add(postings, words(String.join(" ", article.tags())), doc, TAG_WEIGHT);
            add(postings, words(article.body()), doc, 1);
        }
        snapshot = new Snapshot(List.copyOf(all), postings);
    }

    private static void add(Map<String, Map<Integer, Integer>> postings, Set<String> words, int doc, int weight) {
        for (String word : words) {
            postings.computeIfAbsent(word, w -> new HashMap<>()).merge(doc, weight, Math::max);
        }
    }

    /** Folded words of three letters or more: "Leveranstider" and "leveranstider?" are one word. */
    static Set<String> words(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        Set<String> words = new HashSet<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                words.add(word);
            }
        }
        return words;
    }
}
