package io.manifesto.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.TreeMap;

/**
 * Makes object nodes whose fields are kept sorted by key ({@link TreeMap}), so that a tree read through it is in
 * canonical order as it is built, and canonicalisation only prunes, instead of copying every map into a sorted one.
 */
final class SortedNodeFactory extends JsonNodeFactory {

    private static final long serialVersionUID = 1L;

    /** The one instance; the factory holds no state. */
    static final SortedNodeFactory INSTANCE = new SortedNodeFactory();

    private SortedNodeFactory() {
        super(false);
    }

    @Override
    public ObjectNode objectNode() {
        return new ObjectNode(this, new TreeMap<>());
    }
}
