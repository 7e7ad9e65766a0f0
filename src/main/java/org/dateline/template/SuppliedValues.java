package org.dateline.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.DefaultAttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Attributes as Pebble finds them, except that a {@link Supplier} (an article's body, held by
 * reference until a page shows it) is read there: a template sees its value, a string like any other.
 *
 * <p>A record's component ({@code article.title}: the views templates see are records) is read
 * through a method handle found once per class, where Pebble would build a cache key and call the
 * accessor reflectively on every read (2% of a cold build's CPU). Only where Pebble 4 finds that same
 * accessor: it tries a public method of the attribute's exact name first (before a field and before
 * {@code getTitle}, {@code isTitle} and {@code hasTitle}), and looks on {@code List}, {@code Map} and
 * the other collection interfaces first for values that are one, so only a public record that is no
 * collection, read without arguments, is read here. Everything else is Pebble's.
 */
final class SuppliedValues implements AttributeResolver {

    private static final java.lang.invoke.MethodType READ = java.lang.invoke.MethodType.methodType(Object.class,
            Object.class);

    private final DefaultAttributeResolver members = new DefaultAttributeResolver();
    /** A supplied value's UTF-8 bytes when it keeps them as bytes, else null. */
    private final Function<Object, byte[]> utf8;
    /** The output the calling thread renders into, if it is an {@link Utf8Output}: told the bytes of what it reads. */
    private final ThreadLocal<Utf8Output> rendering;
    /** Set on the calling thread while {@link TemplateEngine#watching} runs: {@code [0]} once a {@link Watched} component is read. */
    private final ThreadLocal<boolean[]> watching;

    SuppliedValues() {
        this(value -> null, new ThreadLocal<>(), new ThreadLocal<>());
    }

    SuppliedValues(Function<Object, byte[]> utf8, ThreadLocal<Utf8Output> rendering, ThreadLocal<boolean[]> watching) {
        this.utf8 = utf8;
        this.rendering = rendering;
        this.watching = watching;
    }

    /** The names of the {@link Watched} components of record class {@code type} (none for another class). */
    static java.util.Set<String> watchedComponents(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return java.util.Set.of();
        }
        return java.util.Arrays.stream(components).filter(component -> component.isAnnotationPresent(Watched.class))
                .map(RecordComponent::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * A record class's components as Pebble would resolve them (name → accessor), and the names of its
     * {@link Watched} ones (most have none): one look-up per attribute read finds both.
     */
    private record Components(Map<String, MethodHandle> accessors, java.util.Set<String> watched) {
    }

    /** By record class, its {@link Components}. */
    private final ClassValue<Components> components = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            Map<String, MethodHandle> found = new HashMap<>();
            java.util.Set<String> watched = watchedComponents(type);
            if (!Modifier.isPublic(type.getModifiers()) || Iterable.class.isAssignableFrom(type)
                    || Map.class.isAssignableFrom(type) || Map.Entry.class.isAssignableFrom(type)) {
                return new Components(found, watched);
            }
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    found.put(component.getName(), MethodHandles.publicLookup().unreflect(component.getAccessor())
                            .asType(READ)); // once here, not on every invoke
                } catch (IllegalAccessException e) {
                    // not public to every caller: Pebble's way decides
                }
            }
            return new Components(found, watched); // never changed once made; ClassValue publishes it to every thread
        }
    };

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] arguments, ArgumentsNode args,
                                     EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance instanceof Record) {
            Components record = components.get(instance.getClass());
            if (!record.watched().isEmpty()) {
                noteWatched(record, attributeName);
            }
            if (args == null && (arguments == null || arguments.length == 0) && attributeName instanceof String name) {
                MethodHandle accessor = record.accessors().get(name);
                if (accessor != null) {
                    return resolved(read(accessor, instance));
                }
            }
        }
        ResolvedAttribute found = members.resolve(instance, attributeName, arguments, args, context, filename,
                lineNumber);
        return found == null ? null : resolved(found.evaluatedValue);
    }

    /** Notes a read of a {@link Watched} component (by any name Pebble reads it: {@code a.count}, {@code a["count"]}, {@code a.count()}). */
    private void noteWatched(Components record, Object attributeName) {
        boolean[] read = watching.get();
        if (read != null && record.watched().contains(String.valueOf(attributeName))) {
            read[0] = true;
        }
    }

    /** A string (most values) is told apart first: a check of its class, where one of an interface scans them all. */
    private ResolvedAttribute resolved(Object value) {
        return new ResolvedAttribute(value instanceof String || !(value instanceof Supplier<?> supplier) ? value
                : supplied(supplier));
    }

    /**
     * A supplied value kept as UTF-8 bytes (an article's body) is read as bytes and decoded here, and the page's
     * output told those bytes: printed, the text is then copied, not encoded again (2-3% of a cold build's CPU).
     */
    private Object supplied(Supplier<?> supplier) {
        Utf8Output out = rendering.get();
        byte[] bytes = out == null ? null : utf8.apply(supplier);
        if (bytes == null) {
            return supplier.get();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        out.known(text, bytes);
        return text;
    }

    private static Object read(MethodHandle accessor, Object record) {
        try {
            return (Object) accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("a record accessor threw " + e, e);
        }
    }

}
