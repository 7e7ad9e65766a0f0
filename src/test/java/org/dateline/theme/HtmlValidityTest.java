package org.dateline.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.dateline.testing.RenderedSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker, in-process, finds no error on any page of the example site (with the messy
 * fixture article); its warnings are listed in the test log.
 */
class HtmlValidityTest {

    @TempDir
    static Path tmp;
    static RenderedSite site;

    @BeforeAll
    static void build() {
        site = ThemeSite.build(tmp);
    }

    @Test
    void everyPageOfTheExampleSiteIsValidHtml() throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site.output())) {
            pages = walk.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 40, "only " + pages.size() + " pages");
        Messages messages = new Messages();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, messages);
        validator.setUpValidatorAndParsers(messages, true, false);
        for (Path page : pages) {
            messages.page = site.output().relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        messages.warnings.forEach(warning -> System.out.println("Nu checker warning: " + warning));
        assertEquals(List.of(), messages.errors);
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        Path page = tmp.resolve("invalid.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><title>x</title><p><div>block in p</p></div>",
                java.nio.charset.StandardCharsets.UTF_8);
        Messages messages = new Messages();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, messages);
        validator.setUpValidatorAndParsers(messages, true, false);
        messages.page = "invalid.html";
        validator.checkHtmlFile(page.toFile(), true);
        assertTrue(messages.errors.size() >= 1, messages.errors::toString);
    }

    /** Collects the checker's messages as {@code page:line:column: text}. */
    private static final class Messages implements ErrorHandler {
        String page = "";
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e));
        }

        private String format(SAXParseException e) {
            return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
