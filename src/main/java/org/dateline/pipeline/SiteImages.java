package org.dateline.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.assemble.Article;
import org.dateline.assemble.Site;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.image.ImageSizer;
import org.dateline.load.AuthorProfile;
import org.dateline.parse.LeadImage;

/**
 * The site's local images as the build needs them: an author photo that is broken or too large is
 * an error at its entry in data/authors.yaml, and every image the site shows is registered with the
 * {@link ImageSizer} so that its resized copies are made, also for articles taken from the cache and
 * pages not rendered again (their rendering would have registered them).
 */
final class SiteImages {

    private static final Pattern IMG_SRC = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]*)\"");

    private SiteImages() {
    }

    static void checkPhotos(List<AuthorProfile> profiles, ImageSizer images, Problems problems) {
        for (AuthorProfile profile : profiles) {
            try {
                images.inspect(profile.photo());
            } catch (DatelineException e) {
                e.problems().forEach(problem -> problems.add(Problem.error(profile.position(),
                        "photo of " + profile.key() + ": " + problem.message(), problem.hint().orElse(null))));
            }
        }
    }

    /** The {@code src} of every image in a rendered body, as written there (with the base path). */
    static List<String> inBody(String bodyHtml) {
        if (!bodyHtml.contains("<img")) {
            return List.of(); // most bodies: one quick scan instead of the expression tried at every character
        }
        List<String> found = new java.util.ArrayList<>();
        Matcher src = IMG_SRC.matcher(bodyHtml);
        while (src.find()) {
            found.add(src.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    /**
     * Registers each lead image and each image in an article's body.
     *
     * @param bodyImages by article source path, the images of its body as {@link #inBody} found them
     */
    static void register(Site site, Map<String, List<String>> bodyImages, ImageSizer images, String basePath) {
        for (Article article : site.allArticles()) {
            register(article, bodyImages, images, basePath);
        }
        for (Article article : site.pages()) {
            register(article, bodyImages, images, basePath);
        }
    }

    // one article a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static void register(Article article, Map<String, List<String>> bodyImages, ImageSizer images,
                                 String basePath) {
        Optional<LeadImage> lead = article.content().meta().image();
        if (lead.isPresent()) {
            quietly(images, lead.get().src());
        }
        if (bodyImages.isEmpty()) {
            return; // the stage keeps only articles with images in their bodies: most sites' cached ones have none
        }
        for (String url : bodyImages.getOrDefault(article.file(), List.of())) {
            quietly(images, !basePath.isEmpty() && url.startsWith(basePath + "/") ? url.substring(basePath.length()) : url);
        }
    }

    /** A broken image was reported when its article was rendered; a cached article had none. */
    private static void quietly(ImageSizer images, String url) {
        try {
            images.inspect(url);
        } catch (DatelineException e) {
            // reported where the article that shows it was rendered
        }
    }
}
