package org.dateline.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.config.YamlFields;
import org.dateline.config.YamlNode;
import org.dateline.config.YamlReader;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;

/**
 * Reads the optional {@code data/authors.yaml}: a mapping from an author's name or slug to
 * {@code name} (the byline to show when articles name the key, as Hugo and Jekyll sites do), {@code role}, {@code bio}, {@code photo} and {@code links} (a mapping of label to URL). Every
 * mistake in the file is collected with its position; the entries without one are still used.
 */
public final class AuthorData {

    public static final String FILE = "data/authors.yaml";
    static final List<String> KEYS = List.of("name", "role", "bio", "photo", "links");
    private static final int MAX_CODE_POINTS = 1024 * 1024;

    private final YamlReader yaml = new YamlReader(MAX_CODE_POINTS);
    private final SiteFileReader files;

    /** @param maxFileBytes a larger file is refused before it is read ({@code max_file_size}) */
    public AuthorData(long maxFileBytes) {
        this.files = new SiteFileReader(maxFileBytes);
    }

    /** The profiles of {@code siteRoot/data/authors.yaml} in file order; none when there is no such file. */
    public List<AuthorProfile> read(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            String text = files.read(SiteFileReader.realRoot(siteRoot), file, FILE, "data/",
                    "shorten it, or raise `max_file_size` in site.yaml");
            return profiles(yaml.read(text, FILE, 1), problems);
        } catch (DatelineException e) {
            problems.addAll(e.problems());
        }
        return List.of();
    }

    private static List<AuthorProfile> profiles(YamlNode root, Problems problems) {
        List<AuthorProfile> profiles = new ArrayList<>();
        if (YamlFields.isNull(root)) {
            return profiles;
        }
        YamlNode.Mapping authors = YamlFields.mapping("authors", root);
        for (YamlNode.Entry entry : authors.entries().values()) {
            try {
                profiles.add(profile(entry, problems));
            } catch (DatelineException e) {
                problems.addAll(e.problems());
            }
        }
        return profiles;
    }

    private static AuthorProfile profile(YamlNode.Entry entry, Problems problems) {
        if (entry.key().isBlank()) {
            throw DatelineException.at(entry.keyPosition(), "an author entry has an empty name",
                    "key each entry by the author's name or slug, e.g. `Selin Atay:`");
        }
        if (YamlFields.isNull(entry.value())) {
            return new AuthorProfile(entry.key().strip(), entry.keyPosition(), "", "", "", "", List.of());
        }
        YamlNode.Mapping fields = YamlFields.mapping(entry.key(), entry.value());
        for (YamlNode.Entry field : fields.entries().values()) {
            if (!KEYS.contains(field.key())) {
                problems.add(Problem.warning(field.keyPosition(), "unknown key `" + field.key() + "` for author \""
                        + entry.key() + "\" is ignored", "use " + String.join(", ", KEYS)));
            }
        }
        String name = text(fields, "name");
        String role = text(fields, "role");
        String bio = text(fields, "bio");
        String photo = text(fields, "photo");
        if (!photo.isEmpty()) {
            checkUrl("photo", photo, fields.find("photo").get().value().position(), false);
        }
        List<AuthorProfile.Link> links = new ArrayList<>();
        fields.find("links").filter(e -> !YamlFields.isNull(e.value())).ifPresent(e -> {
            for (YamlNode.Entry link : YamlFields.mapping("links", e.value()).entries().values()) {
                String url = YamlFields.text("links." + link.key(), link.value()).strip();
                checkUrl("links." + link.key(), url, link.value().position(), true);
                links.add(new AuthorProfile.Link(link.key().strip(), url));
            }
        });
        return new AuthorProfile(entry.key().strip(), entry.keyPosition(), name, role, bio, photo, links);
    }

    private static String text(YamlNode.Mapping fields, String key) {
        return fields.find(key).filter(e -> !YamlFields.isNull(e.value()))
                .map(e -> YamlFields.text(key, e.value()).strip()).orElse("");
    }

    /** A site path ({@code /images/x.jpg}), an http(s) URL, or for links also {@code mailto:}. */
    private static void checkUrl(String key, String url, SourcePosition position, boolean mail) {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean ok = (url.startsWith("/") && !url.startsWith("//")) || lower.startsWith("https://")
                || lower.startsWith("http://") || (mail && lower.startsWith("mailto:"));
        if (!ok || url.chars().anyMatch(c -> c <= ' ')) {
            throw DatelineException.at(position, "`" + key + "` is not a site path or web address: \"" + url + "\"",
                    mail ? "write e.g. https://example.com/me, mailto:me@example.com or /about/"
                            : "write e.g. /images/portrait.jpg or https://example.com/portrait.jpg");
        }
    }
}
