package org.dateline.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the article a {@code ref}, {@code relref} or Liquid {@code link} names, as Hugo looks it up:
 * a path from {@code content/} (or from the site folder), a path relative to the linking article's
 * folder, with or without {@code .md}, a bundle's folder, or a file name that only one article has.
 */
final class ArticleRefs {

    private ArticleRefs() {
    }

    static Optional<String> find(List<String> articles, String from, String target) {
        String path = target.strip();
        String folder = from.substring(0, from.lastIndexOf('/') + 1);
        List<String> bases = new ArrayList<>();
        if (path.startsWith("/")) {
            bases.add("content" + path);
            bases.add(path.substring(1));
        } else {
            bases.add(folder + path);
            bases.add("content/" + path);
            bases.add(path);
        }
        for (String base : bases) {
            String clean = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            for (String candidate : List.of(clean, clean + ".md", clean + ".markdown", clean + "/index.md",
                    clean + "/index.markdown")) {
                if (articles.contains(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        List<String> byName = articles.stream().filter(a -> a.endsWith("/" + name) || a.endsWith("/" + name + ".md")
                || a.endsWith("/" + name + "/index.md")).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }
}
