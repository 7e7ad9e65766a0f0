package org.dateline.assemble;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.load.AuthorData;
import org.dateline.load.AuthorProfile;
import org.dateline.parse.Slugs;

/**
 * Matches {@code data/authors.yaml} entries to bylines by slug, so an entry may be keyed by the
 * name ({@code Zoë Ångström}) or the slug ({@code zoe-angstrom}). Two entries for one author are an
 * error naming both lines; an entry that matches no byline is a warning, as it is most likely misspelt.
 */
final class AuthorProfiles {

    private AuthorProfiles() {
    }

    /** The profiles by author slug; {@code articles} are every article with a page. */
    static Map<String, AuthorProfile> match(List<AuthorProfile> profiles, List<Article> articles, Problems problems) {
        if (profiles.isEmpty()) {
            return Map.of(); // no file, or an empty one: nothing to match, and no byline need be slugified
        }
        Set<String> bylines = new HashSet<>();
        articles.forEach(article -> article.content().meta().authors().forEach(name -> bylines.add(Slugs.slugify(name))));
        Map<String, AuthorProfile> bySlug = new HashMap<>();
        for (AuthorProfile profile : profiles) {
            String slug = Slugs.slugify(profile.displayName());
            AuthorProfile earlier = bySlug.get(slug);
            if (slug.isEmpty()) {
                problems.add(Problem.error(profile.position(), "author \"" + profile.key()
                        + "\" has no letters or digits to make a URL from", "key the entry by the author's name"));
            } else if (earlier != null) {
                problems.add(Problem.error(profile.position(), "\"" + profile.key() + "\" and \"" + earlier.key()
                        + "\" (line " + earlier.position().line() + ") are the same author, " + slug,
                        "keep one of the two entries"));
            } else {
                bySlug.put(slug, profile);
                if (!bylines.contains(slug)) {
                    problems.add(Problem.warning(profile.position(), "no published article is by \"" + profile.key()
                            + "\"", "check the spelling against the bylines; " + AuthorData.FILE
                            + " is keyed by author names or slugs"));
                }
            }
        }
        return bySlug;
    }
}
