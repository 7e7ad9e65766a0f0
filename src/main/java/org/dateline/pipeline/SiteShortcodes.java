package org.dateline.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.parse.ShortcodeTemplates;
import org.dateline.template.TemplateEngine;

/**
 * A site's shortcodes, {@code templates/shortcodes/NAME.peb}, rendered with autoescaping: the template
 * gets {@code name}, {@code args} (the named arguments), {@code positional} (a list) and {@code inner}
 * (the text between opening and closing tag, "" when there is none), all escaped unless the template
 * says {@code | raw}. Its output is sanitised with the article.
 */
final class SiteShortcodes implements ShortcodeTemplates {

    static final String FOLDER = "shortcodes/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][\\w-]{0,63}");

    private final Path templatesDir;
    private final TemplateEngine engine;

    SiteShortcodes(Path templatesDir, TemplateEngine engine) {
        this.templatesDir = templatesDir;
        this.engine = engine;
    }

    @Override
    public boolean has(String name) {
        return NAME.matcher(name).matches() && Files.isRegularFile(templatesDir.resolve(FOLDER + name + ".peb"));
    }

    @Override
    public String render(String name, Map<String, String> named, List<String> positional, String inner) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("name", name);
        context.put("args", named);
        context.put("positional", positional);
        context.put("inner", inner.strip());
        return engine.render(FOLDER + name + ".peb", context);
    }
}
