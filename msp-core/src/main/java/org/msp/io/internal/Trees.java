package org.msp.io.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;

/**
 * Reads the JSON value at a parser's current token into a Jackson tree, straight from the tokens.
 *
 * <p>It builds the same nodes as Jackson's own tree deserializer with its default settings (an {@code int},
 * {@code long} or big integer node by the literal's size; a {@code double} node for every literal with a
 * fraction or exponent; text, boolean and null nodes), without setting up a deserialization context for each
 * record, which is most of the cost of reading one small record's tree. A duplicate key is refused with the
 * message of Jackson's strict duplicate detection ({@code Duplicate field 'year'}), found by the insertion
 * itself, so the parser need not keep a set of each object's names; nesting depth and the lengths of strings
 * and numbers are checked by the parser as before (see {@code DatasetJson.Limits}). It
 * does not recurse, so a deeply nested hostile document cannot exhaust the stack. Runs in time linear in the
 * value's length. Objects keep their fields in a {@link FieldMap}, cheaper than a hash map for a record's few
 * fields. Stateless and thread-safe.
 */
public final class Trees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Trees() {}

    /**
     * Reads the value starting at {@code p}'s current token (or the next one, when the parser stands before
     * the first) and leaves the parser on the value's last token; returns {@code null} at the end of input.
     *
     * @throws IOException as the parser throws it for malformed or out-of-bounds input
     */
    public static JsonNode read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken() != null ? p.currentToken() : p.nextToken();
        if (t == null) {
            return null;
        }
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return scalar(p, t);
        }
        ArrayList<ContainerNode<?>> stack = new ArrayList<>();
        ContainerNode<?> root = t == JsonToken.START_OBJECT ? object() : NODES.arrayNode();
        ContainerNode<?> top = root;
        while (true) {
            String name = null;
            if (top.isObject()) {
                t = p.nextToken();
                if (t == JsonToken.END_OBJECT) {
                    if (stack.isEmpty()) {
                        return root;
                    }
                    top = stack.remove(stack.size() - 1);
                    continue;
                }
                name = p.currentName();
                t = p.nextToken();
            } else {
                t = p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    if (stack.isEmpty()) {
                        return root;
                    }
                    top = stack.remove(stack.size() - 1);
                    continue;
                }
            }
            JsonNode value;
            ContainerNode<?> child = null;
            if (t == JsonToken.START_OBJECT) {
                value = child = object();
            } else if (t == JsonToken.START_ARRAY) {
                value = child = NODES.arrayNode();
            } else {
                value = scalar(p, t);
            }
            if (name != null) {
                if (((ObjectNode) top).replace(name, value) != null) {
                    throw new JsonParseException(p, "Duplicate field '" + name + "'", p.currentTokenLocation());
                }
            } else {
                ((ArrayNode) top).add(value);
            }
            if (child != null) {
                stack.add(top);
                top = child;
            }
        }
    }

    private static ObjectNode object() {
        return new ObjectNode(NODES, new FieldMap());
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw new JsonEOFException(p, null, "Unexpected end-of-input within a value");
        }
        switch (t) {
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return NODES.pojoNode(p.getEmbeddedObject());
            default:
                throw new JsonParseException(p, "unexpected token " + t);
        }
    }
}
