package org.dateline.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dateline.diag.SourcePosition;

/**
 * A YAML value with the position of its first character in the user's file: the only form in
 * which YAML leaves this package, so no library type crosses a package boundary.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    SourcePosition position();

    /** A short word for messages: "a string", "a list", "a mapping", ... */
    String describe();

    /** What the YAML 1.2 core schema resolved a scalar to. */
    enum Kind { STRING, INT, FLOAT, BOOL, NULL }

    /** A scalar; {@code text} is exactly the value as written (after YAML unquoting). */
    record Scalar(String text, Kind kind, SourcePosition position) implements YamlNode {
        public Scalar {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(position, "position");
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "a string";
                case INT -> "a whole number";
                case FLOAT -> "a number";
                case BOOL -> "a boolean";
                case NULL -> "empty";
            };
        }
    }

    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(position, "position");
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** One key of a mapping, with where the key itself was written. */
    record Entry(String key, SourcePosition keyPosition, YamlNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyPosition, "keyPosition");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A key written twice in one mapping: the later entry is the one in the mapping. */
    record Duplicate(Entry earlier, Entry later) {
        public Duplicate {
            Objects.requireNonNull(earlier, "earlier");
            Objects.requireNonNull(later, "later");
        }
    }

    /**
     * A mapping with string keys, in source order. Duplicate keys were refused, unless the reader was
     * told to keep the last one: then {@code duplicates} lists them, for the caller to judge.
     */
    record Mapping(Map<String, Entry> entries, SourcePosition position, List<Duplicate> duplicates) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            Objects.requireNonNull(position, "position");
            duplicates = List.copyOf(duplicates);
        }

        public Mapping(Map<String, Entry> entries, SourcePosition position) {
            this(entries, position, List.of());
        }

        public Optional<Entry> find(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }
}
