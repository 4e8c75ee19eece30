package io.logicminer.core.registry;

import io.logicminer.spi.category.CategoryType;
import io.logicminer.spi.chat.ChatModelType;
import io.logicminer.spi.embedding.SentenceEmbedderType;
import io.logicminer.spi.launch.LaunchProfile;
import io.logicminer.spi.solver.SolverType;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The component types the loaded plugins offer, by name. A name offered twice is a configuration problem
 * reported by {@link #duplicates()}; the first one found wins.
 *
 * @param chatModels chat-model types by {@link ChatModelType#type()}
 * @param solvers solver types by {@link SolverType#type()}
 * @param categories category types by {@link CategoryType#name()}
 * @param launchProfiles launch profiles by {@link LaunchProfile#name()}
 * @param embedders sentence-embedder types by {@link SentenceEmbedderType#type()}
 * @param duplicates human-readable notes about names offered more than once
 */
public record ComponentTypes(Map<String, ChatModelType> chatModels, Map<String, SolverType> solvers,
                             Map<String, CategoryType> categories, Map<String, LaunchProfile> launchProfiles,
                             Map<String, SentenceEmbedderType> embedders, List<String> duplicates) {

    public ComponentTypes {
        chatModels = Collections.unmodifiableMap(new TreeMap<>(chatModels));
        solvers = Collections.unmodifiableMap(new TreeMap<>(solvers));
        categories = Collections.unmodifiableMap(new TreeMap<>(categories));
        launchProfiles = Collections.unmodifiableMap(new TreeMap<>(launchProfiles));
        embedders = Collections.unmodifiableMap(new TreeMap<>(embedders));
        duplicates = List.copyOf(duplicates);
    }

    /** Indexes extension instances by name, without sentence embedders. */
    public static ComponentTypes of(List<ChatModelType> chatModels, List<SolverType> solvers,
                                    List<CategoryType> categories, List<LaunchProfile> launchProfiles) {
        return of(chatModels, solvers, categories, launchProfiles, List.of());
    }

    /** Indexes extension instances by name. */
    public static ComponentTypes of(List<ChatModelType> chatModels, List<SolverType> solvers,
                                    List<CategoryType> categories, List<LaunchProfile> launchProfiles,
                                    List<SentenceEmbedderType> embedders) {
        List<String> duplicates = new java.util.ArrayList<>();
        return new ComponentTypes(
                index("chat model type", chatModels, ChatModelType::type, duplicates),
                index("solver type", solvers, SolverType::type, duplicates),
                index("category", categories, CategoryType::name, duplicates),
                index("launch profile", launchProfiles, LaunchProfile::name, duplicates),
                index("sentence embedder type", embedders, SentenceEmbedderType::type, duplicates),
                duplicates);
    }

    private static <T> Map<String, T> index(String kind, List<T> items, Function<T, String> name,
                                            List<String> duplicates) {
        Map<String, T> byName = new TreeMap<>();
        for (T item : items) {
            T previous = byName.putIfAbsent(name.apply(item), item);
            if (previous != null) {
                duplicates.add(kind + " '" + name.apply(item) + "' is offered by both " + previous.getClass().getName()
                        + " and " + item.getClass().getName() + "; using the first");
            }
        }
        return byName;
    }

    /** {@code a, b, c} or {@code (none loaded)}. */
    public static String choices(Map<String, ?> byName) {
        return byName.isEmpty() ? "(none loaded - is the plugins directory right?)" : String.join(", ", byName.keySet());
    }
}
