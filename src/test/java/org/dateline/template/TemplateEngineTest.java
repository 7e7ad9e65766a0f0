package org.dateline.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

    @TempDir
    Path site;

    private Path templates() {
        return site.resolve("templates");
    }

    private void write(String name, String text) {
        try {
            Path file = templates().resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Problem failure(String name, Map<String, Object> context) {
        TemplateEngine engine = new TemplateEngine(templates());
        DatelineException e = assertThrows(DatelineException.class, () -> engine.render(name, context));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @Test
    void aSiteTemplateOverridesTheBundledOneOfTheSameName() {
        Map<String, Object> robots = Map.of("sitemap", "", "edition", "morning");
        String bundled = new TemplateEngine(templates()).render("robots.txt.peb", robots);
        write("robots.txt.peb", "# {{ edition }} edition");
        assertEquals("# morning edition", new TemplateEngine(templates()).render("robots.txt.peb", robots));
        assertNotEquals(bundled, new TemplateEngine(templates()).render("robots.txt.peb", robots));
    }

    @Test
    void aSiteTemplateCanIncludeABundledOne() {
        write("page.peb", "[{% include \"robots.txt.peb\" %}]");
        String bundled = new TemplateEngine(templates()).render("robots.txt.peb", Map.of("sitemap", ""));
        assertEquals("[" + bundled + "]", new TemplateEngine(templates()).render("page.peb", Map.of("sitemap", "")));
    }

    @Test
    void namesStartingWithADotAreRelativeToTheTemplateThatNamesThem() {
        write("parts/card.peb", "<{% include \"./line.peb\" %}|{% include \"../top.peb\" %}|{% include \"line.peb\" %}>");
        write("parts/line.peb", "part line");
        write("line.peb", "top line");
        write("top.peb", "top");
        write(".hidden.peb", "dot file");
        write("page.peb", "{% include \"parts/card.peb\" %} {% include \".hidden.peb\" %}");
        assertEquals("<part line|top|top line> dot file", new TemplateEngine(templates()).render("page.peb", Map.of()));
    }

    @Test
    void anUnknownTemplateIsAnErrorNamingIt() {
        assertEquals("error: templates/nothere.peb: template `nothere.peb` not found (hint: add templates/nothere.peb"
                + " or fix the name in the template that refers to it)", failure("nothere.peb", Map.of()).format());
    }

    @Test
    void anIncludedUnknownTemplateIsAnErrorAtTheInclude() {
        write("article.peb", "<article>\n  {% include \"partials/missing.peb\" %}\n</article>\n");
        assertEquals("error: templates/article.peb:2:14: template `partials/missing.peb` not found (hint: add"
                + " templates/partials/missing.peb or fix the name in the template that refers to it)",
                failure("article.peb", Map.of()).format());
    }

    @Test
    void anExtendedUnknownTemplateIsAnErrorAtTheExtends() {
        write("article.peb", "{# the page #}\n{% extends 'layout.peb' %}\n");
        assertEquals("error: templates/article.peb:2:12: template `layout.peb` not found (hint: add templates/layout.peb"
                + " or fix the name in the template that refers to it)", failure("article.peb", Map.of()).format());
    }

    @Test
    void anUnknownTemplateIncludedFromAnotherSiteTemplateIsFoundThere() {
        write("article.peb", "{% include \"partials/box.peb\" %}\n");
        write("partials/box.peb", "<div>\n\n{% include \"ad.peb\" %}</div>\n");
        assertEquals("error: templates/partials/box.peb:3:12: template `ad.peb` not found (hint: add templates/ad.peb"
                + " or fix the name in the template that refers to it)", failure("article.peb", Map.of()).format());
    }

    @Test
    void aSyntaxErrorNamesTheTemplateAndLine() {
        write("article.peb", "<h1>{{ article.title }}</h1>\n<p>\n{% if %}\n");
        assertEquals("error: templates/article.peb:3: template error: Unexpected token \"EXECUTE_END\" of value \"%}\""
                + " (hint: see the Pebble syntax at pebbletemplates.io)", failure("article.peb", Map.of()).format());
    }

    @Test
    void aSyntaxErrorInAnIncludedTemplateNamesThatTemplate() {
        write("article.peb", "{% include \"byline.peb\" %}\n");
        write("byline.peb", "ok\n{{ name | }}\n");
        assertEquals("templates/byline.peb:2", failure("article.peb", Map.of("name", "A")).position().toString());
    }

    @Test
    void aMisspeltVariableIsAnErrorNotABlank() {
        write("article.peb", "<h1>{{ article.title }}</h1>\n<p>{{ artcle.standfirst }}</p>\n");
        assertEquals("error: templates/article.peb:2:7: template variable `artcle` does not exist (hint: did you mean"
                + " `article`?)", failure("article.peb", Map.of("article", Map.of("title", "T"))).format());
    }

    @Test
    void aMisspeltAttributeIsAnErrorNotABlank() {
        write("article.peb", "\n\n{{ page.titel }}\n");
        Problem problem = failure("article.peb", Map.of("page", new Page("T")));
        assertEquals("templates/article.peb:3:4", problem.position().toString());
        assertEquals("template variable `page.titel` does not exist", problem.message());
        assertEquals(Optional.of("did you mean `page.title`?"), problem.hint());
    }

    @Test
    void aMisspeltAttributeOfALoopVariableSuggestsTheItemsAttribute() {
        write("list.peb", "{% for story in site.stories %}\n  <li>{{ story.headline }}</li>\n{% endfor %}\n");
        Problem problem = failure("list.peb", Map.of("site", Map.of("stories", List.of(new Story("T", "/t/")))));
        assertEquals("error: templates/list.peb:2:10: template variable `story.headline` does not exist (hint: check"
                + " the spelling against the template variables in README.md)", problem.format());
        write("list.peb", "{% for story in site.stories %}\n  <li>{{ story.titel }}</li>\n{% endfor %}\n");
        assertEquals(Optional.of("did you mean `story.title`?"),
                failure("list.peb", Map.of("site", Map.of("stories", List.of(new Story("T", "/t/"))))).hint());
    }

    @Test
    void aFarOffNameGetsNoGuess() {
        write("article.peb", "{{ zzz }}\n");
        assertEquals("error: templates/article.peb:1:4: template variable `zzz` does not exist (hint: check the"
                + " spelling against the template variables in README.md)",
                failure("article.peb", Map.of("article", "a", "site", "s")).format());
    }

    @Test
    void noJavaClassNameReachesTheUser() {
        write("article.peb", "{{ page.getClass() }}\n");
        Problem problem = failure("article.peb", Map.of("page", new Page("T")));
        assertFalse(problem.format().contains("java.") || problem.format().contains("org.dateline"), problem.format());
    }

    /** A stand-in for an item of a list view. */
    record Story(String title, String url) {
    }

    /** A stand-in for a view record. */
    record Page(String title) {
    }

    @Test
    void escapesEveryValueForHtml() {
        write("page.peb", "<p title=\"{{ value }}\">{{ value }}</p>");
        String html = new TemplateEngine(templates()).render("page.peb",
                Map.of("value", "<script>alert('x')</script> & \"quoted\""));
        String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;";
        assertEquals("<p title=\"" + escaped + "\">" + escaped + "</p>", html);
    }

    @Test
    void onlyRawWritesHtmlUnescaped() {
        write("page.peb", "{{ body | raw }}|{{ body }}");
        assertEquals("<p>x</p>|&lt;p&gt;x&lt;/p&gt;",
                new TemplateEngine(templates()).render("page.peb", Map.of("body", "<p>x</p>")));
    }

    @Test
    void templateSyntaxInsideDataIsPrintedNotEvaluated() {
        write("page.peb", "{{ title }}");
        assertEquals("{{ site.title }} {% include &quot;x.peb&quot; %}", new TemplateEngine(templates())
                .render("page.peb", Map.of("title", "{{ site.title }} {% include \"x.peb\" %}", "site", Map.of("title", "S"))));
    }

    @Test
    void rendersTheSameTemplateConcurrently() throws Exception {
        write("page.peb", "{{ n }}");
        TemplateEngine engine = new TemplateEngine(templates());
        List<java.util.concurrent.Callable<String>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            tasks.add(() -> engine.render("page.peb", Map.of("n", n)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                assertEquals(String.valueOf(i), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What a view holds by reference: an article's body until a page shows it. */
    public record Held(java.util.function.Supplier<String> body, String title) {
    }

    @Test
    void aSuppliedAttributeIsReadWhenTheTemplateReadsItAndIsAStringThere() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        Held held = new Held(() -> {
            reads.incrementAndGet();
            return "<p>Body</p>";
        }, "T");
        write("article.peb", "{{ article.title }}|{{ article.body | raw }}|{{ article.body }}|{{ article.body | length }}"
                + "|{{ article.body | upper | raw }}");
        assertEquals("T|<p>Body</p>|&lt;p&gt;Body&lt;/p&gt;|11|<P>BODY</P>",
                new TemplateEngine(templates()).render("article.peb", Map.of("article", held)));
        assertEquals(4, reads.get());
        write("title.peb", "{{ article.title }}");
        new TemplateEngine(templates()).render("title.peb", Map.of("article", held));
        assertEquals(4, reads.get()); // not read by a template that does not show it
    }

    @Test
    void aSuppliedValueKeptAsBytesIsDecodedForTheTemplateAndPrintedAsTheBytes() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<String> body = () -> {
            reads.incrementAndGet();
            return "<p>“B”</p>";
        };
        write("article.peb", "{{ article.body | raw }}|{{ article.body }}|{{ article.body | length }}");
        TemplateEngine engine = new TemplateEngine(templates(),
                value -> value == body ? "<p>“B”</p>".getBytes(StandardCharsets.UTF_8) : null);
        assertEquals("<p>“B”</p>|&lt;p&gt;“B”&lt;/p&gt;|10", new String(engine.renderUtf8("article.peb",
                Map.of("article", new Held(body, "T"))), StandardCharsets.UTF_8));
        assertEquals(0, reads.get()); // read as bytes, each time the template reads it
        assertEquals("<p>“B”</p>|&lt;p&gt;“B”&lt;/p&gt;|10", engine.render("article.peb",
                Map.of("article", new Held(body, "T"))));
        assertEquals(3, reads.get()); // rendered to text: read as text
    }

    /** A record with a getter of the same property, which Pebble 4 tries only after the exact name. */
    public record Shadowed(String title, int count) {
        public String getTitle() {
            return "from the getter";
        }
    }

    @Test
    void aRecordsComponentWinsOverAGetterAsInPebble() {
        write("shadowed.peb", "{{ s.title }}|{{ s.count }}|{{ s.count + 1 }}");
        assertEquals("component|41|42",
                new TemplateEngine(templates()).render("shadowed.peb", Map.of("s", new Shadowed("component", 41))));
    }
}
