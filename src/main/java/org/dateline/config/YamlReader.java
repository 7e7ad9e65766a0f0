package org.dateline.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.diag.DatelineException;
import org.dateline.diag.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Safe YAML 1.2 reading with snakeyaml-engine: composes the text to nodes (never to Java objects),
 * refuses tags, anchors, aliases, merge keys, non-string keys and duplicate keys, and converts
 * every library error into a {@link DatelineException} positioned in the user's file.
 */
public final class YamlReader {

    /** Deeper nesting than this is refused before the library's own recursion can overflow. */
    public static final int MAX_DEPTH = 64;

    private static final Set<Tag> CORE_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

    private final LoadSettings settings;
    private final boolean keepLastDuplicate;
    private final int maxCodePoints;
    private final ScalarResolver resolver;

    public YamlReader(int maxCodePoints) {
        this(maxCodePoints, false);
    }

    /**
     * With {@code keepLastDuplicate}, a key written twice in the top-level mapping keeps its last value and is
     * listed in {@link YamlNode.Mapping#duplicates()} (Hugo and Jekyll keep the last one silently); nested
     * duplicates are always refused.
     */
    public YamlReader(int maxCodePoints, boolean keepLastDuplicate) {
        this.keepLastDuplicate = keepLastDuplicate;
        this.maxCodePoints = maxCodePoints;
        this.settings = LoadSettings.builder()
                .setAllowDuplicateKeys(true) // we check them ourselves, to name both lines
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(0)
                .setCodePointLimit(maxCodePoints)
                .setUseMarks(true)
                .setSchema(new NoMergeCoreSchema()) // the library's default is the JSON schema, where `~` is a string
                .build();
        this.resolver = settings.getSchema().getScalarResolver();
    }

    /**
     * Reads {@code yaml}, which starts on 1-based line {@code firstLine} of {@code file}.
     * An empty document reads as an empty mapping.
     */
    public YamlNode read(String yaml, String file, int firstLine) {
        if (yaml.length() < maxCodePoints / 2) {
            Optional<YamlNode> simple = SimpleYaml.read(yaml, file, firstLine, resolver);
            if (simple.isPresent()) {
                return simple.get();
            }
        }
        return readWithLibrary(yaml, file, firstLine);
    }

