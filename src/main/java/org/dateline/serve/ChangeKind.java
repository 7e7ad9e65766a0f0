package org.dateline.serve;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * What a changed file is to the site, by where it lies (Zola's {@code ChangeKind}). Files the
 * build never reads, and the scratch files editors write while saving, are no change at all.
 */
enum ChangeKind {
    CONTENT, TEMPLATE, STATIC, DATA, CONFIG;

    /** The site file every site may have at its root. */
    static final String CONFIG_FILE = "site.yaml";

    /** The kind of {@code relative} (a path inside the site folder), or empty when no rebuild needs it. */
    static Optional<ChangeKind> of(Path relative) {
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
            case "content":
                return Optional.of(CONTENT);
            case "templates":
                return Optional.of(TEMPLATE);
            case "static":
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
    static boolean scratch(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || lower.endsWith("~") || (lower.startsWith("#") && lower.endsWith("#"))
                || lower.equals("4913") || lower.endsWith(".swp") || lower.endsWith(".swx") || lower.endsWith(".tmp");
    }

    /** Whether every change is a stylesheet in {@code static/}: open pages can swap it without reloading. */
    static boolean stylesheetsOnly(Collection<Path> changed) {
        return !changed.isEmpty() && changed.stream().allMatch(path -> of(path).filter(kind -> kind == STATIC).isPresent()
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".css"));
    }
}
