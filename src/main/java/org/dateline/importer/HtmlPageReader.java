package org.dateline.importer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page or a legacy CMS's HTML file as an article: metadata from Schema.org JSON-LD,
 * Open Graph and {@code article:} meta tags, {@code <time>} and byline elements; the body from the
 * {@code <article>} (else {@code articleBody}, {@code <main>}, {@code <body>}) without navigation,
 * ads, share buttons, newsletters, related stories and scripts.
 */
final class HtmlPageReader {

    /** Page furniture removed from the body before it is converted. */
    static final String FURNITURE = "script, style, noscript, template, nav, aside, footer, form, button, svg,"
            + " header, [role=navigation], [role=complementary], [aria-hidden=true], .share, .sharing, .social,"
            + " .social-share, .newsletter, .signup, .subscribe, .related, .related-stories, .read-more, .more-stories,"
            + " .ad, .ads, .advert, .advertisement, [class*=advert], [id*=advert], .promo, .sponsored, .comments,"
            + " .tags, .breadcrumb, .byline, [rel=author], [itemprop=author], .author";
    private static final String BYLINE = "[itemprop=author] [itemprop=name], [itemprop=author], .byline, [rel=author],"
            + " .author-name, .author";

    /** Larger saved pages are refused: no article is this big, and jsoup holds the whole tree. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final ImportDates dates;
    private final HtmlToMarkdown markdown;

    HtmlPageReader(ImportDates dates, HtmlToMarkdown markdown) {
        this.dates = dates;
        this.markdown = markdown;
    }

    ImportedArticle read(Path file, String shownPath, String section, List<Problem> warnings) {
        Document page;
        try {
            if (java.nio.file.Files.size(file) > MAX_BYTES) {
                throw DatelineException.at(SourcePosition.of(shownPath), "page is " + java.nio.file.Files.size(file)
                        + " bytes, over the import limit of " + MAX_BYTES + " bytes", "save the page without embedded media");
            }
            page = Jsoup.parse(file.toFile(), null);
        } catch (IOException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(shownPath), "cannot read the page: "
                    + e.getMessage(), "check the file exists and is readable"), e);
        }
        SourcePosition origin = SourcePosition.of(shownPath);
        Map<String, Object> ld = page.select("script[type=application/ld+json]").stream()
                .map(script -> JsonLd.article(script.data())).flatMap(Optional::stream).findFirst().orElse(Map.of());
        List<String> todos = new ArrayList<>();

        String title = first(JsonLd.texts(ld.get("headline")), meta(page, "og:title"), text(page.selectFirst("h1")),
                page.title());
        List<String> authors = authors(page, ld);
        Optional<OffsetDateTime> date = date(first(JsonLd.texts(ld.get("datePublished")),
                meta(page, "article:published_time"), attr(page.selectFirst("time[datetime]"), "datetime")));
        Optional<OffsetDateTime> updated = date(first(JsonLd.texts(ld.get("dateModified")),
                meta(page, "article:modified_time")));
        String description = first(JsonLd.texts(ld.get("description")), meta(page, "description"),
                meta(page, "og:description"));
        String source = first(JsonLd.texts(ld.get("sourceOrganization")), meta(page, "syndication-source"),
                meta(page, "original-source"));
        String chosenSection = !section.isEmpty() ? section
                : first(JsonLd.texts(ld.get("articleSection")), meta(page, "article:section"));
        Set<String> tags = new LinkedHashSet<>();
        page.select("meta[property=article:tag]").forEach(tag -> tags.add(tag.attr("content").strip()));
        JsonLd.texts(ld.get("keywords")).forEach(value -> split(value, tags));
        split(meta(page, "keywords"), tags);
        tags.remove("");

        String canonical = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
        String oldPath = path(canonical);
        if (title.isEmpty()) {
            todos.add("no headline found: write `title:`");
            warnings.add(Problem.warning(origin, "no headline found (no og:title, <h1> or <title>)",
                    "write one as `title:`"));
        }
        if (authors.isEmpty()) {
            todos.add("no author found");
            warnings.add(Problem.warning(origin, "no author found (no JSON-LD author, author meta tag or byline)",
                    "add `author:` or leave the article without a byline"));
        }
        if (date.isEmpty()) {
            todos.add("no date found: add `date:`");
            warnings.add(Problem.warning(origin, "no publication date found (no JSON-LD datePublished,"
                    + " article:published_time or <time datetime>)", "add `date:`; the build refuses an article without one"));
        }
        String slug = slug(oldPath, file, title);
        Element body = body(page);
        String bodyMarkdown = markdown.convert(body);
        return new ImportedArticle(false, title.isEmpty() ? slug : title, date, updated.filter(u -> date.isEmpty()
                || !u.isBefore(date.get())), authors, chosenSection, List.copyOf(tags), description, source, slug,
                false, oldPath.isEmpty() ? List.of() : List.of(oldPath), todos, bodyMarkdown, origin);
    }

    private List<String> authors(Document page, Map<String, Object> ld) {
        Set<String> names = new LinkedHashSet<>(JsonLd.texts(ld.get("author")));
        if (names.isEmpty()) {
            page.select("meta[name=author]").forEach(meta -> names.addAll(splitNames(meta.attr("content"))));
        }
        if (names.isEmpty()) {
            page.select("meta[property=article:author]").stream().map(meta -> meta.attr("content").strip())
                    .filter(name -> !name.contains("://")).forEach(name -> names.addAll(splitNames(name)));
        }
        if (names.isEmpty()) {
            Element byline = page.selectFirst(BYLINE);
            if (byline != null) {
                names.addAll(splitNames(byline.text().replaceFirst("(?i)^\\s*by\\s+", "")));
            }
        }
        names.remove("");
        return List.copyOf(names);
    }

    private static List<String> splitNames(String text) {
        List<String> names = new ArrayList<>();
        for (String name : text.split("\\s*(?:,|\\band\\b|&)\\s*")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private Element body(Document page) {
        Element article = page.selectFirst("article");
        if (article == null) {
            article = page.selectFirst("[itemprop=articleBody], main, [role=main]");
        }
        Element body = (article == null ? page.body() : article).clone();
        body.select(FURNITURE).remove();
        body.select("h1").remove();
        for (Element time : body.select("time")) {
            Element parent = time.parent();
            if (parent != null && parent != body && !parent.text().replace(time.text(), "").matches(".*[\\p{L}\\p{N}].*")) {
                parent.remove();
            }
        }
        return body;
    }

    private Optional<OffsetDateTime> date(String text) {
        return text.isEmpty() ? Optional.empty() : dates.parse(text);
    }

    private static String slug(String oldPath, Path file, String title) {
        String[] segments = oldPath.split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1].replaceFirst("\\.html?$", "");
        for (String candidate : new String[] {last, file.getFileName().toString().replaceFirst("(?i)\\.html?$", ""),
                title}) {
            String slug = Slugs.slugify(candidate);
            if (!slug.isEmpty() && !slug.equals("index")) {
                return slug;
            }
        }
        return "untitled";
    }

    /** The path of an absolute URL, e.g. {@code /2024/05/01/polls/}; "" when there is none. */
    static String path(String url) {
        try {
            URI uri = URI.create(url.strip());
            String path = uri.getRawPath();
            return uri.getScheme() != null && path != null && path.length() > 1 && uri.getRawQuery() == null ? path : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void split(String text, Set<String> into) {
        for (String part : text.split(",")) {
            into.add(part.strip());
        }
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null ? "" : meta.attr("content").strip();
    }

    private static String text(Element element) {
        return element == null ? "" : element.text().strip();
    }

    private static String attr(Element element, String attribute) {
        return element == null ? "" : element.attr(attribute).strip();
    }

    private static String first(Object... candidates) {
        for (Object candidate : candidates) {
            if (candidate instanceof List<?> list && !list.isEmpty()) {
                return String.valueOf(list.get(0));
            }
            if (candidate instanceof String text && !text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }
}
