package org.kaname.io;

import java.io.IOException;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.ClassUtil;

import org.kaname.model.Plan;

/**
 * Parses a kaname-plan document token by token into the tree {@link PlanReader} maps, except that every
 * {@code scores} array (the plan's and each round's) is handed to the reader one element at a time, so a plan of
 * 300,000 scores never stands as one tree: the usual score object is mapped straight from its tokens, any other
 * element is read as the small tree readTree would give and mapped from that.
 *
 * <p>The outcome is that of reading the whole tree with {@code readTree} and then mapping it: the parser (with its
 * limits and duplicate-field detection) sees every token before any shape problem is reported; tokens are asked for
 * as Jackson's tree deserializer asks for them ({@code nextFieldName} in objects, {@code nextToken} in arrays), since
 * the parser words some syntax errors differently for each; the trailing-token check is Jackson's own; and the
 * reader reports the first shape problem in the same order as from the tree.
 *
 * <p>Jackson's duplicate-field check keeps a set of names per object, which for 300,000 score objects is a good part
 * of the parsing time. Unless {@code exact}, the parser is expected to run without it, and duplicates are found
 * here instead: the names of a usual score are known ones, seen once each; the objects built here are asked
 * whether they hold a name already; and trees are read with {@code FAIL_ON_READING_DUP_TREE_KEY}. A duplicate
 * found so ends the reading with {@link Recheck} (or that feature's exception), and the caller reads again with
 * {@code exact}, where the parser reports the duplicate in its own words and place.
 */
final class PlanStream {
    private final ObjectMapper trees;
    private final PlanReader reader;
    private final boolean exact;

