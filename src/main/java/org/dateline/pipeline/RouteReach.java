package org.dateline.pipeline;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.assemble.Route;
import org.dateline.render.RenderedArticle;

/**
 * Which articles a page's context reaches, by identity: an article's rendered record and its body
 * text are objects of that article alone, and every value derived from its body (the body, its
 * headings, its word count) sits in a record beside the body (the article's view) or is made from
 * the rendered record (feeds). So a page whose context holds neither object of an article cannot show
 * anything of that article's body, and an edit that changes nothing but a body leaves its bytes as
 * they were.
 *
 * <p>An article whose body text is the same object as another's (two empty bodies share one) cannot
 * be told apart: it is {@link #untracked}, and a rebuild after its edit takes the whole way. A value of
 * a type this class does not know reaches {@link #ALL}.
 */
final class RouteReach {

    /** Stands for "every article": a context holds a value whose content this class cannot see. */
    static final String ALL = "*";

    private final Map<Object, String> owners;
    private final Set<String> untracked = new HashSet<>();
    /** What each record reaches, by identity; shared by the build's workers (a record walked twice gives the same). */
    private final Map<Identity, Set<String>> records = new java.util.concurrent.ConcurrentHashMap<>();

    RouteReach(List<RenderedArticle> articles) {
        // one map, sized once, the untracked taken out after (a fresh start makes it for 10,000 articles)
        owners = new IdentityHashMap<>(articles.size() * 2);
        for (RenderedArticle article : articles) {
            own(article, article.file());
            own(body(article), article.file());
        }
        if (!untracked.isEmpty()) {
            owners.values().removeIf(untracked::contains);
        }
    }

    /** {@code owned} is {@code file}'s, unless another article's owns it already: then both are untracked. */
    private void own(Object owned, String file) {
        String earlier = owners.putIfAbsent(owned, file);
        if (earlier != null && !earlier.equals(file)) {
            untracked.add(earlier);
            untracked.add(file);
        }
    }

    /** The objects of {@code article} alone: its record and its body. */
    private List<Object> owned(RenderedArticle article) {
        return List.of(article, body(article));
    }

    /**
     * The object that holds {@code article}'s body, as the record holds it (its text, or a reference
     * to it where bodies are held apart), never read: the views that show the body hold that object.
     */
    Object body(RenderedArticle article) {
        try {
            return body.invoke(article);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the body component of " + article.file(), e);
        }
    }

    private final Method body = java.util.Arrays.stream(RenderedArticle.class.getRecordComponents())
            .filter(component -> component.getName().startsWith("body")).findFirst().orElseThrow().getAccessor();

    /**
     * Follows the articles {@code replaced} (old to new, of the same files) from here on; a new
     * object another article already owns makes both untracked.
     */
    void replace(Map<RenderedArticle, RenderedArticle> replaced) {
        replaced.forEach((old, now) -> {
            owned(old).forEach(owners::remove);
            for (Object owned : owned(now)) {
                own(owned, now.file());
            }
        });
    }

    /** Forgets what it found of each record (a cache for {@link #of}), so that it holds no page's values. */
    void forgetRecords() {
        records.clear();
    }

    /** The articles whose edits cannot be followed by identity. */
    Set<String> untracked() {
        return Set.copyOf(untracked);
    }

    /** Marks {@code files} untracked too: a fresh engine's reach of the last build, which could not tell them apart. */
    void untrack(Set<String> files) {
        untracked.addAll(files);
        files.forEach(file -> owners.values().removeIf(file::equals));
    }

    /** Whether an edit of {@code file} can be followed by identity (see the class comment). */
    boolean tracks(String file) {
        return !untracked.contains(file);
    }

    /**
     * The articles (source paths) {@code route}'s context reaches; {@link #ALL} among them when unknown.
     * Safe to call from several threads at once, between {@link #replace} calls.
     */
    Set<String> of(Route route) {
        Set<String> reached = new HashSet<>();
        walk(route.context(), reached);
        return reached;
    }

    private void walk(Object value, Set<String> reached) {
        if (value == null) {
            return;
        }
        String owner = owners.get(value);
        if (owner != null) {
            reached.add(owner); // an article's own object: nothing of another article is inside
            return;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof ZoneId) {
            return;
        }
        if (value instanceof Record record) {
            Method[] components = accessors.get(record.getClass());
            if (components.length < REMEMBERED) { // a small record (a tag, a link): walked in place, not remembered
                components(record, components, reached);
                return;
            }
            Identity identity = new Identity(record);
            Set<String> known = records.get(identity);
            if (known == null) {
                known = new HashSet<>();
                components(record, components, known);
                known = Set.copyOf(known); // compact: the build's every view is remembered until forgetRecords
                records.put(identity, known);
            }
            reached.addAll(known);
        } else if (value instanceof Optional<?> optional) {
            walk(optional.orElse(null), reached);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(entry.getKey(), reached);
                walk(entry.getValue(), reached);
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                walk(item, reached);
            }
        } else {
            reached.add(ALL);
        }
    }

    /** Records with at least this many components are walked once per build and remembered (as ContextKeys does). */
    private static final int REMEMBERED = 8;

    private void components(Record record, Method[] components, Set<String> reached) {
        for (Method accessor : components) {
            try {
                walk(accessor.invoke(record), reached);
            } catch (ReflectiveOperationException | RuntimeException e) {
                reached.add(ALL);
            }
        }
    }

    /** A record class's accessors, looked up once per class. */
    private final ClassValue<Method[]> accessors = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] methods = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                methods[i] = components[i].getAccessor();
            }
            return methods;
        }
    };
}
