package org.dateline.template;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a view record whose reads a render notes ({@link TemplateEngine#watching}): a value
 * that changes often and that few templates print, such as the number of articles in an archive month, which
 * every page's navigation holds and the bundled theme shows only on archive pages. A build keys a page by
 * such a value only when the page's last render read it, so a new article re-renders the pages that show the
 * count, not every page that could. The record's {@code toString} must not print the component (a template
 * printing the record would read it unnoticed).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Watched {
}
