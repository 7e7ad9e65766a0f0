package org.dateline.pipeline;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.assemble.Route;

/**
 * The key of a page: a SHA-256 over everything its template can see. Templates see only the route's
 * context (Pebble runs with strict variables, and the view objects are immutable records of plain
 * values), so the context, the template files and the configuration are together every input of the
 * page: two builds that give a route equal keys render it to equal bytes, and the second one need
 * not render it. A value of a type this class does not know makes the key "" (render it always).
 *
 * <p>Records are digested once per build however many pages show them (an article's view appears on
 * its own page, in listings and in related boxes), so keying every page costs about one pass over
 * the articles' text. Safe to use from the build's worker threads.
 */
final class ContextKeys {

    private final byte[] salt;
    /** Never updated: {@link #sha256} clones it. */
    private final MessageDigest prototype = Fingerprints.sha256();
    private final Map<Identity, byte[]> records = new ConcurrentHashMap<>(1 << 16);
    private final Map<Object, String> known;
    private final java.util.function.Function<String, String> templates;
    /** The key each output path was last written under (null when none), and the links its page may hold. */
    private final java.util.function.Function<String, String> previous;
    private final Optional<RefLinks> refs;

    /** Separates a page's key from the print of the links to other articles that its page held ({@link #linked}). */
    static final String LINKS = "+links:";

    /**
     * @param salt what every page depends on besides its context: templates, configuration, Dateline
     * @param known values already keyed, by identity: a rendered article is fully determined by the
     *     article's cache key, so that key stands for it instead of its text (a body, held by
     *     reference, is keyed by its own key)
     *     (read-only from here on)
     */
    ContextKeys(String salt, IdentityHashMap<Object, String> known) {
        this(salt, known, template -> "");
    }

    /**
     * @param templates by the name of a route's template, the fingerprint of every template rendering
     *     it can read (that one, what it includes and extends); so a template edit re-renders only the
     *     pages whose templates reach the edited one
     */
    ContextKeys(String salt, IdentityHashMap<Object, String> known, java.util.function.Function<String, String> templates) {
        this(salt, known, templates, path -> null, Optional.empty());
    }

    /**
     * @param previous the key each output path was last written under, null when none: a page the last build
     *     wrote with links to other articles ({@link #linked}) is keyed with those links' print now
     * @param refs the links of this build
     */
    ContextKeys(String salt, IdentityHashMap<Object, String> known, java.util.function.Function<String, String> templates,
                java.util.function.Function<String, String> previous, RefLinks refs) {
        this(salt, known, templates, previous, Optional.of(refs));
    }

    private ContextKeys(String salt, IdentityHashMap<Object, String> known,
                        java.util.function.Function<String, String> templates,
                        java.util.function.Function<String, String> previous, Optional<RefLinks> refs) {
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
        this.known = known;
        this.templates = templates;
        this.previous = previous;
        this.refs = refs;
    }

    /** The keys of {@code manifest}'s files, by path (null for a path it does not hold). */
    static java.util.function.Function<String, String> keysOf(org.dateline.write.OutputManifest manifest) {
        return path -> {
            org.dateline.write.OutputManifest.Entry entry = manifest.entries().get(path);
            return entry == null ? null : entry.key();
        };
    }

    /**
     * {@code key}, without the print of links it may end with, and with {@code refs}' print when {@code links}
     * (the page holds links to other articles, {@link RefLinks#resolve}): what a page is written under. A page
     * depends on the articles' paths only through such links, so a page without them is made again neither when
     * an article is added nor when one moves; one with them is, as its key then differs.
     */
    static String linked(String key, boolean links, RefLinks refs) {
        int at = key.indexOf(LINKS);
        String base = at < 0 ? key : key.substring(0, at);
        return links && !base.isEmpty() ? base + LINKS + refs.print() : base;
    }

    /**
     * The route's key, or "" when it has none (a generated file that names no inputs, or an unknown
     * value in its context).
     */
    String key(Route route) {
        String key = contextKey(route);
        String last = key.isEmpty() || refs.isEmpty() ? null : previous.apply(route.outputPath());
        // the same context renders the same bytes, links and all: the page held links if the last one did (compared in
        // place: a concatenation per route was 14,000 strings of a build of the whole way)
        return last != null && last.startsWith(key) && last.startsWith(LINKS, key.length())
                ? linked(key, true, refs.get()) : key;
    }

