package org.dateline.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.config.SiteConfig;
import org.dateline.diag.DatelineException;
import org.dateline.diag.LineIndex;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceScanner;
import org.dateline.parse.Slugs;

/**
 * {@code dateline new}: writes {@code content/<section>/<slug>.md} with complete front matter and
 * {@code draft: true}, dated now in the site's time zone. A site's {@code templates/archetypes/<section>.md}
 * or {@code templates/archetype.md} replaces the scaffold; its {@code {{ title }}}, {@code {{ date }}},
 * {@code {{ section }}}, {@code {{ authors }}}, {@code {{ tags }}} and {@code {{ slug }}} are replaced by
 * YAML values. An existing file is never overwritten.
 */
public final class ArticleScaffold {

    static final String ARCHETYPE = "archetype.md";
    static final String ARCHETYPES = "archetypes";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

    private final SiteConfig config;
    private final ArticleFiles files;

    public ArticleScaffold(SiteConfig config, ArticleFiles files) {
        this.config = config;
        this.files = files;
    }

    /** Writes the article; returns its path relative to the site folder, with {@code /}. */
    public String create(NewArticle request) {
        SourceScanner.expectSiteFolder(request.site());
        String slug = Slugs.slugify(request.title());
        if (slug.isEmpty()) {
            throw DatelineException.at(SourcePosition.of(""), "the headline \"" + request.title()
                    + "\" has no letters or digits to make a file name from", "write the headline in words");
        }
        String sectionSlug = Slugs.slugify(request.section());
        if (!request.section().isBlank() && sectionSlug.isEmpty()) {
            throw DatelineException.at(SourcePosition.of(""), "the section \"" + request.section()
                    + "\" has no letters or digits to make a folder name from", "name the section in words");
        }
        String relPath = SourceScanner.CONTENT_DIR + "/" + (sectionSlug.isEmpty() ? "" : sectionSlug + "/") + slug + ".md";
        OffsetDateTime now = OffsetDateTime.now(request.clock().withZone(config.timeZone()));
        Map<String, String> values = Map.of(
                "title", FrontMatterWriter.quote(request.title().strip()),
                "date", FrontMatterWriter.date(now),
                "section", FrontMatterWriter.quote(request.section().strip()),
                "authors", FrontMatterWriter.list(request.authors()),
                "tags", FrontMatterWriter.list(request.tags()),
                "slug", slug);
        String text = archetype(request.site(), sectionSlug)
                .map(archetype -> fill(archetype, values))
                .orElseGet(() -> scaffold(values));
        files.createNew(request.site(), relPath, text);
        return relPath;
    }

    private static String scaffold(Map<String, String> values) {
        return new FrontMatterWriter()
                .raw("title", values.get("title"))
                .raw("date", values.get("date"))
                .raw("authors", values.get("authors"))
                .raw("section", values.get("section"))
                .raw("tags", values.get("tags"))
                .raw("source", "\"\"")
                .comment("description: one or two sentences for listings, feeds and search results (at most 160 characters)")
                .raw("description", "\"\"")
                .raw("draft", "true")
                .finish("\nWrite the story here. Remove `draft: true` above when it is ready to publish.\n");
    }

    private record Archetype(String relPath, String text) {
    }

    private static java.util.Optional<Archetype> archetype(Path site, String sectionSlug) {
        Path templates = site.resolve(SourceScanner.TEMPLATES_DIR);
        for (String name : sectionSlug.isEmpty() ? new String[] {ARCHETYPE}
                : new String[] {ARCHETYPES + "/" + sectionSlug + ".md", ARCHETYPE}) {
            Path file = templates.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    return java.util.Optional.of(new Archetype(SourceScanner.TEMPLATES_DIR + "/" + name,
                            text.startsWith("\uFEFF") ? text.substring(1) : text));
                } catch (IOException e) {
                    throw new DatelineException(org.dateline.diag.Problem.error(
                            SourcePosition.of(SourceScanner.TEMPLATES_DIR + "/" + name),
                            "cannot read the archetype: " + e.getMessage(), "check the file is UTF-8 and readable"), e);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String fill(Archetype archetype, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(archetype.text());
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw DatelineException.at(new LineIndex(archetype.text()).position(archetype.relPath(),
                        placeholder.start()), "unknown placeholder `" + placeholder.group() + "` in the archetype",
                        "use {{ title }}, {{ date }}, {{ section }}, {{ authors }}, {{ tags }} or {{ slug }}");
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
