package org.dateline.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.DefaultAttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.util.function.Supplier;

/**
 * Attributes as Pebble finds them, except that a {@link Supplier} (an article's body, held by
 * reference until a page shows it) is read there: a template sees its value, a string like any other.
 */
final class SuppliedValues implements AttributeResolver {

    private final DefaultAttributeResolver members = new DefaultAttributeResolver();

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] arguments, ArgumentsNode args,
                                     EvaluationContextImpl context, String filename, int lineNumber) {
        ResolvedAttribute found = members.resolve(instance, attributeName, arguments, args, context, filename,
                lineNumber);
        if (found != null && found.evaluatedValue instanceof Supplier<?> supplier) {
            return new ResolvedAttribute(supplier.get());
        }
        return found;
    }
}
