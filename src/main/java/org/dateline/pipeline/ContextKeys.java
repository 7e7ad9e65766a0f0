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
    private final Map<Identity, Known> records = new ConcurrentHashMap<>(1 << 16);
    private final Map<Object, String> known;
    private final java.util.function.Function<String, String> templates;
    /** The key each output path was last written under (null when none), and the links its page may hold. */
    private final java.util.function.Function<String, String> previous;
    private final Optional<RefLinks> refs;
    /**
     * By output path, the digest of the watched values of a page keyed without it ({@link #key}: its last render
     * read none), "" when its context holds none: what it is written under if its render reads one now.
     */
    private final Map<String, String> unread = new ConcurrentHashMap<>(1 << 14);

    /** Separates a page's key from the print of the links to other articles that its page held ({@link #written}). */
    static final String LINKS = "+links:";
    /**
     * Separates a page's key from the digest of the {@link org.dateline.template.Watched} values of its context,
     * when its render read one ({@link #written}); it comes before {@link #LINKS}.
     */
    static final String READS = "+reads:";
    /** The length of a SHA-256 in hex: a key's base, and the digest after {@link #READS}. */
    private static final int HEX = 64;

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
     *     wrote with links to other articles ({@link #written}) is keyed with those links' print now
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
     * What a page rendered under {@code key} ({@link #key}) is written under: the key's base, then the digest of
     * the watched values of its context if the render {@code read} one, then the print of {@code refs} if the page
     * holds {@code links} to other articles ({@link RefLinks#resolve}). A page depends on those values and on the
     * articles' paths only so: a page that read no count is made again neither when an article is added nor when
     * one moves; one that did is, as its key then differs.
     */
    String written(Route route, String key, boolean read, boolean links) {
        int marks = key.indexOf('+');
        String base = marks < 0 ? key : key.substring(0, marks);
        if (base.isEmpty()) {
            return "";
        }
        StringBuilder written = new StringBuilder(base);
        int at = key.indexOf(READS);
        String watched = !read ? "" : at >= 0 ? key.substring(at + READS.length(), at + READS.length() + HEX)
                : unread.get(route.outputPath());
        if (watched == null) {
            watched = contextKey(route).watched(); // keyed by another: digested again
        }
        if (!watched.isEmpty()) {
            written.append(READS).append(watched);
        }
        if (links) {
            written.append(LINKS).append(refs.orElseThrow().print());
        }
        return written.toString();
    }

    /**
     * The route's key, or "" when it has none (a generated file that names no inputs, or an unknown
     * value in its context): the key the page is expected under, in the form ({@link #written}) its last
     * one had. The same context renders the same bytes, reads and links and all: so the page read watched
     * values and held links if the last one did.
     */
    String key(Route route) {
        Key key = contextKey(route);
        String last = key.base().isEmpty() ? null : previous.apply(route.outputPath());
        // compared in place: a concatenation per route was 14,000 strings of a whole build
        if (last != null && !key.watched().isEmpty() && last.startsWith(key.base())
                && last.startsWith(READS, key.base().length())) {
            String expected = key.base() + READS + key.watched();
            int at = key.base().length() + READS.length() + HEX;
            return refs.isPresent() && last.startsWith(LINKS, at) ? expected + LINKS + refs.get().print() : expected;
        }
        if (!key.base().isEmpty()) {
            unread.put(route.outputPath(), key.watched());
        }
        boolean links = last != null && last.startsWith(key.base()) && last.startsWith(LINKS, key.base().length());
        return refs.isPresent() && links ? key.base() + LINKS + refs.get().print() : key.base();
    }

    /** A page's key: of everything but the watched values of its context, and of those ("" when it holds none). */
    private record Key(String base, String watched) {
    }

    /** The key of everything {@code route}'s template can see. */
    private Key contextKey(Route route) {
        if (route.generated().isPresent() && route.context().isEmpty()) {
            return new Key("", "");
        }
        try {
            Walk walk = new Walk(sha256());
            walk.main.update(salt);
            text(walk.main, route.outputPath());
            text(walk.main, route.template());
            text(walk.main, route.template().isEmpty() ? "" : templates.apply(route.template()));
            value(walk, route.context());
            return new Key(HexFormat.of().formatHex(walk.main.digest()),
                    walk.watched == null ? "" : HexFormat.of().formatHex(walk.watched.digest()));
        } catch (Unknown e) {
            return new Key("", "");
        }
    }

    /**
     * The digests of a walk over a page's context: of everything but its {@link org.dateline.template.Watched}
     * components, and of those (made when the first is met). Within a watched value both are the same.
     */
    private final class Walk {
        final MessageDigest main;
        private MessageDigest watched;

        Walk(MessageDigest main) {
            this.main = main;
        }

        private Walk(MessageDigest main, MessageDigest watched) {
            this.main = main;
            this.watched = watched;
        }

        MessageDigest watched() {
            if (watched == null) {
                watched = sha256();
            }
            return watched;
        }

        /** A walk of a watched value: everything of it goes to the watched digest. */
        Walk inWatched() {
            MessageDigest digest = watched();
            return new Walk(digest, digest);
        }
    }

    /** A remembered record's digests: of all but its watched values, and of those (null when it holds none). */
    private record Known(byte[] main, byte[] watched) {
    }

    /** A value of a type whose content cannot be read reliably. */
    private static final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private void value(Walk walk, Object value) throws Unknown {
        // only long texts and records are ever substituted: no need to look every number up
        String substitute = value instanceof Record || value instanceof String text && text.length() > 64
                ? known.get(value) : null;
        MessageDigest digest = walk.main;
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
            recordValue(walk, record);
        } else if (value instanceof Optional<?> optional) {
            digest.update((byte) 'o');
            value(walk, optional.orElse(null));
        } else if (value instanceof List<?> list) {
            digest.update((byte) '[');
            count(digest, list.size());
            for (Object item : list) {
                value(walk, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            digest.update((byte) '{');
            count(digest, map.size());
            for (Map.Entry<?, ?> entry : ordered(map).entrySet()) {
                value(walk, entry.getKey());
                value(walk, entry.getValue());
            }
        } else if (value instanceof Collection<?> collection && collection instanceof java.util.SortedSet<?>) {
            digest.update((byte) '(');
            count(digest, collection.size());
            for (Object item : collection) {
                value(walk, item);
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
    private void recordValue(Walk walk, Record record) throws Unknown {
        Method[] accessors = this.accessors.get(record.getClass());
        if (accessors.length < REMEMBERED) {
            walk.main.update((byte) 'R');
            components(walk, record, accessors);
            return;
        }
        Identity identity = new Identity(record);
        Known known = records.get(identity);
        if (known == null) {
            Walk own = new Walk(sha256());
            components(own, record, accessors);
            known = new Known(own.main.digest(), own.watched == null ? null : own.watched.digest());
            records.put(identity, known);
        }
        walk.main.update((byte) 'r');
        walk.main.update(known.main());
        if (known.watched() != null) {
            walk.watched().update(known.watched());
        }
    }

    private void components(Walk walk, Record record, Method[] accessors) throws Unknown {
        text(walk.main, record.getClass().getName());
        count(walk.main, accessors.length);
        boolean[] watched = this.watched.get(record.getClass());
        for (int i = 0; i < accessors.length; i++) {
            Object part;
            try {
                part = accessors[i].invoke(record);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new Unknown();
            }
            value(watched[i] ? walk.inWatched() : walk, part);
        }
    }

    /** By record class, which of its components (in order) are {@link org.dateline.template.Watched}. */
    private final ClassValue<boolean[]> watched = new ClassValue<>() {
        @Override
        protected boolean[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            java.util.Set<String> names = org.dateline.template.TemplateEngine.watchedComponents(type);
            boolean[] watched = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                watched[i] = names.contains(components[i].getName());
            }
            return watched;
        }
    };

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
