package org.dateline;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Decides whether the value of a static final field can be changed after class initialisation. */
final class StaticValues {

    /** JDK types whose instances never change. */
    private static final Set<String> IMMUTABLE = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Boolean", "java.lang.Character", "java.util.regex.Pattern",
            "java.time.format.DateTimeFormatter", "java.time.Duration", "java.time.OffsetDateTime",
            "java.time.ZoneOffset", "java.time.ZoneRegion", "java.util.Locale", "java.math.BigDecimal",
            "java.math.BigInteger", "java.lang.Class", "java.util.Optional", "java.lang.invoke.MethodType",
            "org.snakeyaml.engine.v2.nodes.Tag", "com.vladsch.flexmark.util.data.DataKey");
    /** Collections that refuse every change (the JDK's List.of, Map.copyOf, Collections.unmodifiable...). */
    private static final Set<String> IMMUTABLE_COLLECTION_PREFIXES = Set.of("java.util.ImmutableCollections$",
            "java.util.Collections$Unmodifiable", "java.util.Collections$Empty", "java.util.Collections$Singleton");

    private StaticValues() {
    }

    /** A description of what in {@code value} can change, or empty when nothing can. */
    static Optional<String> mutablePart(Object value) {
        return mutablePart(value, 0);
    }

    private static Optional<String> mutablePart(Object value, int depth) {
        if (value == null || depth > 4) {
            return Optional.empty();
        }
        Class<?> type = value.getClass();
        String name = type.getName();
        if (IMMUTABLE.contains(name) || type.isEnum() || type.isSynthetic() || type.isHidden()
                || (type.getEnclosingClass() != null && type.getEnclosingClass().isEnum())
                || name.startsWith("java.util.Comparator") || name.startsWith("java.util.Comparators")
                || name.startsWith("java.time.")) {
            return Optional.empty();
        }
        if (type.isArray()) {
            return java.lang.reflect.Array.getLength(value) == 0 ? Optional.empty()
                    : Optional.of("an array, which anyone can write to");
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            if (IMMUTABLE_COLLECTION_PREFIXES.stream().noneMatch(name::startsWith)) {
                return Optional.of("a mutable " + type.getSimpleName());
            }
            Iterable<?> items = value instanceof Map<?, ?> map ? map.entrySet() : (Collection<?>) value;
            for (Object item : items) {
                Optional<String> inner = item instanceof Map.Entry<?, ?> entry
                        ? mutablePart(entry.getKey(), depth + 1).or(() -> mutablePart(entry.getValue(), depth + 1))
                        : mutablePart(item, depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (name.startsWith("org.dateline.") || type.isRecord()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    return Optional.of("a " + type.getSimpleName() + " with the non-final field " + field.getName());
                }
            }
            return Optional.empty();
        }
        return Optional.of("a " + name + ", which is not known to be immutable");
    }
}
