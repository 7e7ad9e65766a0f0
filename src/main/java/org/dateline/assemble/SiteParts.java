package org.dateline.assemble;

import java.util.ArrayList;
import java.util.List;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problems;
import org.dateline.load.AuthorProfile;

/**
 * A site put together from parts an earlier {@link SiteAssembler#assemble} gave, as a fresh start
 * records them: the articles already placed, ordered and grouped. Only the author profiles are
 * matched again, as {@code data/authors.yaml} is read anew by every build.
 */
public final class SiteParts {

    private SiteParts() {
    }

    /**
     * The site of these parts, each as {@link Site} holds it; the problems of matching the profiles go
     * to {@code problems}, as assembling reports them.
     */
    public static Site site(SiteConfig config, List<Article> articles, List<Article> expired, List<Group> sections,
                            List<Group> authors, List<Group> tags, List<AuthorProfile> profiles, List<Article> pages,
                            Problems problems) {
        List<Article> placed = new ArrayList<>(articles.size() + expired.size());
        placed.addAll(articles);
        placed.addAll(expired);
        return new Site(config, new Urls(config), articles, expired, sections, authors, tags,
                AuthorProfiles.match(profiles, placed, problems), pages);
    }
}