    /** A name appears twice in one object: read again, exactly, for the parser's message. */
    static final class Recheck extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Recheck() {
            super("a name appears twice in one object", null, false, false);
        }
    }

    /**
     * {@code trees} reads each value as a tree and must not check for tokens after it (the document goes on);
     * {@code exact} leaves every duplicate-field check to the parser, else the parser must not check and
     * {@code trees} must fail on a duplicate.
     */
    PlanStream(ObjectMapper trees, PlanReader reader, boolean exact) {
        this.trees = trees;
        this.reader = reader;
        this.exact = exact;
    }

    Plan read(JsonParser parser) throws IOException, PlanReader.Problem {
        JsonNode root;
        if (parser.nextToken() == JsonToken.START_OBJECT) {
            root = object(parser, "", true);
        } else {
            // Not a plan; read it as readTree would, so syntax errors in it are reported first.
            root = tree(parser);
        }
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            // What ObjectMapper.readTree reports with DeserializationFeature.FAIL_ON_TRAILING_TOKENS.
            throw MismatchedInputException.from(parser, JsonNode.class, String.format("Trailing token (of type %s)"
                    + " found after value (bound as %s): not allowed as per"
                    + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", trailing, ClassUtil.nameOf(JsonNode.class)));
        }
        return reader.read(root);
    }

    /**
     * The object whose START_OBJECT the parser is at, up to its END_OBJECT, with a {@code scores} array streamed to
     * the reader instead of kept; at the top level, the round objects of {@code rounds} likewise.
     */
    private ObjectNode object(JsonParser parser, String at, boolean top) throws IOException {
        ObjectNode node = trees.getNodeFactory().objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            if (!exact && (node.has(name) || name.equals("scores") && reader.hasStreamedScores(node))) {
                throw new Recheck();
            }
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && name.equals("scores")) {
                scores(parser, reader.streamScores(node, Pointers.child(at, name)));
            } else if (value == JsonToken.START_ARRAY && top && name.equals("rounds")) {
                node.set(name, rounds(parser, Pointers.child(at, name)));
            } else {
                node.set(name, tree(parser));
            }
        }
        return node;
    }

    private ArrayNode rounds(JsonParser parser, String at) throws IOException {
        ArrayNode rounds = trees.getNodeFactory().arrayNode();
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                rounds.add(object(parser, Pointers.child(at, i), false));
            } else {
                rounds.add(tree(parser));
            }
        }
        return rounds;
    }

    /** The elements of the scores array whose START_ARRAY the parser is at, up to its END_ARRAY. */
    private void scores(JsonParser parser, PlanReader.StreamedScores scores) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                score(parser, scores);
            } else {
                scores.add(tree(parser));
            }
        }
    }

    /** The fields of a score, in the order {@link #SCORE_FIELDS} names them. */
    private static final int MEASURE = 0;
    private static final int CRITERION = 1;
    private static final int RATER = 2;
    private static final int VALUE = 3;
    private static final int NOTE = 4;
    private static final int TIME = 5;
    private static final String[] SCORE_FIELDS = {"measure", "criterion", "rater", "value", "note", "time"};
    /** Ids up to this length are looked up in the parser's buffer. */
    private static final int SHORT_ID = 64;
    /** The texts of the score being read, by field; the fields in the order read. Reused from score to score. */
    private final String[] scoreTexts = new String[SCORE_FIELDS.length];
    private final int[] scoreOrder = new int[SCORE_FIELDS.length];

    /**
     * One score object, whose START_OBJECT the parser is at. The usual score — known fields, strings where strings
     * belong, a finite number as value — is mapped straight from the tokens, without a tree; any other object is
     * read as the tree readTree would give (the fields already read put back in their order, the rest read as
     * trees) and mapped from that, so its problem is reported exactly as from a tree.
     */
    private void score(JsonParser parser, PlanReader.StreamedScores scores) throws IOException {
        String[] texts = scoreTexts;
        Arrays.fill(texts, null);
        double value = Double.NaN;
        boolean intValue = false;
        int[] order = scoreOrder;
        int read = 0;
        int seen = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            int field = scoreField(name);
            if (!exact && field >= 0 && (seen & 1 << field) != 0) {
                throw new Recheck();
            }
            JsonToken token = parser.nextToken();
            boolean usual;
            if (field == VALUE) {
                usual = false;
                // The number readTree would give: an IntNode of an int, a DoubleNode of getDoubleValue().
                if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                    value = parser.getIntValue();
                    intValue = true;
                    usual = true;
                } else if (token == JsonToken.VALUE_NUMBER_FLOAT
                        && parser.getNumberTypeFP() != JsonParser.NumberTypeFP.BIG_DECIMAL
                        && parser.getNumberTypeFP() != JsonParser.NumberTypeFP.FLOAT32) {
                    value = parser.getDoubleValue();
                    intValue = false;
                    usual = Double.isFinite(value);
                }
            } else {
                usual = field >= 0 && token == JsonToken.VALUE_STRING;
                if (usual) {
                    texts[field] = field <= RATER ? id(parser) : parser.getText();
                }
            }
            if (!usual) {
                ObjectNode node = partial(texts, value, intValue, order, read);
                node.set(name, tree(parser));
                for (String next = parser.nextFieldName(); next != null; next = parser.nextFieldName()) {
                    if (!exact && node.has(next)) {
                        throw new Recheck();
                    }
                    parser.nextToken();
                    node.set(next, tree(parser));
                }
                scores.add(node);
                return;
            }
            seen |= 1 << field;
            order[read++] = field;
        }
        if (!scores.add(texts[MEASURE], texts[CRITERION], texts[RATER], value, texts[NOTE], texts[TIME])) {
            scores.add(partial(texts, value, intValue, order, read));
        }
    }

    /**
     * The string value the parser is at, as an id: the shared instance, taken from the parser's buffer without a
     * String of its own when it is short (a long one is read as getText reads it, with its length checked).
     */
    private String id(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int length = parser.getTextLength();
        if (length > SHORT_ID) {
            return parser.getText();
        }
        return reader.ids().of(chars, parser.getTextOffset(), length);
    }

    private static int scoreField(String name) {
        for (int i = 0; i < SCORE_FIELDS.length; i++) {
            if (SCORE_FIELDS[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The tree of the fields of a score read so far, in the order they came. */
    private ObjectNode partial(String[] texts, double value, boolean intValue, int[] order, int read) {
        JsonNodeFactory nodes = trees.getNodeFactory();
        ObjectNode node = nodes.objectNode();
        for (int i = 0; i < read; i++) {
            int field = order[i];
            if (field != VALUE) {
                node.set(SCORE_FIELDS[field], nodes.textNode(texts[field]));
            } else {
                node.set(SCORE_FIELDS[field], intValue ? nodes.numberNode((int) value) : nodes.numberNode(value));
            }
        }
        return node;
    }

    /** The value the parser is at, as readTree reads it: a JSON null is a NullNode. */
    private JsonNode tree(JsonParser parser) throws IOException {
        return trees.readTree(parser);
    }
}