    /** {@link #read} with the library whatever the text: what {@link SimpleYaml} must agree with. */
    YamlNode readWithLibrary(String yaml, String file, int firstLine) {
        Located at = new Located(file, firstLine);
        YamlPrecheck.check(yaml, file, firstLine);
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            SourcePosition position = e.getProblemMark().or(e::getContextMark).map(at::position)
                    .orElse(at.start());
            String problem = problemText(e);
            throw DatelineException.at(position, "invalid YAML: " + problem, problem.contains("TAB")
                    ? "indent with spaces: YAML does not allow tabs there"
                    : "check the indentation and quote values that contain `:` or `#`");
        } catch (YamlEngineException e) {
            throw DatelineException.at(at.start(), "invalid YAML: " + firstSentence(e.getMessage()),
                    "check the YAML syntax");
        } catch (StackOverflowError e) {
            throw DatelineException.at(at.start(), "YAML nested too deeply to read", "flatten the structure");
        }
        if (root.isEmpty()) {
            return new YamlNode.Mapping(Map.of(), at.start());
        }
        return convert(root.get(), at, 0);
    }

    private YamlNode convert(Node node, Located at, int depth) {
        SourcePosition position = node.getStartMark().map(at::position).orElse(SourcePosition.of(at.file));
        if (depth > MAX_DEPTH) {
            throw DatelineException.at(position, "YAML nested more than " + MAX_DEPTH + " levels deep",
                    "flatten the structure");
        }
        if (node.getAnchor().isPresent()) {
            throw DatelineException.at(position, "YAML anchors and aliases (`&name`, `*name`) are not allowed",
                    "write the value out in full");
        }
        if (!CORE_TAGS.contains(node.getTag())) {
            throw DatelineException.at(position, "YAML tag `" + tagName(node.getTag()) + "` is not allowed",
                    "remove the `!` tag; plain values are enough");
        }
        if (node instanceof ScalarNode scalar) {
            checkValue(scalar.getValue(), position);
            return new YamlNode.Scalar(scalar.getValue(), kind(scalar.getTag()), position);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, at, depth + 1));
            }
            return new YamlNode.Sequence(items, position);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        List<YamlNode.Duplicate> duplicates = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            SourcePosition keyPosition = keyNode.getStartMark().map(at::position).orElse(position);
            if (isMergeKey(keyNode)) {
                throw DatelineException.at(keyPosition, "YAML merge keys (`<<`) are not allowed",
                        "write the keys out in full");
            }
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw DatelineException.at(keyPosition, "a YAML key must be a plain name",
                        "write keys as `name: value`");
            }
            String key = keyScalar.getValue();
            if (keyNode.getAnchor().isPresent()) {
                throw DatelineException.at(keyPosition, "YAML anchors and aliases (`&name`, `*name`) are not allowed",
                        "write the value out in full");
            }
            if (!CORE_TAGS.contains(keyNode.getTag())) {
                throw DatelineException.at(keyPosition, "YAML tag `" + tagName(keyNode.getTag())
                        + "` is not allowed", "remove the `!` tag; plain values are enough");
            }
            if (!keyNode.getTag().equals(Tag.STR)) {
                throw DatelineException.at(keyPosition, "a YAML key must be a string, not " + describeKey(keyScalar),
                        "quote it, e.g. `\"" + key + "\": ...`, or use a name");
            }
            YamlNode.Entry earlier = entries.get(key);
            if (earlier != null && !(keepLastDuplicate && depth == 0)) {
                throw DatelineException.at(keyPosition, "duplicate key `" + key + "` (first given on line "
                        + earlier.keyPosition().line() + ")", "keep one of the two");
            }
            YamlNode.Entry entry = new YamlNode.Entry(key, keyPosition, convert(tuple.getValueNode(), at, depth + 1));
            if (earlier != null) {
                duplicates.add(new YamlNode.Duplicate(earlier, entry));
                entries.remove(key); // the last one takes the place of the first, in source order
            }
            entries.put(key, entry);
        }
        return new YamlNode.Mapping(entries, position, duplicates);
    }

    /** A plain {@code <<} key, which {@link NoMergeCoreSchema} keeps from being merged so that it can be refused. */
    private static boolean isMergeKey(Node key) {
        return key.getTag().equals(Tag.MERGE)
                || key instanceof ScalarNode scalar && scalar.isPlain() && scalar.getValue().equals("<<");
    }

    /**
     * The YAML 1.2 core schema, except that {@code <<} resolves to a string: with {@link Tag#MERGE} the
     * library's composer merges the mapping in before we see the key, and a merge could not be refused.
     */
    private static final class NoMergeCoreSchema extends CoreSchema {
        /**
         * Made once: the library makes a new resolver per document, which builds its table of
         * patterns again (1% of a cold build); it is only read once made, so threads share it.
         */
        private final ScalarResolver resolver;

        NoMergeCoreSchema() {
            ScalarResolver core = new CoreScalars(); // the library's answers, some found sooner
            this.resolver = (value, implicit) -> {
                Tag tag = core.resolve(value, implicit);
                return tag.equals(Tag.MERGE) ? Tag.STR : tag;
            };
        }

        @Override
        public ScalarResolver getScalarResolver() {
            return resolver;
        }
    }

    /** Escapes such as {@code "\\x07"} can put control characters into a value even when the text has none. */
    private static void checkValue(String value, SourcePosition position) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\n' && YamlPrecheck.isControl(c)) {
                throw DatelineException.at(position, "YAML value contains the control character "
                        + YamlPrecheck.codePoint(c), "remove the escape sequence that produces it");
            }
        }
    }

    /** A tag as the user wrote it: {@code !!java.util.Date}, {@code !ENV}. */
    private static String tagName(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    private static String describeKey(ScalarNode key) {
        YamlNode.Kind kind = kind(key.getTag());
        return (kind == YamlNode.Kind.NULL ? "empty" : kind == YamlNode.Kind.BOOL ? "a boolean" : "a number")
                + " (`" + key.getValue() + "`)";
    }

    /** The kind of a scalar the core schema's resolver tagged; {@link SimpleYaml} types its scalars with it too. */
    static YamlNode.Kind kind(Tag tag) {
        if (tag.equals(Tag.INT)) {
            return YamlNode.Kind.INT;
        } else if (tag.equals(Tag.FLOAT)) {
            return YamlNode.Kind.FLOAT;
        } else if (tag.equals(Tag.BOOL)) {
            return YamlNode.Kind.BOOL;
        } else if (tag.equals(Tag.NULL)) {
            return YamlNode.Kind.NULL;
        }
        return YamlNode.Kind.STRING;
    }

    private static String problemText(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        String text = problem != null ? problem : context;
        return text == null ? "cannot be read" : firstSentence(text);
    }

    private static String firstSentence(String text) {
        String line = text == null ? "cannot be read" : text.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }

    /**
     * The one place where snakeyaml-engine's 0-based marks, counted from the start of the YAML block,
     * become 1-based positions in the user's file.
     */
    record Located(String file, int firstLine) {
        SourcePosition position(Mark mark) {
            return new SourcePosition(file, firstLine + mark.getLine(), mark.getColumn() + 1);
        }

        /** Where the YAML block starts: for the library's errors that carry no mark. */
        SourcePosition start() {
            return new SourcePosition(file, firstLine, 1);
        }
    }
}