    /** The key of everything {@code route}'s template can see. */
    private String contextKey(Route route) {
        if (route.generated().isPresent() && route.context().isEmpty()) {
            return "";
        }
        try {
            MessageDigest digest = sha256();
            digest.update(salt);
            text(digest, route.outputPath());
            text(digest, route.template());
            text(digest, route.template().isEmpty() ? "" : templates.apply(route.template()));
            value(digest, route.context());
            return HexFormat.of().formatHex(digest.digest());
        } catch (Unknown e) {
            return "";
        }
    }

    /** A value of a type whose content cannot be read reliably. */
    private static final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private void value(MessageDigest digest, Object value) throws Unknown {
        // only long texts and records are ever substituted: no need to look every number up
        String substitute = value instanceof Record || value instanceof String text && text.length() > 64
                ? known.get(value) : null;
        if (substitute != null) {
            digest.update((byte) 'k');
            text(digest, substitute);
        } else if (value == null) {
            digest.update((byte) 'n');
        } else if (value instanceof org.dateline.render.ArticleBody body) {
            // a body by its key (what determines its text), never by reading it
            digest.update((byte) 'b');
            text(digest, body.key());
        } else if (value instanceof String text) {
            digest.update((byte) 's');
            text(digest, text);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof java.time.ZoneId) {
            digest.update((byte) 'v');
            text(digest, value.getClass().getName());
            text(digest, value.toString());
        } else if (value instanceof Record record) {
            recordValue(digest, record);
        } else if (value instanceof Optional<?> optional) {
            digest.update((byte) 'o');
            value(digest, optional.orElse(null));
        } else if (value instanceof List<?> list) {
            digest.update((byte) '[');
            count(digest, list.size());
            for (Object item : list) {
                value(digest, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            digest.update((byte) '{');
            count(digest, map.size());
            for (Map.Entry<?, ?> entry : ordered(map).entrySet()) {
                value(digest, entry.getKey());
                value(digest, entry.getValue());
            }
        } else if (value instanceof Collection<?> collection && collection instanceof java.util.SortedSet<?>) {
            digest.update((byte) '(');
            count(digest, collection.size());
            for (Object item : collection) {
                value(digest, item);
            }
        } else {
            throw new Unknown();
        }
    }

    /**
     * Maps in their iteration order, which templates see too; except the JDK's immutable maps, whose
     * order changes from one JVM to the next: those sorted by key.
     */
    private static Map<?, ?> ordered(Map<?, ?> map) throws Unknown {
        if (!map.getClass().getName().startsWith("java.util.ImmutableCollections")) {
            return map;
        }
        TreeMap<String, Object> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new Unknown();
            }
            sorted.put(key, entry.getValue());
        }
        return sorted;
    }

    /**
     * A record: a large one by its own digest, made once per build and remembered (an article's view
     * is seen by its page, listings and related boxes); a small one (a date, a tag) written into the
     * page's digest in place, which is cheaper than a digest of its own and a look-up.
     */
    private void recordValue(MessageDigest digest, Record record) throws Unknown {
        Method[] accessors = this.accessors.get(record.getClass());
        if (accessors.length < REMEMBERED) {
            digest.update((byte) 'R');
            components(digest, record, accessors);
            return;
        }
        Identity identity = new Identity(record);
        byte[] known = records.get(identity);
        if (known == null) {
            MessageDigest own = sha256();
            components(own, record, accessors);
            known = own.digest();
            records.put(identity, known);
        }
        digest.update((byte) 'r');
        digest.update(known);
    }

    private void components(MessageDigest digest, Record record, Method[] accessors) throws Unknown {
        text(digest, record.getClass().getName());
        count(digest, accessors.length);
        for (Method accessor : accessors) {
            Object part;
            try {
                part = accessor.invoke(record);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new Unknown();
            }
            value(digest, part);
        }
    }

    /** Records with at least this many components are digested once per build and remembered. */
    private static final int REMEMBERED = 8;

    /** A record class's accessors, in component order, looked up once per class. */
    private final ClassValue<Method[]> accessors = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        count(digest, bytes.length);
        digest.update(bytes);
    }

    private static void count(MessageDigest digest, int count) {
        digest.update((byte) (count >>> 24));
        digest.update((byte) (count >>> 16));
        digest.update((byte) (count >>> 8));
        digest.update((byte) count);
    }

    /** A fresh SHA-256: a clone of an unused one, which skips the provider look-up of {@code getInstance}. */
    private MessageDigest sha256() {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return Fingerprints.sha256();
        }
    }

}
