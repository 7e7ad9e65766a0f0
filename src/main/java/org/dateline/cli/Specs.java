package org.dateline.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Our commands' picocli specs, made in code rather than read from annotations. Reading annotations made
 * a fresh JVM spend ~0.1 s of CPU before a build began: the JDK makes a proxy class for each annotation
 * type (which Java 17's class-data archive cannot hold) and reads each field's generic signature, all of
 * it interpreted. Each command declares its options as fields made here, in the order the annotated
 * fields had (picocli's help sorts them; the order only decides ties between suggestions).
 */
final class Specs {

    private Specs() {
    }

    /** The spec of {@code command}, named {@code name}, with its help texts and our version; no options yet. */
    static CommandSpec command(Object command, String name, String[] description, String footerHeading,
            String... footer) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description).footerHeading(footerHeading).footer(footer);
        spec.versionProvider(new VersionProvider());
        return spec;
    }

    /**
     * Adds {@code -h, --help} and {@code -V, --version} as picocli's {@code mixinStandardHelpOptions} did
     * (its mixin is itself annotated), last, where the mixin put them; returns {@code spec}.
     */
    static CommandSpec withStandardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** Adds {@code option} of {@code type} to {@code spec}: its value starts as {@code initial}. */
    static <T> Value<T> option(CommandSpec spec, Class<?> type, T initial, OptionSpec.Builder option) {
        Value<T> value = new Value<>(initial);
        spec.addOption(option.type(type).initialValue(initial).getter(value).setter(value).build());
        return value;
    }

    /** Adds the flag {@code option} to {@code spec}: false until given. */
    static Value<Boolean> flag(CommandSpec spec, OptionSpec.Builder option) {
        return option(spec, boolean.class, false, option);
    }

    /** Adds the positional {@code parameter} of {@code type} to {@code spec}; its value starts as {@code initial}. */
    static <T> Value<T> positional(CommandSpec spec, Class<?> type, T initial, PositionalParamSpec.Builder parameter) {
        Value<T> value = new Value<>(initial);
        spec.addPositional(parameter.type(type).initialValue(initial).getter(value).setter(value).build());
        return value;
    }

    /** An option's or parameter's value: picocli sets it while parsing, the command reads it when run. */
    static final class Value<T> implements IGetter, ISetter {

        private T value;

        Value(T initial) {
            this.value = initial;
        }

        T value() {
            return value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V next) {
            V previous = (V) value;
            value = (T) next;
            return previous;
        }
    }
}
