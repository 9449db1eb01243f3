package io.manifesto.render;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * A Jackson generator that builds the tree of what is written to it, node by node: {@link ObjectMapper#valueToTree}
 * without its intermediate {@code TokenBuffer}, which records every token and then reads them all back into a tree
 * (a fifth of a one-app build, measured). The nodes come from the mapper's own {@link JsonNodeFactory}, with the same
 * node type for each kind of value as {@code valueToTree} gives.
 *
 * <p>Whatever a serializer writes that a tree does not hold as a value of its own (raw text, a number given as text,
 * an embedded object) makes {@link #tree} give {@code Optional.empty()}: the caller then converts that object the
 * usual way, so no object ever gets a different tree from this shortcut.
 */
final class TreeGenerator extends GeneratorBase {

    private final JsonNodeFactory nodes;
    private final Deque<ContainerNode<?>> open = new ArrayDeque<>();
    private String field;
    private JsonNode root;
    private boolean unsupported;

    private TreeGenerator(ObjectMapper mapper) {
        super(JsonGenerator.Feature.collectDefaults(), mapper);
        this.nodes = mapper.getNodeFactory();
    }

    /**
     * The tree of {@code value} as {@code mapper} serializes it; empty when a serializer wrote something this
     * generator does not build (see the class comment).
     *
     * @throws IllegalArgumentException when {@code mapper} cannot serialize {@code value}, with Jackson's exception as
     *                                  its cause, as {@code valueToTree} throws
     */
    static Optional<JsonNode> tree(ObjectMapper mapper, Object value) {
        TreeGenerator generator = new TreeGenerator(mapper);
        try {
            mapper.writeValue(generator, value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return generator.unsupported || generator.root == null ? Optional.empty() : Optional.of(generator.root);
    }

    private void add(JsonNode node) {
        _writeContext.writeValue(); // keeps the current name and index that serializers may read
        ContainerNode<?> parent = open.peek();
        if (parent == null) {
            root = node;
        } else if (parent instanceof ObjectNode object) {
            object.set(field, node);
            field = null;
        } else {
            ((ArrayNode) parent).add(node);
        }
    }

    /** Opens a container, keeping the write context that serializers may read as a JSON generator keeps it. */
    private void openContainer(ContainerNode<?> container, Object forValue) {
        add(container);
        open.push(container);
        _writeContext = container.isObject() ? _writeContext.createChildObjectContext(forValue)
                : _writeContext.createChildArrayContext(forValue);
    }

    private void closeContainer() {
        open.pop();
        _writeContext = _writeContext.clearAndGetParent();
    }

    @Override
    public void writeStartArray() {
        openContainer(nodes.arrayNode(), null);
    }

    @Override
    public void writeStartArray(Object forValue, int size) {
        openContainer(nodes.arrayNode(), forValue);
    }

    @Override
    public void writeEndArray() {
        closeContainer();
    }

    @Override
    public void writeStartObject() {
        openContainer(nodes.objectNode(), null);
    }

    @Override
    public void writeStartObject(Object forValue) {
        openContainer(nodes.objectNode(), forValue);
    }

    @Override
    public void writeEndObject() {
        closeContainer();
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        _writeContext.writeFieldName(name);
        field = name;
    }

    @Override
    public void writeString(String text) {
        add(text == null ? nodes.nullNode() : nodes.textNode(text));
    }

    @Override
    public void writeString(char[] text, int offset, int length) {
        add(nodes.textNode(new String(text, offset, length)));
    }

    @Override
    public void writeString(Reader reader, int length) throws IOException {
        int wanted = length < 0 ? Integer.MAX_VALUE : length; // a negative length: all the reader holds
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        int read;
        while (text.length() < wanted
                && (read = reader.read(buffer, 0, Math.min(buffer.length, wanted - text.length()))) >= 0) {
            text.append(buffer, 0, read);
        }
        add(nodes.textNode(text.toString()));
    }

    @Override
    public void writeRawUTF8String(byte[] text, int offset, int length) {
        writeUTF8String(text, offset, length);
    }

    @Override
    public void writeUTF8String(byte[] text, int offset, int length) {
        add(nodes.textNode(new String(text, offset, length, StandardCharsets.UTF_8)));
    }

    @Override
    public void writeBinary(Base64Variant variant, byte[] data, int offset, int length) {
        add(nodes.binaryNode(Arrays.copyOfRange(data, offset, offset + length)));
    }

    @Override
    public int writeBinary(Base64Variant variant, InputStream data, int length) throws IOException {
        byte[] bytes = length < 0 ? data.readAllBytes() : data.readNBytes(length);
        add(nodes.binaryNode(bytes));
        return bytes.length;
    }

    @Override
    public void writeNumber(int value) {
        add(nodes.numberNode(value));
    }

    @Override
    public void writeNumber(long value) {
        add(nodes.numberNode(value));
    }

    @Override
    public void writeNumber(BigInteger value) {
        add(value == null ? nodes.nullNode() : nodes.numberNode(value));
    }

    @Override
    public void writeNumber(double value) {
        add(nodes.numberNode(value));
    }

    @Override
    public void writeNumber(float value) {
        add(nodes.numberNode(value));
    }

    /** As {@code readTree} reads a decimal: without trailing zeros when the factory says so ({@code 1.50} is 1.5). */
    @Override
    public void writeNumber(BigDecimal value) {
        if (value == null) {
            add(nodes.nullNode());
            return;
        }
        // the mapper sets no JsonNodeFeature, so readTree strips exactly when the factory does
        add(nodes.numberNode(nodes.willStripTrailingBigDecimalZeroes() ? value.stripTrailingZeros() : value));
    }

    @Override
    public void writeNumber(String encodedValue) {
        unsupported();
    }

    @Override
    public void writeBoolean(boolean state) {
        add(nodes.booleanNode(state));
    }

    @Override
    public void writeNull() {
        add(nodes.nullNode());
    }

    @Override
    public void writeRaw(String text) {
        unsupported();
    }

    @Override
    public void writeRaw(String text, int offset, int length) {
        unsupported();
    }

    @Override
    public void writeRaw(char[] text, int offset, int length) {
        unsupported();
    }

    @Override
    public void writeRaw(char c) {
        unsupported();
    }

    @Override
    public void writeRawValue(String text) {
        unsupported();
    }

    @Override
    public void writeEmbeddedObject(Object object) {
        unsupported();
    }

    /** Keeps the tree's shape (a placeholder value), so that the rest of the object can still be written. */
    private void unsupported() {
        unsupported = true;
        add(nodes.nullNode());
    }

    @Override
    public void flush() {
        // nothing is buffered: every value is in the tree as soon as it is written
    }

    @Override
    protected void _releaseBuffers() {
        // no buffers
    }

    @Override
    protected void _verifyValueWrite(String typeMsg) {
        // the serializers that write here are Jackson's own, which write well-formed sequences
    }
}
