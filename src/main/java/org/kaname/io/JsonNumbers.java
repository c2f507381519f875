package org.kaname.io;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;

/**
 * The canonical spelling of numbers in plan files: integral values as integers ({@code 4}, not {@code 4.0}),
 * others as the shortest decimal that reads back as the same double, without an exponent unless the value is
 * extremely small or large. The same spelling is used in messages, so a user sees the number as in the file.
 */
final class JsonNumbers {
    private static final double LONG_EXACT = 1e15;
    private static final double PLAIN_MIN = 1e-7;
    private static final double PLAIN_MAX = 1e21;

    private JsonNumbers() {
    }

    static JsonNode node(double d) {
        if (!Double.isFinite(d)) {
            return DoubleNode.valueOf(d);
        }
        if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
            // -0.0 differs from 0.0 for record equality; "-0" would read back as 0.
            return DoubleNode.valueOf(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < LONG_EXACT) {
            return LongNode.valueOf((long) d);
        }
        double abs = Math.abs(d);
        if (abs >= PLAIN_MIN && abs < PLAIN_MAX) {
            return DecimalNode.valueOf(new BigDecimal(Double.toString(d)).stripTrailingZeros());
        }
        return DoubleNode.valueOf(d);
    }

    static String text(double d) {
        JsonNode n = node(d);
        if (n.isBigDecimal()) {
            return n.decimalValue().toPlainString();
        }
        return n.isLong() ? Long.toString(n.longValue()) : Double.toString(d);
    }
}
