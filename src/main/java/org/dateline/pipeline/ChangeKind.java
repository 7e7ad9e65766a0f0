package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.dateline.load.SourceScanner;

/**
 * What a changed file is to the site, by where it lies (Zola's {@code ChangeKind}): the one
 * classification of changes, used by the dev server to pick what to pass on and by the
 * {@link Engine} to decide what it must reload. Files the build never reads, and the scratch files
 * editors write while saving, are no change at all.
 */
public enum ChangeKind {
    CONTENT, TEMPLATE, STATIC, DATA, CONFIG;

    /** The site file every site may have at its root. */
    public static final String CONFIG_FILE = org.dateline.config.ConfigLoader.FILE_NAME;

    /** The kind of {@code relative} (a path inside the site folder), or empty when no rebuild needs it. */
    public static Optional<ChangeKind> of(Path relative) {
        if (relative.getNameCount() == 0 || relative.isAbsolute() || scratch(relative.getFileName().toString())) {
            return Optional.empty();
        }
        String top = relative.getName(0).toString();
        if (relative.getNameCount() == 1) {
            return top.equals(CONFIG_FILE) ? Optional.of(CONFIG) : folder(top);
        }
        return folder(top);
    }

    private static Optional<ChangeKind> folder(String name) {
        switch (name) {
            case SourceScanner.CONTENT_DIR:
                return Optional.of(CONTENT);
            case SourceScanner.TEMPLATES_DIR:
                return Optional.of(TEMPLATE);
            case SourceScanner.STATIC_DIR:
                return Optional.of(STATIC);
            case "data":
                return Optional.of(DATA);
            default:
                return Optional.empty();
        }
    }

    /**
     * An editor's or the system's scratch file: hidden files (Vim's {@code .x.md.swp}, Emacs'
     * {@code .#x.md}, {@code .DS_Store}), backups ({@code x.md~}), Emacs' {@code #x.md#}, Vim's
     * {@code 4913} write test and {@code .tmp}/{@code .swp} files. The build skips hidden files too.
     */
    public static boolean scratch(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || lower.endsWith("~") || (lower.startsWith("#") && lower.endsWith("#"))
                || lower.equals("4913") || lower.endsWith(".swp") || lower.endsWith(".swx") || lower.endsWith(".tmp");
    }

    /** Whether every change is a stylesheet in {@code static/}: open pages can swap it without reloading. */
    public static boolean stylesheetsOnly(Collection<Path> changed) {
        return !changed.isEmpty() && changed.stream().allMatch(path -> of(path).filter(kind -> kind == STATIC).isPresent()
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".css"));
    }
}
