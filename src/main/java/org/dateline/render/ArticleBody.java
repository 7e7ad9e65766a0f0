package org.dateline.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An article's rendered body by reference: what determines its text (its {@link #key}) and a way to
 * read the text when a page shows it. The engine keeps one for every article for the whole build,
 * but the text only while a page that shows it is rendered: the article's own page, a full-content
 * feed. So memory grows with the number of articles, not with the size of their bodies.
 *
 * <p>Two bodies with equal keys have equal text. Templates read the text as a string ({@code
 * article.body}): it is a {@link Supplier}, which the template engine reads when a template reads it.
 */
public final class ArticleBody implements Supplier<String> {

    /** Reads a stored body's text; may re-render the article when the stored copy is damaged. */
    @FunctionalInterface
    public interface Loader {
        String load();

        /**
         * The text's UTF-8 bytes, read anew, when this loader keeps them as bytes (a body in the scratch
         * file); null when it keeps text, which {@link #load} then reads.
         */
        default byte[] loadUtf8() {
            return null;
        }
    }

    private volatile String key; // of a body in memory: its text's digest, made when first asked for
    private final Loader loader;

    /**
     * @param key what determines the text, for the keys of the pages that show it (the article's
     *     cache key, say), never the text itself
     */
    public ArticleBody(String key, Loader loader) {
        this.key = Objects.requireNonNull(key, "key");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    private ArticleBody(Loader loader) {
        this.loader = loader;
    }

    /** A body held in memory, keyed by a digest of its text. */
    public static ArticleBody of(String html) {
        Objects.requireNonNull(html, "html");
        return new ArticleBody(() -> html);
    }

    /** What determines the text: equal keys, equal text. */
    public String key() {
        String known = key;
        if (known == null) {
            known = "sha256:" + sha256(loader.load());
            key = known;
        }
        return known;
    }

    /** The body as an HTML fragment, ready to be inserted unescaped; read anew on each call. */
    public String html() {
        return loader.load();
    }

    /**
     * The text's UTF-8 bytes, read anew on each call, when the body is kept as bytes; null when it is kept as text.
     * A page can then take the bytes as they are rather than encode the text again (see TemplateEngine).
     */
    public byte[] utf8() {
        return loader.loadUtf8();
    }

    /** The text, as {@link #html()}: what a template reads. */
    @Override
    public String get() {
        return html();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleBody body && body.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    /** The key, not the text: printing a body by mistake reads nothing. */
    @Override
    public String toString() {
        return "ArticleBody[" + key() + "]";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
